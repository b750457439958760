import type { Metadata } from "next";
import { MonCompte } from "@/components/auth/MonCompte";
import { chargerMonCompte } from "@/lib/auth/mon-compte";
import { requireActeur } from "@/lib/auth/session";
import { modifierPreferencesCourrielsAction } from "./actions";

export const metadata: Metadata = { title: "Mon compte" };
export const dynamic = "force-dynamic";

export default async function PageMonCompte() {
  const acteur = await requireActeur("/mon-compte");
  return <MonCompte acteur={acteur} compte={await chargerMonCompte(acteur)} modifierPreferences={modifierPreferencesCourrielsAction} />;
}
