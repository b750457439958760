// Rendre un avis d'expert (politique `avis.rendre` : l'expert sollicité, demande non annulée), avant
// l'échéance et une seule fois (lib/avis/regles.ts). L'écriture est conditionnelle (`renduLe` vide,
// échéance à venir, non annulée) : deux envois simultanés n'enregistrent qu'un avis. La personne de la
// DGALN qui l'a demandé est prévenue après la transaction.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { chargerOuRefuser } from "@/lib/autorisations/exiger";
import { porteeDemandeAvis } from "@/lib/autorisations/politique";
import { nomActeur, OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SensAvis } from "@/lib/generated/prisma/client";
import { notifier } from "@/lib/notifications/notifier";
import { rendreAvisSchema } from "./avis.schema";
import { LIBELLES_SENS_AVIS, refusRendreAvis } from "./regles";

export type AvisRendu = { demandeId: string; candidatureId: string; sens: SensAvis; renduLe: Date };

export const rendreAvis: DefinitionAction<typeof rendreAvisSchema, AvisRendu> = {
  nom: "avis.rendre",
  schema: rendreAvisSchema,
  async executer({ acteur, donnees }) {
    const maintenant = new Date();
    const { sens, avis } = donnees;
    const rendu = await prisma.$transaction(async (tx) => {
      const d = await chargerOuRefuser(donnees.demandeId, (id) =>
        tx.demandeAvis.findFirst({
          where: { AND: [{ id }, porteeDemandeAvis(acteur, "rendre")] },
          select: { id: true, candidatureId: true, demandeParId: true, echeance: true, renduLe: true, annuleeLe: true, candidature: { select: { reference: true } } },
        }),
      );
      const refus = refusRendreAvis(d, maintenant);
      if (refus) throw new AppError("ETAT_INCOMPATIBLE", refus);
      const { count } = await tx.demandeAvis.updateMany({
        where: { id: d.id, expertId: acteur.id, renduLe: null, annuleeLe: null, echeance: { gte: maintenant } },
        data: { sens, avis, renduLe: maintenant },
      });
      if (count === 0) {
        const apres = await tx.demandeAvis.findUniqueOrThrow({ where: { id: d.id }, select: { echeance: true, renduLe: true, annuleeLe: true } });
        throw new AppError("CONFLIT", refusRendreAvis(apres, maintenant) ?? "La demande vient de changer : rechargez la page.");
      }
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "avis.rendu",
        entite: "demande_avis",
        entiteId: d.id,
        resume: `${nomActeur(acteur)} rend un avis « ${LIBELLES_SENS_AVIS[sens]} » sur la candidature ${d.candidature.reference}.`,
        donnees: { candidatureId: d.candidatureId, sens },
        survenuLe: maintenant,
      });
      return { d, resultat: { demandeId: d.id, candidatureId: d.candidatureId, sens, renduLe: maintenant } };
    }, OPTIONS_TRANSACTION);

    const { d, resultat } = rendu;
    const expert = nomActeur(acteur);
    await notifier(prisma, [d.demandeParId], {
      type: "avis_rendu",
      candidatureId: d.candidatureId,
      titre: `Avis rendu sur ${d.candidature.reference}`,
      texte: `${expert} a rendu un avis « ${LIBELLES_SENS_AVIS[sens]} » sur la candidature ${d.candidature.reference}.`,
      courriel: {
        sujet: `Avis d'expert rendu sur la candidature ${d.candidature.reference}`,
        paragraphes: [`${expert} a rendu son avis sur la candidature ${d.candidature.reference} : « ${LIBELLES_SENS_AVIS[sens]} ».`, "L'avis complet se lit sur la fiche de la candidature, section « Avis »."],
        chemin: `/candidatures/${d.candidatureId}#avis`,
        libelleLien: "Lire l'avis",
      },
    });
    return resultat;
  },
  revalider: (r) => [`/mes-avis/${r.demandeId}`, "/mes-avis", `/candidatures/${r.candidatureId}`],
};
