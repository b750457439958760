// Changer le service de l'État compétent avant le dépôt (R4 ; issue 13, point 5 ; décision 026) :
// la DGALN (droit `instruire`) désigne, pour une collectivité sur plusieurs départements, le service
// de l'un d'eux. Seulement en brouillon ou signée : après le dépôt, la candidature est instruite avec
// son service. Le service fait partie du contenu signé (en-tête) : le changer annule les signatures,
// par le mécanisme commun (appliquerChangementContenu), et les deux parties en sont prévenues.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { exigerCandidature, introuvable } from "@/lib/autorisations/exiger";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, StatutCandidature } from "@/lib/generated/prisma/client";
import { departementsDeCollectivite } from "@/lib/referentiel/recherche";
import { changerServiceCompetentSchema } from "./changer-service-competent.schema";
import { nomActeur, OPTIONS_TRANSACTION } from "./commun";
import { appliquerChangementContenu, type SignatureAnnulee } from "./empreinte";
import { cheminCandidature, notifierParties } from "./notifications";
import { notifierSignaturesAnnulees } from "./notifier-annulation";
import { trouverCandidature } from "./queries";
import { erreurDeRegles, regleR4ServiceEtat, type TypeCollectivite } from "./regles";
import { LIBELLES_STATUT_CANDIDATURE } from "./regles/libelles";

type Tx = Prisma.TransactionClient;

/** Avant le dépôt seulement : une candidature déposée est instruite avec le service qui l'a déposée. */
export const STATUTS_CHANGEMENT_SERVICE = ["brouillon", "signee"] as const satisfies readonly StatutCandidature[];

export type ServiceCompetentChange = {
  candidatureId: string;
  ancien: { id: string; nom: string };
  nouveau: { id: string; nom: string };
  version: number;
  signaturesInvalidees: SignatureAnnulee[];
};

const MESSAGE_SERVICE = "Choisissez le nouveau service de l'État compétent dans la liste.";

/** Qui lit la candidature sans être de la DGALN apprend pourquoi ; les autres, INTROUVABLE. */
async function refus(acteur: Acteur, id: string, tx: Tx): Promise<never> {
  if (!(await trouverCandidature(acteur, id, "lire", tx))) throw introuvable();
  throw new AppError("ACCES_REFUSE", "Seule la DGALN peut changer le service de l'État compétent d'une candidature. Adressez-vous à votre référent DGALN.");
}

function modifiableAvantDepot(statut: StatutCandidature): statut is (typeof STATUTS_CHANGEMENT_SERVICE)[number] {
  return (STATUTS_CHANGEMENT_SERVICE as readonly StatutCandidature[]).includes(statut);
}

