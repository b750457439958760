// Renseigner le contrat et l'équipe d'un atelier (issue 14, point 2) : le service de l'État du
// département ou la DGALN (`atelier.modifier`), une fois le marché passé ; corrigeable ensuite.
// L'équipe est remplacée d'un bloc, dans la transaction qui écrit le contrat, sous le verrou
// optimiste de l'atelier (version lue) : deux personnes qui enregistrent en même temps → une seule
// écriture, l'autre lit qui l'a précédée et quand, et garde sa saisie.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { estIdentifiant, introuvable, type Client } from "@/lib/autorisations/exiger";
import { porteeAtelier } from "@/lib/autorisations/politique";
import { nomActeur, OPTIONS_TRANSACTION, quandFrancais } from "@/lib/candidatures/commun";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cheminAtelier } from "../phases/commun";
import { contratSchema } from "./contrat.schema";

export const MESSAGE_REFUS_CONTRAT = "Seuls le service de l'État pilote de l'atelier et la DGALN renseignent son contrat et son équipe.";

export type ContratRenseigne = { atelierId: string; version: number };

/** L'atelier, si l'acteur peut le modifier ; qui le lit seulement lit pourquoi ; les autres, INTROUVABLE. */
export async function exigerAtelierModifiable(acteur: Acteur, atelierId: string, refus: string, tx: Client) {
  if (!estIdentifiant(atelierId)) throw introuvable();
  const atelier = await tx.atelier.findFirst({ where: { id: atelierId, ...porteeAtelier(acteur, "modifier") }, select: { id: true, titre: true, version: true } });
  if (atelier) return atelier;
  if (await tx.atelier.findFirst({ where: { id: atelierId, ...porteeAtelier(acteur, "lire") }, select: { id: true } })) throw new AppError("ACCES_REFUSE", refus);
  throw introuvable();
}

export const renseignerContrat: DefinitionAction<typeof contratSchema, ContratRenseigne> = {
  nom: "ateliers.renseigner_contrat",
  schema: contratSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      const atelier = await exigerAtelierModifiable(acteur, donnees.atelierId, MESSAGE_REFUS_CONTRAT, tx);
      const { count } = await tx.atelier.updateMany({
        where: { id: atelier.id, version: donnees.version },
        data: {
          typeContrat: donnees.typeContrat,
          referenceContrat: donnees.referenceContrat,
          coutEquipeEuros: donnees.coutEquipeEuros,
          version: { increment: 1 },
        },
      });
      if (count === 0) {
        const dernier = await tx.evenement.findFirst({
          where: { atelierId: atelier.id, entite: "atelier" },
          orderBy: { id: "desc" },
          select: { resume: true, survenuLe: true },
        });
        const quoi = dernier ? `${dernier.resume.replace(/\.$/, "")} (${quandFrancais(dernier.survenuLe)})` : "L'atelier a changé";
        throw new AppError(
          "CONFLIT",
          `${quoi}, pendant que vous saisissiez le contrat. Votre saisie n'a pas été enregistrée : elle reste dans le formulaire ; ` +
            "rechargez la page pour voir la version actuelle, puis enregistrez de nouveau.",
        );
      }
      await tx.membreEquipe.deleteMany({ where: { atelierId: atelier.id } });
      await tx.membreEquipe.createMany({ data: donnees.equipe.map((m) => ({ atelierId: atelier.id, ...m })) });
      const version = donnees.version + 1;
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "atelier.contrat_renseigne",
        entite: "atelier",
        entiteId: atelier.id,
        atelierId: atelier.id,
        resume: `${nomActeur(acteur)} renseigne le contrat (${donnees.referenceContrat}) et l'équipe de l'atelier.`,
        donnees: {
          typeContrat: donnees.typeContrat,
          referenceContrat: donnees.referenceContrat,
          coutEquipeEuros: donnees.coutEquipeEuros,
          structures: donnees.equipe.map((m) => m.structure),
          versionApres: version,
        },
      });
      return { atelierId: atelier.id, version };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => [cheminAtelier(r.atelierId), "/ateliers"],
};
