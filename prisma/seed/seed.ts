// Données de démonstration, créées sur une base vide (après l'import du référentiel).
import { createHash, randomUUID } from "node:crypto";
import type { Prisma, PrismaClient, StatutCandidature } from "@/lib/generated/prisma/client";
import { typeEvenementDecision } from "@/lib/audit/evenements";
import { enregistrerEvenement, type NouvelEvenement } from "@/lib/audit/journal";
import { contenuDeLigne, empreinteContenu, INCLUDE_CONTENU } from "@/lib/candidatures/contenu";
import { LIBELLES_PIECES, piecesRequises } from "@/lib/candidatures/pieces-requises";
import { heureDeParis } from "@/lib/dates/paris";
import { pdfDemonstration } from "@/lib/fichiers/pdf-demo";
import { normaliserNom } from "@/lib/referentiel/normaliser";
import { CANDIDATURES_DEMO, type CandidatureDemo } from "./candidatures-demo";
import { COMPTES_DEMO, JURE_DEMO } from "./comptes-demo";
import { SESSIONS_DEMO } from "./sessions-demo";
import { creerAteliersDemo } from "./ateliers-demo";

type Tx = Prisma.TransactionClient;
const JOUR = 86_400_000;

export async function seedIfEmpty(prisma: PrismaClient, log: (m: string) => void = () => {}): Promise<boolean> {
  if ((await prisma.utilisateur.count()) > 0 || (await prisma.candidature.count()) > 0) return false;
  await prisma.$transaction((tx) => seedDemo(tx, log), { timeout: 120_000 });
  return true;
}

async function organisation(tx: Tx, cle: string) {
  const where: Prisma.OrganisationWhereInput = cle === "dgaln"
    ? { type: "dgaln" }
    : cle.startsWith("etat:")
      ? { type: "service_etat", codeDepartement: cle.slice(5) }
      : { siren: cle };
  const org = await tx.organisation.findFirst({ where });
  if (!org) throw new Error(`Organisation introuvable dans le référentiel : ${cle} (le référentiel est-il importé ?)`);
  return org;
}

export async function seedDemo(tx: Tx, log: (m: string) => void): Promise<void> {
  const utilisateurs = new Map<string, string>();
  for (const compte of COMPTES_DEMO) {
    const org = await organisation(tx, compte.organisation);
    const u = await tx.utilisateur.create({
      data: {
        email: compte.email, prenom: compte.prenom, nom: compte.nom, emailVerifieLe: new Date(),
        appartenances: { create: { organisationId: org.id, role: compte.role } },
      },
    });
    utilisateurs.set(compte.email, u.id);
  }
  const jure = await tx.utilisateur.create({
    data: { email: JURE_DEMO.email, prenom: JURE_DEMO.prenom, nom: JURE_DEMO.nom, emailVerifieLe: new Date() },
  });
  log(`${utilisateurs.size + 1} comptes de démonstration.`);

  const sessions = new Map<string, { id: string; clotureLe: Date }>();
  for (const s of SESSIONS_DEMO) {
    const session = await tx.sessionAmi.create({
      data: {
        slug: s.slug, theme: s.theme, description: s.description, statut: s.statut,
        ouvertureLe: heureDeParis(s.ouverture), clotureLe: heureDeParis(s.cloture),
        selectionLe: s.selection ? heureDeParis(s.selection) : null,
        quotaLaureats: s.quota ?? null, budgetEuros: s.budget ?? null,
        criteres: { create: s.criteres.map((c, ordre) => ({ ...c, ordre })) },
        membresJury: { create: { utilisateurId: jure.id } },
      },
    });
    sessions.set(s.slug, { id: session.id, clotureLe: session.clotureLe });
  }
  log(`${sessions.size} sessions nationales.`);

  const referent = utilisateurs.get("emma.leroy@dgaln.example")!;
  const candidatures = new Map<string, string>();
  for (const c of CANDIDATURES_DEMO) {
    candidatures.set(c.reference, await creerCandidature(tx, c, sessions, utilisateurs, referent));
  }
  log(`${candidatures.size} candidatures.`);

  // Jury : la candidature déposée de la session ouverte est affectée à la jurée.
  const membre = await tx.membreJury.findFirstOrThrow({ where: { utilisateurId: jure.id, session: { slug: "2026-sobriete-fonciere" } } });
  await tx.affectationJury.create({ data: { membreJuryId: membre.id, candidatureId: candidatures.get("ADT-2026-00012")! } });

  await creerAteliersDemo(tx, candidatures, utilisateurs);
  log("Ateliers de démonstration créés.");
}

