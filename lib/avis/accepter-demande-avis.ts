// Un expert extérieur ouvre le lien de sa demande d'avis, connecté avec l'adresse invitée : la demande
// est rattachée à son compte (`expertId`), ce qui lui ouvre la candidature (profil `expert` de la
// politique). Rattachement conditionnel (`expertId` vide) : deux clics simultanés n'en font qu'un.
// Le même lien rouvert par le même expert ne fait rien de plus (idempotent).
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { nomActeur, OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { empreinteJeton } from "@/lib/invitations/jeton";
import { accepterDemandeAvisSchema } from "./avis.schema";
import { etatLienExpert, MESSAGES_LIEN_EXPERT } from "./lien-expert";

export const accepterDemandeAvis: DefinitionAction<typeof accepterDemandeAvisSchema, { demandeId: string }> = {
  nom: "avis.accepter-lien",
  schema: accepterDemandeAvisSchema,
  async executer({ acteur, donnees }) {
    const maintenant = new Date();
    return prisma.$transaction(async (tx) => {
      const d = await tx.demandeAvis.findUnique({
        where: { jetonHash: empreinteJeton(donnees.jeton) },
        select: { id: true, candidatureId: true, emailExpert: true, expertId: true, annuleeLe: true, jetonExpireLe: true, candidature: { select: { reference: true } } },
      });
      const etat = etatLienExpert(d, maintenant);
      if (etat === "introuvable") throw new AppError("INTROUVABLE", MESSAGES_LIEN_EXPERT.introuvable);
      if (etat !== "valide" && etat !== "rattachee") throw new AppError("ETAT_INCOMPATIBLE", MESSAGES_LIEN_EXPERT[etat]);
      const demande = d!;
      if (demande.emailExpert !== acteur.email.trim().toLowerCase()) throw new AppError("ACCES_REFUSE", MESSAGES_LIEN_EXPERT.autre_adresse);
      if (demande.expertId === acteur.id) return { demandeId: demande.id };
      if (demande.expertId) throw new AppError("ETAT_INCOMPATIBLE", MESSAGES_LIEN_EXPERT.rattachee);
      const { count } = await tx.demandeAvis.updateMany({
        where: { id: demande.id, expertId: null, annuleeLe: null, jetonExpireLe: { gt: maintenant } },
        data: { expertId: acteur.id },
      });
      if (count === 0) {
        const apres = await tx.demandeAvis.findUniqueOrThrow({ where: { id: demande.id }, select: { expertId: true } });
        if (apres.expertId === acteur.id) return { demandeId: demande.id };
        throw new AppError("CONFLIT", MESSAGES_LIEN_EXPERT.rattachee);
      }
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "avis.expert_rattache",
        entite: "demande_avis",
        entiteId: demande.id,
        resume: `${nomActeur(acteur)} ouvre sa demande d'avis sur la candidature ${demande.candidature.reference}.`,
        donnees: { candidatureId: demande.candidatureId, expertId: acteur.id },
        survenuLe: maintenant,
      });
      return { demandeId: demande.id };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => ["/mes-avis", `/mes-avis/${r.demandeId}`],
};
