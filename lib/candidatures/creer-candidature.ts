// Commencer une candidature (issue 4, §1) : un membre d'une collectivité pour sa collectivité, ou un
// agent de l'État pour une collectivité de son département. Le service de l'État compétent (R4), le
// département et la région sont calculés ; la référence lisible est ADT-<année>-<numéro>. Le
// périmètre initial est la collectivité elle-même. L'autre partie est invitée par courriel.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { exigerCandidature } from "@/lib/autorisations/exiger";
import { organisationsDe, ROLES_PAR_PROFIL } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formaterAnnee } from "@/lib/format/dates";
import { nomCollectiviteDeveloppe } from "@/lib/format/collectivites";
import type { PartieSignataire, Prisma, StatutCandidature } from "@/lib/generated/prisma/client";
import { serviceEtatCompetent, TYPES_COLLECTIVITES } from "@/lib/referentiel/recherche";
import { creerCandidatureSchema } from "./candidature.schema";
import { nomActeur, OPTIONS_TRANSACTION } from "./commun";
import { appliquerChangementContenu } from "./empreinte";
import { chargerFaits } from "./faits";
import { cheminCandidature, notifierParties } from "./notifications";
import { perimetreInitial } from "./perimetre";
import { erreurDeRegles, peutCreer } from "./regles";
import { LIBELLES_FORMAT, majuscule } from "./regles/libelles";

export type CandidatureCreee = {
  candidatureId: string;
  reference: string;
  statut: StatutCandidature;
  version: number;
  hashContenu: string;
  serviceEtat: { id: string; nom: string };
  /** Destinataires de l'invitation envoyée à l'autre partie. */
  invites: number;
};

const MESSAGE_COLLECTIVITE = "Choisissez la collectivité porteuse dans la liste : seules les collectivités peuvent porter une candidature.";

/** ADT-2026-00042 : numéro suivant de l'année (heure de Paris), sous un verrou consultatif. */
async function prochaineReference(tx: Prisma.TransactionClient, maintenant: Date): Promise<string> {
  const annee = formaterAnnee(maintenant);
  // Le verrou de transaction sérialise les créations de toutes les instances jusqu'au COMMIT : le
  // maximum relu ensuite (nouvel instantané, READ COMMITTED) inclut la référence précédente.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('candidature_reference'))`;
  const [ligne] = await tx.$queryRaw<{ dernier: number | null }[]>`
    SELECT max(substring(reference FROM 10)::int) AS dernier FROM candidature
    WHERE reference ~ ${`^ADT-${annee}-[0-9]+$`}`;
  return `ADT-${annee}-${String((ligne?.dernier ?? 0) + 1).padStart(5, "0")}`;
}

/** Côté de l'acteur pour cette collectivité : la sienne, ou celle de son service de l'État. */
function coteDe(acteur: Acteur, collectiviteId: string): PartieSignataire {
  return organisationsDe(acteur, "collectivite", ROLES_PAR_PROFIL.collectivite).includes(collectiviteId) ? "collectivite" : "etat";
}

const MESSAGE_SERVICE = "Service de l'État inconnu : choisissez-le dans la liste.";

/**
 * R4 : le service choisi par le créateur, sinon le sien s'il est l'un des compétents (agent de l'État
 * d'un EPCI à cheval), sinon celui du siège. Un service d'un autre département n'est pas écarté ici :
 * R4 le refuse, avec son message, dans la transaction de création (`peutCreer`).
 */
async function choisirServiceEtat(acteur: Acteur, collectivite: { id: string; nom: string }, serviceEtatId: string | null) {
  const competent = await serviceEtatCompetent(prisma, collectivite.id);
  const candidats = competent?.service ? [competent.service, ...competent.alternatives] : [];
  const siens = organisationsDe(acteur, "etat", ROLES_PAR_PROFIL.etat);
  if (serviceEtatId) {
    const choisi = await prisma.organisation.findFirst({
      where: { id: serviceEtatId, type: "service_etat", codeDepartement: { not: null } },
      select: { id: true, nom: true, codeDepartement: true },
    });
    if (!choisi) throw new AppError("INVALIDE", MESSAGE_SERVICE, { serviceEtatId: [MESSAGE_SERVICE] });
    // Un agent de l'État rédige pour son service : il ne crée pas une candidature qu'il ne pourrait plus modifier.
    const membreCollectivite = organisationsDe(acteur, "collectivite", ROLES_PAR_PROFIL.collectivite).includes(collectivite.id);
    if (!membreCollectivite && siens.length > 0 && !siens.includes(choisi.id) && candidats.some((c) => c.id === choisi.id)) {
      throw new AppError(
        "ACCES_REFUSE",
        `Vous créez la candidature au titre de votre service : choisissez-le comme service compétent. ${choisi.nom} pourra être désigné ensuite par la DGALN.`,
        { serviceEtatId: ["Choisissez votre service."] },
      );
    }
    return { id: choisi.id, nom: choisi.nom, codeDepartement: choisi.codeDepartement! };
  }
  const service = candidats.find((s) => siens.includes(s.id)) ?? candidats[0];
  if (!service) {
    throw new AppError(
      "REGLE_NON_RESPECTEE",
      `Le service de l'État compétent pour ${nomCollectiviteDeveloppe(collectivite.nom)} ne peut pas être déterminé : contactez la DGALN.`,
    );
  }
  return service;
}

