"use server";

import { connecterEnDemo } from "@/lib/auth/connexion-demo";

export async function seConnecterEnDemo(donnees: FormData): Promise<void> {
  await connecterEnDemo(donnees);
}
