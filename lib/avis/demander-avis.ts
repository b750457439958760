// Demander un avis d'expert (issue 12) : une personne de la DGALN (politique `avis.demander`) le
// demande, sur une candidature déposée, en instruction ou à corriger (lib/avis/regles.ts), à une
// collègue de la DGALN ou à un expert extérieur invité par courriel. Deux demandes simultanées sont
// deux lignes distinctes : rien à verrouiller. La personne sollicitée est prévenue après la transaction.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { introuvable, type Client } from "@/lib/autorisations/exiger";
import { porteeCandidature, porteeCandidaturePourAvis, ROLES_PAR_PROFIL } from "@/lib/autorisations/politique";
import { nomActeur, OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formaterDate } from "@/lib/format/dates";
import { empreinteJeton, nouveauJeton } from "@/lib/invitations/jeton";
import { notifier } from "@/lib/notifications/notifier";
import { demanderAvisSchema } from "./avis.schema";
import { envoyerCourrielExpert } from "./courriel";
import { expirationLienExpert, finEcheance, MESSAGE_STATUT_DEMANDE_AVIS, peutDemanderAvis } from "./regles";

export type DemandeAvisCreee = { demandeId: string; candidatureId: string; exterieur: boolean };

export const cheminDemandeExpert = (demandeId: string) => `/mes-avis/${demandeId}`;

/** La candidature, si l'acteur peut y demander un avis ; sinon ACCES_REFUSE (s'il la lit) ou INTROUVABLE. */
async function candidaturePourDemande(acteur: Acteur, id: string, tx: Client) {
  const c = await tx.candidature.findFirst({
    where: { AND: [{ id }, porteeCandidaturePourAvis(acteur, "demander")] },
    select: { id: true, reference: true, statut: true, collectivitePrincipale: { select: { nom: true } } },
  });
  if (c) return c;
  const lue = await tx.candidature.count({ where: { AND: [{ id }, porteeCandidature(acteur, "lire")] } });
  if (lue) throw new AppError("ACCES_REFUSE", "Seule la DGALN demande un avis d'expert sur une candidature.");
  throw introuvable();
}

/** Une personne active de la DGALN (référent ou administrateur), autre que l'acteur. */
async function collegueDgaln(acteur: Acteur, expertId: string, tx: Client) {
  const expert = await tx.utilisateur.findFirst({
    where: {
      id: expertId,
      actif: true,
      appartenances: { some: { organisation: { type: "dgaln" }, role: { in: [...ROLES_PAR_PROFIL.dgaln] } } },
    },
    select: { id: true, email: true },
  });
  if (!expert) throw new AppError("INVALIDE", "Certains champs sont à corriger.", { expertId: ["Choisissez une personne de la DGALN dans la liste."] });
  if (expert.id === acteur.id) {
    throw new AppError("INVALIDE", "Certains champs sont à corriger.", { expertId: ["Choisissez une autre personne que vous-même."] });
  }
  return expert;
}

export const demanderAvis: DefinitionAction<typeof demanderAvisSchema, DemandeAvisCreee> = {
  nom: "avis.demander",
  schema: demanderAvisSchema,
  async executer({ acteur, donnees }) {
    const { candidatureId, question } = donnees;
    const echeance = finEcheance(donnees.echeance);
    const exterieur = donnees.destinataire === "exterieur";
    const jeton = exterieur ? nouveauJeton() : null;
    const cree = await prisma.$transaction(async (tx) => {
      const c = await candidaturePourDemande(acteur, candidatureId, tx);
      if (!peutDemanderAvis(c.statut)) throw new AppError("ETAT_INCOMPATIBLE", MESSAGE_STATUT_DEMANDE_AVIS);
      const expert = exterieur ? null : await collegueDgaln(acteur, donnees.expertId!, tx);
      const email = expert?.email ?? donnees.email!;
      const demande = await tx.demandeAvis.create({
        data: {
          candidatureId: c.id,
          demandeParId: acteur.id,
          expertId: expert?.id ?? null,
          emailExpert: email,
          question,
          echeance,
          jetonHash: jeton ? empreinteJeton(jeton) : null,
          jetonExpireLe: jeton ? expirationLienExpert(echeance) : null,
        },
        select: { id: true, jetonExpireLe: true },
      });
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "avis.demande",
        entite: "demande_avis",
        entiteId: demande.id,
        resume: `${nomActeur(acteur)} demande un avis d'expert à ${email} sur la candidature ${c.reference}, pour le ${formaterDate(echeance)}.`,
        donnees: { candidatureId: c.id, expertId: expert?.id ?? null, email, echeance: echeance.toISOString(), exterieur },
      });
      return { demande, c, expert, email };
    }, OPTIONS_TRANSACTION);

    const { demande, c, expert, email } = cree;
    const demandeur = nomActeur(acteur);
    if (expert) {
      await notifier(prisma, [expert.id], {
        type: "avis_demande",
        candidatureId: c.id,
        titre: `Avis demandé sur ${c.reference}`,
        texte: `${demandeur} vous demande un avis d'expert sur la candidature ${c.reference}, pour le ${formaterDate(echeance)}.`,
        courriel: {
          sujet: `Demande d'avis d'expert sur la candidature ${c.reference}`,
          paragraphes: [
            `${demandeur} vous demande un avis d'expert sur la candidature ${c.reference} (${c.collectivitePrincipale.nom}).`,
            `Question posée : « ${question} »`,
            `Votre avis est attendu au plus tard le ${formaterDate(echeance)}.`,
          ],
          chemin: cheminDemandeExpert(demande.id),
          libelleLien: "Voir la demande d'avis",
        },
      });
    } else {
      await envoyerCourrielExpert(prisma, {
        demandeur,
        reference: c.reference,
        collectivite: c.collectivitePrincipale.nom,
        question,
        echeance,
        expireLe: demande.jetonExpireLe!,
        destinataire: email,
        jeton: jeton!,
      });
    }
    return { demandeId: demande.id, candidatureId: c.id, exterieur };
  },
  revalider: (r) => [`/candidatures/${r.candidatureId}`, "/mes-avis"],
};