export const creerCandidature: DefinitionAction<typeof creerCandidatureSchema, CandidatureCreee> = {
  nom: "candidatures.creer",
  schema: creerCandidatureSchema,
  async executer({ acteur, donnees }) {
    const collectivite = await prisma.organisation.findUnique({
      where: { id: donnees.collectiviteId },
      select: { id: true, nom: true, type: true, siren: true, codeInsee: true },
    });
    if (!collectivite || !TYPES_COLLECTIVITES.includes(collectivite.type)) {
      throw new AppError("INVALIDE", MESSAGE_COLLECTIVITE, { collectiviteId: [MESSAGE_COLLECTIVITE] });
    }
    if (donnees.sessionId && !(await prisma.sessionAmi.count({ where: { id: donnees.sessionId } }))) {
      throw new AppError("INVALIDE", "Session nationale inconnue : choisissez-la dans la liste.", { sessionId: ["Session nationale inconnue : choisissez-la dans la liste."] });
    }
    const service = await choisirServiceEtat(acteur, collectivite, donnees.serviceEtatId);
    const { codeRegion } = await prisma.departement.findUniqueOrThrow({ where: { code: service.codeDepartement }, select: { codeRegion: true } });
    const titre = donnees.titre ?? `${majuscule(LIBELLES_FORMAT[donnees.format])} — ${nomCollectiviteDeveloppe(collectivite.nom)}`;
    const maintenant = new Date();

    const cree = await prisma.$transaction(async (tx) => {
      // R7 : deux créations simultanées pour la même collectivité ne passent pas toutes deux le contrôle.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('candidature_creation:' || ${collectivite.id}))`;
      const reference = await prochaineReference(tx, maintenant);
      const perimetre = perimetreInitial(collectivite);
      const ligne = await tx.candidature.create({
        data: {
          reference,
          format: donnees.format,
          sessionId: donnees.sessionId,
          collectivitePrincipaleId: collectivite.id,
          serviceEtatId: service.id,
          codeDepartement: service.codeDepartement,
          codeRegion,
          titre,
          creeParId: acteur.id,
          communes: { create: perimetre.communes.map((codeInsee) => ({ codeInsee })) },
          epci: { create: perimetre.epci.map((epciSiren) => ({ epciSiren })) },
        },
        select: { id: true, statut: true, version: true },
      });
      // Décision 007 : le droit de créer se vérifie sur la ligne créée ; un refus annule tout.
      await exigerCandidature(acteur, ligne.id, "creer", tx);
      const verdict = peutCreer(await chargerFaits(tx, ligne.id, maintenant));
      if (!verdict.ok) throw erreurDeRegles(verdict.bloquants);
      const { hashContenu } = await appliquerChangementContenu(tx, ligne.id, acteur.id, "création");
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "candidature.creee",
        entite: "candidature",
        entiteId: ligne.id,
        candidatureId: ligne.id,
        resume: `${nomActeur(acteur)} crée la candidature ${reference} (${LIBELLES_FORMAT[donnees.format]}) pour ${nomCollectiviteDeveloppe(collectivite.nom)}, avec ${service.nom}.`,
        donnees: { reference, format: donnees.format, sessionId: donnees.sessionId, serviceEtatId: service.id, hashContenu, versionApres: ligne.version },
      });
      return { candidatureId: ligne.id, reference, statut: ligne.statut, version: ligne.version, hashContenu };
    }, OPTIONS_TRANSACTION);

    const autre: PartieSignataire = coteDe(acteur, collectivite.id) === "collectivite" ? "etat" : "collectivite";
    const invites = await notifierParties(
      cree.candidatureId,
      [autre],
      "invitation",
      {
        sujet: `Nouvelle candidature ${cree.reference} : ${titre}`,
        paragraphes: [
          `${nomActeur(acteur)} a commencé une candidature à un ${LIBELLES_FORMAT[donnees.format]} pour ${nomCollectiviteDeveloppe(collectivite.nom)}, avec ${service.nom}.`,
          "La candidature est portée conjointement par la collectivité et le service de l'État : vous pouvez dès maintenant la compléter, joindre les pièces, puis la signer.",
        ],
        chemin: cheminCandidature(cree.candidatureId),
        libelleLien: "Ouvrir la candidature",
      },
      acteur.id,
    );
    return { ...cree, serviceEtat: { id: service.id, nom: service.nom }, invites };
  },
  revalider: (resultat) => ["/candidatures", cheminCandidature(resultat.candidatureId)],
};
