import { redirect } from "next/navigation";
import { espaceDe } from "@/lib/auth/espace";
import { requireActeur } from "@/lib/auth/session";

/** Destination par défaut après connexion : l'espace de travail de l'utilisateur. */
export default async function PageMonEspace() {
  redirect(espaceDe(await requireActeur("/mon-espace")));
}