export const changerServiceCompetent: DefinitionAction<typeof changerServiceCompetentSchema, ServiceCompetentChange> = {
  nom: "candidatures.changer_service",
  schema: changerServiceCompetentSchema,
  async executer({ acteur, donnees }) {
    const { candidatureId, serviceEtatId } = donnees;
    const resultat = await prisma.$transaction(async (tx) => {
      const c = await exigerCandidature(acteur, candidatureId, "instruire", tx).catch((erreur: unknown) => {
        if (erreur instanceof AppError && erreur.code === "INTROUVABLE") return refus(acteur, candidatureId, tx);
        throw erreur;
      });
      if (!modifiableAvantDepot(c.statut)) {
        throw new AppError(
          "ETAT_INCOMPATIBLE",
          `La candidature est « ${LIBELLES_STATUT_CANDIDATURE[c.statut]} » : son service de l'État compétent ne change plus après le dépôt.`,
        );
      }
      const [ancien, nouveau, principale] = [
        await tx.organisation.findUniqueOrThrow({ where: { id: c.serviceEtatId }, select: { id: true, nom: true } }),
        await tx.organisation.findFirst({
          where: { id: serviceEtatId, type: "service_etat", codeDepartement: { not: null } },
          select: { id: true, nom: true, codeDepartement: true },
        }),
        await tx.organisation.findUniqueOrThrow({ where: { id: c.collectivitePrincipaleId }, select: { nom: true, type: true } }),
      ];
      if (!nouveau) throw new AppError("INVALIDE", MESSAGE_SERVICE, { serviceEtatId: [MESSAGE_SERVICE] });
      if (nouveau.id === ancien.id) {
        throw new AppError("INVALIDE", `${nouveau.nom} est déjà le service compétent : choisissez-en un autre.`, { serviceEtatId: ["Choisissez un autre service."] });
      }
      // R4 : le nouveau service est celui de l'un des départements de la collectivité principale.
      const departements = (await departementsDeCollectivite(tx, c.collectivitePrincipaleId)).map((d) => d.code);
      const r4 = regleR4ServiceEtat({
        collectivitePrincipale: { nom: principale.nom, type: principale.type as TypeCollectivite, departements },
        serviceEtat: { nom: nouveau.nom, codeDepartement: nouveau.codeDepartement! },
      }).filter((e) => e.etat !== "ok");
      if (r4.length > 0) throw erreurDeRegles(r4.map((e) => ({ ...e, etat: "refuse", severite: "bloquant" })));

      const { codeRegion } = await tx.departement.findUniqueOrThrow({ where: { code: nouveau.codeDepartement! }, select: { codeRegion: true } });
      // Écriture conditionnelle : un dépôt ou un autre changement simultané la fait échouer.
      const { count } = await tx.candidature.updateMany({
        where: { id: c.id, serviceEtatId: ancien.id, statut: { in: [...STATUTS_CHANGEMENT_SERVICE] } },
        data: { serviceEtatId: nouveau.id, codeDepartement: nouveau.codeDepartement!, codeRegion, statut: "brouillon", version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLIT", "La candidature vient d'être modifiée (dépôt ou changement de service) : rechargez la page.");
      const { version } = await tx.candidature.findUniqueOrThrow({ where: { id: c.id }, select: { version: true } });
      const motif = `le service de l'État compétent est désormais ${nouveau.nom} (au lieu de ${ancien.nom}), choix de ${nomActeur(acteur)}`;
      const changement = await appliquerChangementContenu(tx, c.id, acteur.id, motif);
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "candidature.service_change",
        entite: "candidature",
        entiteId: c.id,
        candidatureId: c.id,
        resume: `${nomActeur(acteur)} désigne ${nouveau.nom} comme service de l'État compétent, à la place de ${ancien.nom}.`,
        donnees: { ancienServiceEtatId: ancien.id, nouveauServiceEtatId: nouveau.id, statutAvant: c.statut, versionApres: version, hashContenu: changement.hashContenu },
      });
      for (const evenement of changement.evenements) await enregistrerEvenement(tx, evenement);
      return {
        candidatureId: c.id,
        reference: c.reference,
        ancien,
        nouveau: { id: nouveau.id, nom: nouveau.nom },
        version,
        signaturesInvalidees: changement.signaturesInvalidees,
      };
    }, OPTIONS_TRANSACTION);

    const { reference, ...data } = resultat;
    const cause = `le service de l'État compétent a été changé : ${data.nouveau.nom} remplace ${data.ancien.nom}`;
    if (data.signaturesInvalidees.length > 0) {
      await notifierSignaturesAnnulees(candidatureId, acteur, cause);
    } else {
      await notifierParties(
        candidatureId,
        ["collectivite", "etat"],
        "decision",
        {
          sujet: `Candidature ${reference} : nouveau service de l'État compétent`,
          paragraphes: [
            `Sur la candidature ${reference}, ${cause} par ${nomActeur(acteur)}.`,
            `${data.nouveau.nom} rédige et cosigne désormais la candidature avec la collectivité.`,
          ],
          chemin: cheminCandidature(candidatureId),
          libelleLien: "Ouvrir la candidature",
        },
        acteur.id,
      );
    }
    return data;
  },
  revalider: (resultat) => [cheminCandidature(resultat.candidatureId), "/candidatures", "/instruction"],
};
