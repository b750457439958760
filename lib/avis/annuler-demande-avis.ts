// Annuler une demande d'avis en attente (DGALN, politique `avis.annuler`). Écriture conditionnelle :
// si l'expert rend son avis au même moment, une seule des deux l'emporte (count = 0 pour l'autre).
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { chargerOuRefuser } from "@/lib/autorisations/exiger";
import { porteeDemandeAvis } from "@/lib/autorisations/politique";
import { nomActeur, OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { annulerDemandeAvisSchema } from "./avis.schema";
import { refusAnnulerDemande } from "./regles";

export const annulerDemandeAvis: DefinitionAction<typeof annulerDemandeAvisSchema, { demandeId: string; candidatureId: string }> = {
  nom: "avis.annuler",
  schema: annulerDemandeAvisSchema,
  async executer({ acteur, donnees }) {
    const maintenant = new Date();
    return prisma.$transaction(async (tx) => {
      const d = await chargerOuRefuser(donnees.demandeId, (id) =>
        tx.demandeAvis.findFirst({
          where: { AND: [{ id }, porteeDemandeAvis(acteur, "annuler")] },
          select: { id: true, candidatureId: true, echeance: true, renduLe: true, annuleeLe: true, emailExpert: true, candidature: { select: { reference: true } } },
        }),
      );
      const refus = refusAnnulerDemande(d);
      if (refus) throw new AppError("ETAT_INCOMPATIBLE", refus);
      const { count } = await tx.demandeAvis.updateMany({ where: { id: d.id, annuleeLe: null, renduLe: null }, data: { annuleeLe: maintenant } });
      if (count === 0) throw new AppError("CONFLIT", "L'expert vient de rendre son avis ou la demande vient d'être annulée : rechargez la page.");
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "avis.annule",
        entite: "demande_avis",
        entiteId: d.id,
        resume: `${nomActeur(acteur)} annule la demande d'avis adressée à ${d.emailExpert} sur la candidature ${d.candidature.reference}.`,
        donnees: { candidatureId: d.candidatureId },
        survenuLe: maintenant,
      });
      return { demandeId: d.id, candidatureId: d.candidatureId };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => [`/candidatures/${r.candidatureId}`, "/mes-avis"],
};