const SIGNEES: StatutCandidature[] = ["signee", "deposee", "en_instruction", "irrecevable", "retenue", "non_retenue"];
const DEPOSEES: StatutCandidature[] = ["deposee", "en_instruction", "a_corriger", "irrecevable", "retenue", "non_retenue"];

async function creerCandidature(
  tx: Tx,
  c: CandidatureDemo,
  sessions: Map<string, { id: string; clotureLe: Date }>,
  utilisateurs: Map<string, string>,
  referent: string,
): Promise<string> {
  const porteuse = await organisation(tx, c.collectivite);
  const service = await organisation(tx, `etat:${porteuse.codeDepartement}`);
  // Une candidature d'une session passée a été préparée, signée et déposée avant sa clôture.
  const session = c.session ? sessions.get(c.session)! : null;
  const creeLe = new Date(Math.min(Date.now() - c.age * JOUR, session ? session.clotureLe.getTime() - 14 * JOUR - 9 * 3_600_000 : Infinity));
  const membreCollectivite = await tx.appartenance.findFirst({ where: { organisationId: porteuse.id }, select: { utilisateurId: true, role: true } });
  const membresEtat = await tx.appartenance.findMany({ where: { organisationId: service.id }, select: { utilisateurId: true, role: true } });
  const auteur = membreCollectivite?.utilisateurId ?? membresEtat[0]?.utilisateurId ?? referent;

  const candidature = await tx.candidature.create({
    data: {
      reference: c.reference, format: c.format, sessionId: session?.id ?? null,
      collectivitePrincipaleId: porteuse.id, serviceEtatId: service.id,
      codeDepartement: porteuse.codeDepartement!, codeRegion: porteuse.codeRegion!,
      statut: c.statut, titre: c.titre, objet: c.objet,
      localisation: `${porteuse.nom} (${porteuse.codeDepartement})`,
      objectifs: "Partager un diagnostic avec les acteurs locaux, dégager des pistes d'action et une feuille de route.",
      ressources: "Études existantes, PLU(i) en vigueur, observatoire foncier départemental.",
      dynamiquesTerritoire: "Territoire engagé dans une démarche de revitalisation, appuyé par les services de l'État.",
      dynamiquesAmenagement: "Révision du document d'urbanisme en cours ; plusieurs projets publics à articuler.",
      debutPrevu: new Date(`${c.debutPrevu}T00:00:00Z`), dureeMois: c.dureeMois,
      livrablesAttendus: c.format === "flash" ? "Esquisse de plan-guide, feuille de route" : "Note de cadrage, plan-guide, feuille de route",
      disciplinesSouhaitees: ["urbanisme", "paysage", c.format === "flash" ? "architecture" : "économie territoriale"],
      budgetMaterielEuros: c.format === "flash" ? 2_500 : 8_000,
      creeParId: auteur, creeLe,
      communes: c.communes ? { create: c.communes.map((codeInsee) => ({ codeInsee })) } : undefined,
      epci: c.epci ? { create: c.epci.map((epciSiren) => ({ epciSiren })) } : undefined,
      contacts: {
        create: [
          { partie: "collectivite", nom: `Service urbanisme — ${porteuse.nom}`, email: `urbanisme@${porteuse.siren}.example`, ordre: 0 },
          { partie: "etat", nom: `Pôle aménagement — ${service.nom}`, email: `amenagement@dep${service.codeDepartement}.example`, ordre: 1 },
        ],
      },
    },
  });
  await enregistrerEvenement(tx, {
    acteurId: auteur, type: "candidature.creee", entite: "candidature", entiteId: candidature.id,
    candidatureId: candidature.id, resume: `Candidature ${c.reference} créée`,
    donnees: { reference: c.reference, format: c.format, sessionId: candidature.sessionId, serviceEtatId: service.id, hashContenu: "", versionApres: candidature.version },
  });

  const complet = c.statut !== "brouillon";
  for (const type of piecesRequises(c.format, null).slice(0, complet ? undefined : 1)) {
    const contenu = pdfDemonstration([LIBELLES_PIECES[type], `Candidature ${c.reference} - ${c.titre}`, porteuse.nom, "Document de démonstration."]);
    const sha256 = createHash("sha256").update(contenu).digest("hex");
    const fichier = await tx.fichier.create({ data: { sha256, taille: contenu.length, typeMime: "application/pdf", contenu: new Uint8Array(contenu) } });
    await tx.piece.create({
      data: {
        candidatureId: candidature.id, type, emplacement: randomUUID(), version: 1,
        nomFichier: `${normaliserNom(LIBELLES_PIECES[type]).replaceAll(" ", "-")}.pdf`, fichierId: fichier.id,
        deposeeParId: auteur, creeLe,
      },
    });
  }

  // Construit comme dans l'application (contenu.ts) : les signatures de démonstration portent sur
  // l'empreinte que l'application recalcule.
  const ligne = await tx.candidature.findUniqueOrThrow({ where: { id: candidature.id }, include: INCLUDE_CONTENU });
  const hashContenu = empreinteContenu(contenuDeLigne(ligne));
  await tx.candidature.update({ where: { id: candidature.id }, data: { hashContenu } });

  if (SIGNEES.includes(c.statut) || c.statut === "a_corriger") {
    const signataireCollectivite = membreCollectivite?.role === "signataire" ? membreCollectivite.utilisateurId : auteur;
    const signataireEtat = membresEtat.find((m) => m.role === "signataire_etat")?.utilisateurId ?? referent;
    const signeeLe = new Date(creeLe.getTime() + 10 * JOUR);
    const invalidee = c.statut === "a_corriger";
    const signatures: Prisma.SignatureCreateManyInput[] = [
        { candidatureId: candidature.id, partie: "collectivite", organisationId: porteuse.id, utilisateurId: signataireCollectivite, hashContenu, signeeLe },
        {
          candidatureId: candidature.id, partie: "etat", organisationId: service.id, utilisateurId: signataireEtat, hashContenu, signeeLe,
          avis: "favorable", avisTexte: "Le service de l'État soutient cette candidature et s'engage à porter l'atelier.",
        },
    ];
    await tx.signature.createMany({
      data: signatures.map((s) => (invalidee ? { ...s, invalideeLe: new Date(creeLe.getTime() + 30 * JOUR), motifInvalidation: "Corrections demandées par la DGALN" } : s)),
    });
    await enregistrerEvenement(tx, {
      acteurId: signataireEtat, type: "signature.apposee", entite: "candidature", entiteId: candidature.id,
      candidatureId: candidature.id, resume: "Candidature signée par la collectivité et le service de l'État",
      donnees: { partie: "etat", hashContenu, avis: "favorable", statutAvant: "brouillon", statutApres: "signee" },
    });
  }

  if (DEPOSEES.includes(c.statut)) {
    const deposeLe = new Date(creeLe.getTime() + 12 * JOUR);
    const deposant = membresEtat.find((m) => m.role === "signataire_etat")?.utilisateurId ?? auteur;
    await tx.depot.create({
      data: { candidatureId: candidature.id, numero: 1, hashContenu, numeroRecepisse: `${c.reference}-D1`, deposeParId: deposant, deposeLe },
    });
    await tx.candidature.update({ where: { id: candidature.id }, data: { deposeeLe: deposeLe } });
    await enregistrerEvenement(tx, {
      acteurId: deposant, type: "candidature.deposee", entite: "candidature", entiteId: candidature.id,
      candidatureId: candidature.id, resume: `Candidature déposée (récépissé ${c.reference}-D1)`,
      donnees: { depotId: "", numero: 1, numeroRecepisse: `${c.reference}-D1`, hashContenu },
    });
  }

  const decisions: Partial<Record<StatutCandidature, { type: Prisma.DecisionCreateManyInput["type"]; motivation: string }[]>> = {
    en_instruction: [{ type: "recevable", motivation: "Dossier complet, périmètre conforme au format local." }],
    a_corriger: [{ type: "corrections_demandees", motivation: "Préciser le calendrier des ateliers in situ et joindre le courrier de soutien signé." }],
    irrecevable: [{ type: "irrecevable", motivation: "Le courrier de soutien du préfet n'a pas été transmis avant la clôture de la session." }],
    retenue: [{ type: "recevable", motivation: "Dossier complet." }, { type: "retenue", motivation: "Candidature retenue : sujet exemplaire, portage politique fort." }],
    non_retenue: [{ type: "recevable", motivation: "Dossier complet." }, { type: "non_retenue", motivation: "Candidature de qualité, non classée en rang utile par le jury." }],
  };
  for (const d of decisions[c.statut] ?? []) {
    const decision = await tx.decision.create({ data: { candidatureId: candidature.id, type: d.type, motivation: d.motivation, decideParId: referent } });
    await enregistrerEvenement(tx, {
      acteurId: referent, type: typeEvenementDecision(d.type), entite: "candidature", entiteId: candidature.id,
      candidatureId: candidature.id, resume: d.motivation, donnees: { decisionId: decision.id, motivation: d.motivation },
    } as NouvelEvenement);
  }
  if (c.statut === "retiree") {
    await enregistrerEvenement(tx, {
      acteurId: auteur, type: "candidature.retiree", entite: "candidature", entiteId: candidature.id,
      candidatureId: candidature.id, resume: "Candidature retirée par la collectivité", donnees: { statutAvant: "brouillon" },
    });
  }
  return candidature.id;
}
