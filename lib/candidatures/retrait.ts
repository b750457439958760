// Le retrait d'une candidature, vu de la fiche (issue 11, partie 3) : qui peut retirer maintenant
// (politique × machine à états, calculé ici et non dans le composant), et, une fois retirée, quand,
// par qui et pourquoi.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import type { Client } from "@/lib/autorisations/exiger";
import { aUnDroit, porteesCandidatureParProfil } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { PartieSignataire, StatutCandidature } from "@/lib/generated/prisma/client";
import { nomAffiche } from "@/lib/organisations/acces";
import { transitionPermise, type Partie } from "./regles/transitions";

/** Les parties au titre desquelles l'acteur peut retirer cette candidature (politique `candidature.retirer`). */
export async function partiesPourRetrait(acteur: Acteur, candidatureId: string, client: Client = prisma): Promise<Partie[]> {
  const portees = porteesCandidatureParProfil(acteur, "retirer");
  const permis = await Promise.all(
    portees.map(async (p) => (await client.candidature.count({ where: { AND: [{ id: candidatureId }, p.where] } })) > 0),
  );
  return portees.filter((_, i) => permis[i]).map((p) => p.profil as Partie);
}

/** La partie au titre de laquelle l'acteur retire depuis ce statut, ou `null` (pas le droit, ou statut final). */
export function partieQuiRetire(statut: StatutCandidature, parties: readonly Partie[]): PartieSignataire | null {
  const partie = parties.find((p) => transitionPermise(statut, "retirer", p));
  return partie === "collectivite" || partie === "etat" ? partie : null;
}

export type RetraitCandidature = {
  /** L'acteur peut retirer la candidature maintenant. */
  possible: boolean;
  /** La candidature est retirée : quand, par qui, pourquoi. */
  retrait: { le: Date; motif: string; par: string | null } | null;
  /** Une fois retirée : l'acteur peut préparer une nouvelle candidature (R7 le permet à nouveau). */
  nouvelleCandidature: boolean;
};

/** Pour la fiche d'une candidature que l'acteur peut lire. */
export async function retraitCandidature(
  acteur: Acteur,
  c: { id: string; statut: StatutCandidature; retireeLe: Date | null; motifRetrait: string | null },
): Promise<RetraitCandidature> {
  if (c.statut === "retiree") {
    const evenement = await prisma.evenement.findFirst({
      where: { candidatureId: c.id, type: "candidature.retiree" },
      orderBy: { id: "desc" },
      select: { survenuLe: true, acteur: { select: { email: true, prenom: true, nom: true } } },
    });
    const le = c.retireeLe ?? evenement?.survenuLe;
    return {
      possible: false,
      retrait: le ? { le, motif: c.motifRetrait ?? "", par: evenement?.acteur ? nomAffiche(evenement.acteur) : null } : null,
      nouvelleCandidature: aUnDroit(acteur, "candidature", "creer"),
    };
  }
  const parties = await partiesPourRetrait(acteur, c.id);
  return { possible: partieQuiRetire(c.statut, parties) !== null, retrait: null, nouvelleCandidature: false };
}
