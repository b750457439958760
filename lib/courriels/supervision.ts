// Supervision de la file des courriels (administrateurs DGALN, /admin/courriels) : les courriels en
// échec (lettre morte : toutes les tentatives épuisées) et ceux en attente, et la relance d'un
// courriel en échec — une nouvelle tâche, écrite dans la même transaction que le changement de statut.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { aUnDroit } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FILES } from "@/lib/file/files";
import { mettreEnFile } from "@/lib/file/producteur";
import { relancerCourrielSchema } from "./supervision.schema";

/** Administrateur DGALN (la politique : `organisation.administrer`). */
export function peutSuperviserCourriels(acteur: Acteur): boolean {
  return aUnDroit(acteur, "organisation", "administrer");
}

const PAR_PAGE = 50;

export type EtatFile = {
  enAttente: number;
  enEchec: number;
  plusAncienEnAttente: Date | null;
  echecs: { id: string; destinataire: string; sujet: string; categorie: string | null; creeLe: Date; tentatives: number; derniereTentativeLe: Date | null; erreur: string | null }[];
};

/** L'état de la file pour un administrateur ; `null` pour tout autre acteur (rien n'est lu). */
export async function etatFileCourriels(acteur: Acteur): Promise<EtatFile | null> {
  if (!peutSuperviserCourriels(acteur)) return null;
  const [enAttente, enEchec, plusAncien, echecs] = await Promise.all([
    prisma.courriel.count({ where: { statut: "en_attente" } }),
    prisma.courriel.count({ where: { statut: "echec" } }),
    prisma.courriel.findFirst({ where: { statut: "en_attente" }, orderBy: { creeLe: "asc" }, select: { creeLe: true } }),
    prisma.courriel.findMany({
      where: { statut: "echec" },
      orderBy: [{ derniereTentativeLe: "desc" }, { id: "asc" }],
      take: PAR_PAGE,
      select: { id: true, destinataire: true, sujet: true, categorie: true, creeLe: true, tentatives: true, derniereTentativeLe: true, erreur: true },
    }),
  ]);
  return { enAttente, enEchec, plusAncienEnAttente: plusAncien?.creeLe ?? null, echecs };
}

export const relancerCourriel: DefinitionAction<typeof relancerCourrielSchema, { courrielId: string }> = {
  nom: "courriels.relancer",
  schema: relancerCourrielSchema,
  async executer({ acteur, donnees }) {
    if (!peutSuperviserCourriels(acteur)) throw new AppError("ACCES_REFUSE", "Seul un administrateur de la DGALN peut relancer un courriel.");
    return prisma.$transaction(async (tx) => {
      const { count } = await tx.courriel.updateMany({ where: { id: donnees.courrielId, statut: "echec" }, data: { statut: "en_attente", erreur: null } });
      if (count === 0) {
        const courriel = await tx.courriel.findUnique({ where: { id: donnees.courrielId }, select: { statut: true } });
        if (!courriel) throw new AppError("INTROUVABLE", "Ce courriel n'existe pas.");
        throw new AppError("CONFLIT", courriel.statut === "envoye" ? "Ce courriel a déjà été envoyé." : "Ce courriel est déjà relancé : il attend son envoi.");
      }
      await mettreEnFile(tx, FILES.courriel.name, { courrielId: donnees.courrielId });
      await enregistrerEvenement(tx, {
        type: "courriel.relance",
        acteurId: acteur.id,
        entite: "courriel",
        entiteId: donnees.courrielId,
        resume: "Courriel en échec relancé par un administrateur",
        donnees: { courrielId: donnees.courrielId },
      });
      return { courrielId: donnees.courrielId };
    });
  },
};
