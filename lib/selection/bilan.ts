// Le bilan annuel de la sélection au fil de l'eau (issue 13) : combien d'ateliers locaux la DGALN a
// retenus cette année (année civile de Paris) au regard de sa cible (« une dizaine par an », page de
// la DGALN ; DESIGN.md §9). La cible est un réglage : CIBLE_ATELIERS_LOCAUX_PAR_AN (10 par défaut).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { aUnDroit, porteeCandidature } from "@/lib/autorisations/politique";
import { heureDeParis, jourDeParis } from "@/lib/dates/paris";
import { prisma } from "@/lib/db";


export const CIBLE_PAR_DEFAUT = 10;

/** La cible annuelle d'ateliers locaux retenus, lue dans l'environnement (entier positif), 10 sinon. */
export function cibleAnnuelle(env: Record<string, string | undefined> = process.env): number {
  const valeur = Number(env.CIBLE_ATELIERS_LOCAUX_PAR_AN);
  return Number.isInteger(valeur) && valeur > 0 ? valeur : CIBLE_PAR_DEFAUT;
}

export type BilanAnnuel = { annee: number; locauxRetenus: number; flashRetenus: number; cible: number };

/** Pour qui instruit (DGALN) ; `null` pour les autres. Une requête groupée. */
export async function bilanSelectionAnnuelle(acteur: Acteur, maintenant = new Date()): Promise<BilanAnnuel | null> {
  if (!aUnDroit(acteur, "candidature", "instruire")) return null;
  const annee = Number(jourDeParis(maintenant).slice(0, 4));
  const debut = heureDeParis(`${annee}-01-01T00:00:00`);
  const fin = heureDeParis(`${annee + 1}-01-01T00:00:00`);
  const groupes = await prisma.candidature.groupBy({
    by: ["format"],
    where: {
      AND: [
        porteeCandidature(acteur, "instruire"),
        { format: { in: ["local", "flash"] }, decisions: { some: { type: "retenue", decideeLe: { gte: debut, lt: fin } } } },
      ],
    },
    _count: { _all: true },
  });
  const compte = (format: string) => groupes.find((g) => g.format === format)?._count._all ?? 0;
  return { annee, locauxRetenus: compte("local"), flashRetenus: compte("flash"), cible: cibleAnnuelle() };
}
