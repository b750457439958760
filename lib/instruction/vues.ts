// Vues enregistrées du tableau d'instruction (issue 11) : un nom et la chaîne de requête des
// filtres, propres à chaque personne. La portée est dans le `where` (utilisateurId de l'acteur) :
// personne ne lit ni ne supprime la vue d'un autre. Une vue est une préférence personnelle, pas un
// acte sur un dossier : elle n'entre pas au journal d'audit.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { aUnDroit } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { AppError, MESSAGE_INTROUVABLE } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ecrireFiltres, lireFiltres } from "./filtres";
import { enregistrerVueSchema, supprimerVueSchema } from "./vues.schema";

export const ECRAN_INSTRUCTION = "instruction";
/** Au-delà, la liste des vues ne serait plus lisible ; on demande d'en supprimer. */
export const VUES_MAX = 30;

export type VueEnregistree = { id: string; nom: string; parametres: string };

export async function listerVues(acteur: Acteur): Promise<VueEnregistree[]> {
  return prisma.vueEnregistree.findMany({
    where: { utilisateurId: acteur.id, ecran: ECRAN_INSTRUCTION },
    select: { id: true, nom: true, parametres: true },
    orderBy: [{ nom: "asc" }, { id: "asc" }],
  });
}

function exigerTableau(acteur: Acteur): void {
  if (!aUnDroit(acteur, "candidature", "tableau")) {
    throw new AppError("ACCES_REFUSE", "Le tableau d'instruction est réservé à la DGALN et aux services de l'État.");
  }
}

export const enregistrerVue: DefinitionAction<typeof enregistrerVueSchema, VueEnregistree> = {
  nom: "instruction.enregistrer-vue",
  schema: enregistrerVueSchema,
  async executer({ acteur, donnees }) {
    exigerTableau(acteur);
    // Les filtres relus puis réécrits : seules des valeurs reconnues sont gardées, sans la page.
    const parametres = ecrireFiltres(lireFiltres(new URLSearchParams(donnees.parametres)), ["page"]);
    const nombre = await prisma.vueEnregistree.count({ where: { utilisateurId: acteur.id, ecran: ECRAN_INSTRUCTION } });
    if (nombre >= VUES_MAX) {
      throw new AppError("REGLE_NON_RESPECTEE", `Vous avez déjà ${VUES_MAX} vues enregistrées : supprimez-en une avant d'en ajouter une autre.`);
    }
    try {
      return await prisma.vueEnregistree.create({
        data: { utilisateurId: acteur.id, ecran: ECRAN_INSTRUCTION, nom: donnees.nom, parametres },
        select: { id: true, nom: true, parametres: true },
      });
    } catch (erreur) {
      if (erreur instanceof Prisma.PrismaClientKnownRequestError && erreur.code === "P2002") {
        const message = `Vous avez déjà une vue nommée « ${donnees.nom} » : choisissez un autre nom, ou supprimez l'ancienne vue.`;
        throw new AppError("CONFLIT", message, { nom: [message] });
      }
      throw erreur;
    }
  },
  revalider: () => ["/instruction"],
};

export const supprimerVue: DefinitionAction<typeof supprimerVueSchema, { vueId: string }> = {
  nom: "instruction.supprimer-vue",
  schema: supprimerVueSchema,
  async executer({ acteur, donnees }) {
    const { count } = await prisma.vueEnregistree.deleteMany({
      where: { id: donnees.vueId, utilisateurId: acteur.id, ecran: ECRAN_INSTRUCTION },
    });
    if (count === 0) throw new AppError("INTROUVABLE", MESSAGE_INTROUVABLE);
    return { vueId: donnees.vueId };
  },
  revalider: () => ["/instruction"],
};
