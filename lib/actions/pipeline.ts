// L'unique chemin des mutations (CONVENTIONS.md, « One way to mutate ») :
// authentifier → valider (zod) → exécuter le cas d'usage, qui charge la cible dans la portée de
// l'acteur (la permission est dans le `where`), vérifie l'état, écrit en transaction avec son
// événement d'audit → revalider → résultat typé. Les AppError deviennent des messages français ;
// toute autre erreur est journalisée et l'utilisateur lit un message générique.
// Chaque action écrit une ligne de journal : nom, requête, acteur, durée, issue (ok ou code).
import "server-only";
import type { z } from "zod";
import type { Acteur } from "@/lib/auth/acteur";
import { AppError, MESSAGE_ERREUR_INATTENDUE, type ResultatAction } from "@/lib/errors";
import { journal } from "@/lib/journalisation/logger";
import { idRequeteCourante } from "@/lib/journalisation/requete";

export type ContexteAction<D> = { acteur: Acteur; donnees: D };

export type DefinitionAction<S extends z.ZodType, T> = {
  /** Nom stable, repris dans les journaux : « organisations.inviter ». */
  nom: string;
  schema: S;
  executer: (contexte: ContexteAction<z.output<S>>) => Promise<T>;
  /** Chemins à revalider après succès. */
  revalider?: (resultat: T, donnees: z.output<S>) => string[];
};

function erreursDeChamps(erreur: z.ZodError): Record<string, string[]> {
  const champs: Record<string, string[]> = {};
  for (const issue of erreur.issues) {
    const cle = issue.path.join(".") || "_";
    (champs[cle] ??= []).push(issue.message);
  }
  return champs;
}

export const MESSAGE_CARACTERE_NUL = "Ce texte contient un caractère non autorisé : retirez-le puis enregistrez de nouveau.";

/**
 * Chemins des textes qui contiennent le caractère NUL (U+0000), à toute profondeur : PostgreSQL le
 * refuse dans un texte, on le signale donc sur le champ avant tout schéma, une fois pour toutes.
 */
export function champsAvecCaractereNul(entree: unknown, chemin: string[] = [], trouves: string[] = []): string[] {
  if (typeof entree === "string") {
    if (entree.includes("\u0000")) trouves.push(chemin.join(".") || "_");
  } else if (Array.isArray(entree)) {
    entree.forEach((v, i) => champsAvecCaractereNul(v, [...chemin, String(i)], trouves));
  } else if (entree !== null && typeof entree === "object" && !ArrayBuffer.isView(entree) && !(entree instanceof Date)) {
    for (const [cle, v] of Object.entries(entree)) champsAvecCaractereNul(v, [...chemin, cle], trouves);
  }
  return trouves;
}

type ResultatPipeline<T> = ResultatAction<T> & { revalider?: string[] };

/** Exécute une action pour un acteur donné (utilisé par les actions serveur et par les tests). */
export async function executerAction<S extends z.ZodType, T>(
  definition: DefinitionAction<S, T>,
  acteur: Acteur | null,
  entree: unknown,
  options: { idRequete?: string } = {},
): Promise<ResultatPipeline<T>> {
  const debut = performance.now();
  const idRequete = options.idRequete ?? (await idRequeteCourante());
  let inattendue: unknown;
  const resultat = await executerSansJournal(definition, acteur, entree, (erreur) => {
    inattendue = erreur;
  });
  const ligne = {
    idRequete,
    acteurId: acteur?.id,
    action: definition.nom,
    dureeMs: Math.round(performance.now() - debut),
    issue: resultat.ok ? "ok" : resultat.code,
  };
  if (inattendue !== undefined) journal.error({ ...ligne, erreur: inattendue }, `action ${definition.nom} : erreur inattendue`);
  else journal.info(ligne, `action ${definition.nom}`);
  return resultat;
}

async function executerSansJournal<S extends z.ZodType, T>(
  definition: DefinitionAction<S, T>,
  acteur: Acteur | null,
  entree: unknown,
  signalerInattendue: (erreur: unknown) => void,
): Promise<ResultatPipeline<T>> {
  if (!acteur) {
    return { ok: false, code: "NON_AUTHENTIFIE", message: "Votre session a expiré : reconnectez-vous pour continuer. Ce que vous avez saisi est conservé." };
  }
  const avecNul = champsAvecCaractereNul(entree);
  if (avecNul.length > 0) {
    return {
      ok: false,
      code: "INVALIDE",
      message: "Certains champs sont à corriger.",
      fieldErrors: Object.fromEntries(avecNul.map((champ) => [champ, [MESSAGE_CARACTERE_NUL]])),
    };
  }
  const analyse = definition.schema.safeParse(entree);
  if (!analyse.success) {
    return {
      ok: false,
      code: "INVALIDE",
      message: "Certains champs sont à corriger.",
      fieldErrors: erreursDeChamps(analyse.error),
    };
  }
  try {
    const data = await definition.executer({ acteur, donnees: analyse.data });
    return { ok: true, data, revalider: definition.revalider?.(data, analyse.data) ?? [] };
  } catch (erreur) {
    if (erreur instanceof AppError) {
      return { ok: false, code: erreur.code, message: erreur.message, fieldErrors: erreur.fieldErrors, ...(erreur.regles && { regles: erreur.regles }) };
    }
    signalerInattendue(erreur);
    return { ok: false, code: "ERREUR_INATTENDUE", message: MESSAGE_ERREUR_INATTENDUE };
  }
}
