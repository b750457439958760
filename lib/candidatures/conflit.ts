// Verrouillage optimiste (issue 4, §7 ; décision 010) : chaque écriture de contenu incrémente
// `version` et laisse dans le journal un événement qui dit quelle section, quels champs et la
// version obtenue. Quand une saisie arrive avec une version dépassée, ces événements disent ce qui
// a changé depuis : une autre section → on enregistre quand même (aucun écrasement possible) ;
// la même section → CONFLIT, avec qui, quand et quels champs.
import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LIBELLES_SECTIONS, type Section } from "./candidature.schema";
import { quandFrancais } from "./commun";
import { LIBELLES_CHAMPS } from "./sections";

type Tx = Prisma.TransactionClient;

/** Événements qui accompagnent une écriture de contenu (et donc un changement de version). */
export const TYPES_EVENEMENTS_CONTENU = ["candidature.creee", "candidature.modifiee", "piece.deposee", "piece.remplacee", "piece.retiree"];

export type ModificationContenu = { section: string; champs: string[]; versionApres: number; acteur: string; le: Date };

/** Modifications postérieures à `version` ; `complet` si chaque version intermédiaire est expliquée. */
export async function modificationsDepuis(
  tx: Tx,
  candidatureId: string,
  version: number,
): Promise<{ versionActuelle: number; complet: boolean; modifications: ModificationContenu[] }> {
  const { version: versionActuelle } = await tx.candidature.findUniqueOrThrow({ where: { id: candidatureId }, select: { version: true } });
  const manquantes = versionActuelle - version;
  const evenements =
    manquantes > 0
      ? await tx.evenement.findMany({
          where: { candidatureId, type: { in: TYPES_EVENEMENTS_CONTENU } },
          orderBy: { id: "desc" },
          take: Math.min(manquantes, 200),
          select: { donnees: true, survenuLe: true, acteur: { select: { email: true, prenom: true, nom: true } } },
        })
      : [];
  const modifications = evenements
    .map((e) => {
      const d = e.donnees as { section?: string; champs?: string[]; versionApres?: number };
      const acteur = e.acteur ? [e.acteur.prenom, e.acteur.nom].filter(Boolean).join(" ") || e.acteur.email : "une autre personne";
      return { section: d.section ?? "", champs: d.champs ?? [], versionApres: d.versionApres ?? 0, acteur, le: e.survenuLe };
    })
    .filter((m) => m.versionApres > version)
    .reverse();
  const complet = manquantes >= 0 && new Set(modifications.map((m) => m.versionApres)).size === manquantes;
  return { versionActuelle, complet, modifications };
}

/** CONFLIT : la même section a changé pendant la saisie. Les champs concernés portent le détail. */
export function erreurConflit(section: Section, modifications: ModificationContenu[], complet: boolean): AppError {
  const memes = modifications.filter((m) => m.section === section);
  const derniere = memes.at(-1) ?? modifications.at(-1);
  const qui = derniere ? `par ${derniere.acteur} ${quandFrancais(derniere.le)}` : "par une autre personne";
  const champs = [...new Set(memes.flatMap((m) => m.champs))];
  const quoi = champs.length ? ` (${champs.map((c) => LIBELLES_CHAMPS[c] ?? c).join(", ")})` : "";
  const message =
    `La section « ${LIBELLES_SECTIONS[section]} » a été modifiée ${qui} pendant votre saisie${quoi}. ` +
    "Votre saisie n'a pas été enregistrée et reste affichée : comparez-la avec la version actuelle, puis enregistrez à nouveau.";
  const fieldErrors: Record<string, string[]> = {};
  for (const m of memes) {
    for (const champ of m.champs) fieldErrors[champ] = [`Modifié par ${m.acteur} ${quandFrancais(m.le)} pendant votre saisie : vérifiez la valeur actuelle.`];
  }
  if (!complet && Object.keys(fieldErrors).length === 0) fieldErrors._ = [message];
  return new AppError("CONFLIT", message, fieldErrors);
}
