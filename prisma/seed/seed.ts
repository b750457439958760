// Données de démonstration, créées sur une base vide (après l'import du référentiel). Elles
// ressemblent au programme réel : chaque candidature est créée, complétée, signée et déposée par
// des personnes de ses propres organisations (collectivité principale, service de l'État compétent),
// à des dates cohérentes entre elles. Le journal, chaîné et en ajout seul, est écrit à la fin dans
// l'ordre chronologique, chaque événement à la date de son action.
import { createHash, randomUUID } from "node:crypto";
import type { Prisma, PrismaClient, RoleAppartenance, StatutCandidature, TypeDecision, TypePiece } from "@/lib/generated/prisma/client";
import { typeEvenementDecision } from "@/lib/audit/evenements";
import { enregistrerEvenement, type NouvelEvenement } from "@/lib/audit/journal";
import { LIBELLES_SECTIONS } from "@/lib/candidatures/candidature.schema";
import { mentionChamp } from "@/lib/candidatures/champs";
import { contenuDeLigne, empreinteContenu, INCLUDE_CONTENU, type PieceSignee } from "@/lib/candidatures/contenu";
import { LIBELLES_PIECES, piecesRequises } from "@/lib/candidatures/pieces-requises";
import { LIBELLES_FORMAT } from "@/lib/candidatures/regles/libelles";
import { heureDeParis } from "@/lib/dates/paris";
import { pdfDemonstration } from "@/lib/fichiers/pdf-demo";
import { nomCollectiviteDeveloppe } from "@/lib/format/collectivites";
import { normaliserNom } from "@/lib/referentiel/normaliser";
import { CANDIDATURES_DEMO, type CandidatureDemo } from "./candidatures-demo";
import { COMPTES_DEMO, JURE_DEMO, PERSONNES_DEMO } from "./comptes-demo";
import { SESSIONS_DEMO } from "./sessions-demo";
import { creerAteliersDemo } from "./ateliers-demo";
import { jourDeParis, plus } from "./dates";
import { creerDeliberationDemo, sessionEnDeliberation } from "./deliberation-demo";

type Tx = Prisma.TransactionClient;
/** Un événement du journal à la date de son action (écrit plus tard, dans l'ordre chronologique). */
export type EvenementDate = NouvelEvenement & { survenuLe: Date };

/** Inscription des personnes de démonstration, avant toute candidature. */
const INSCRIPTION = heureDeParis("2022-09-01T09:00");

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
  const maintenant = new Date();
  const journal: EvenementDate[] = [];
  const utilisateurs = new Map<string, string>();
  for (const compte of [...COMPTES_DEMO, ...PERSONNES_DEMO]) {
    const org = await organisation(tx, compte.organisation);
    const u = await tx.utilisateur.create({
      data: {
        email: compte.email, prenom: compte.prenom, nom: compte.nom, emailVerifieLe: INSCRIPTION, creeLe: INSCRIPTION,
        appartenances: { create: { organisationId: org.id, role: compte.role, creeLe: INSCRIPTION } },
      },
    });
    utilisateurs.set(compte.email, u.id);
  }
  const jure = await tx.utilisateur.create({
    data: { email: JURE_DEMO.email, prenom: JURE_DEMO.prenom, nom: JURE_DEMO.nom, emailVerifieLe: INSCRIPTION, creeLe: INSCRIPTION },
  });
  log(`${utilisateurs.size + 1} personnes, dont ${COMPTES_DEMO.length + 1} comptes de démonstration.`);

  const sessions = new Map<string, Session>();
  for (const s of [...SESSIONS_DEMO, sessionEnDeliberation(maintenant)]) {
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
    sessions.set(s.slug, { id: session.id, clotureLe: session.clotureLe, selectionLe: session.selectionLe });
  }
  log(`${sessions.size} sessions nationales.`);

  const referent = await personne(tx, utilisateurs.get("emma.leroy@dgaln.example")!);
  const candidatures = new Map<string, string>();
  for (const c of CANDIDATURES_DEMO) {
    candidatures.set(c.reference, await creerCandidature(tx, c, { sessions, referent, journal, maintenant }));
  }
  // Document de recherche plein texte, par la même fonction SQL que l'application (issue 11).
  await tx.$executeRaw`UPDATE candidature SET recherche = candidature_document_recherche(id)`;
  log(`${candidatures.size} candidatures.`);

  // Jury : la candidature déposée de la session ouverte est affectée à la jurée.
  const membre = await tx.membreJury.findFirstOrThrow({ where: { utilisateurId: jure.id, session: { slug: "2026-sobriete-fonciere" } } });
  await tx.affectationJury.create({ data: { membreJuryId: membre.id, candidatureId: candidatures.get("ADT-2026-00012")! } });
  // Et une session en délibération, notée par la jurée et trois experts (deliberation-demo.ts).
  await creerDeliberationDemo(tx, {
    candidatures, jureId: jure.id, administrateurId: utilisateurs.get("thomas.blanc@dgaln.example")!, journal, maintenant,
  });
  log("Session en délibération créée et notée.");

  await creerAteliersDemo(tx, candidatures, referent.id, journal);
  log("Ateliers de démonstration créés.");

  const futur = journal.find((e) => e.survenuLe > maintenant);
  if (futur) throw new Error(`Événement de démonstration daté dans le futur : ${futur.resume}`);
  // Tri stable : à date égale, l'ordre d'écriture est gardé.
  for (const e of journal.sort((a, b) => a.survenuLe.getTime() - b.survenuLe.getTime())) await enregistrerEvenement(tx, e);
  log(`${journal.length} événements dans le journal.`);
}

type Session = { id: string; clotureLe: Date; selectionLe: Date | null };
/** Un événement de la candidature : entité et identifiants pris par défaut sur elle. */
type SurLaCandidature = EvenementDate extends infer E
  ? E extends EvenementDate
    ? Omit<E, "entite" | "entiteId" | "candidatureId"> & { entite?: string; entiteId?: string }
    : never
  : never;
type Personne = { id: string; nom: string; role: RoleAppartenance | null };
type Contexte = { sessions: Map<string, Session>; referent: Personne; journal: EvenementDate[]; maintenant: Date };

async function personne(tx: Tx, id: string): Promise<Personne> {
  const u = await tx.utilisateur.findUniqueOrThrow({ where: { id }, select: { id: true, prenom: true, nom: true } });
  return { id: u.id, nom: [u.prenom, u.nom].filter(Boolean).join(" "), role: null };
}

/** Les membres d'une organisation, les plus anciens d'abord. */
async function membres(tx: Tx, organisationId: string): Promise<Personne[]> {
  const appartenances = await tx.appartenance.findMany({
    where: { organisationId },
    orderBy: [{ creeLe: "asc" }, { id: "asc" }],
    select: { role: true, utilisateur: { select: { id: true, prenom: true, nom: true } } },
  });
  return appartenances.map((a) => ({ id: a.utilisateur.id, nom: [a.utilisateur.prenom, a.utilisateur.nom].filter(Boolean).join(" "), role: a.role }));
}

const SIGNEES: StatutCandidature[] = ["signee", "deposee", "en_instruction", "a_corriger", "irrecevable", "retenue", "non_retenue"];
const DEPOSEES: StatutCandidature[] = ["deposee", "en_instruction", "a_corriger", "irrecevable", "retenue", "non_retenue"];

const DECISIONS: Partial<Record<StatutCandidature, { type: TypeDecision; motivation: string }[]>> = {
  en_instruction: [{ type: "recevable", motivation: "Dossier complet, périmètre conforme au format local." }],
  a_corriger: [{ type: "corrections_demandees", motivation: "Préciser le calendrier des ateliers in situ et les acteurs locaux qui y seront associés." }],
  irrecevable: [{
    type: "irrecevable",
    motivation: "Le sujet relève de la révision du SCoT déjà engagée et non d'un atelier des territoires : la candidature n'entre pas dans le champ de la session.",
  }],
  retenue: [{ type: "recevable", motivation: "Dossier complet." }, { type: "retenue", motivation: "Candidature retenue : sujet exemplaire, portage politique fort." }],
  non_retenue: [{ type: "recevable", motivation: "Dossier complet." }, { type: "non_retenue", motivation: "Candidature de qualité, non classée en rang utile par le jury." }],
};

/** Pièces que le service de l'État joint lui-même ; les autres viennent de la collectivité. */
const PIECES_ETAT: TypePiece[] = ["courrier_soutien_prefet", "courrier_engagement_etat"];

const CHAMPS_NOTE = ["localisation", "objet", "objectifs", "ressources", "dynamiquesTerritoire", "dynamiquesAmenagement"];

async function creerCandidature(tx: Tx, c: CandidatureDemo, ctx: Contexte): Promise<string> {
  const porteuse = await organisation(tx, c.collectivite);
  const service = await organisation(tx, `etat:${porteuse.codeDepartement}`);
  const session = c.session ? ctx.sessions.get(c.session)! : null;
  const collectivite = await membres(tx, porteuse.id);
  const etat = await membres(tx, service.id);
  const signataireCollectivite = collectivite.find((m) => m.role === "signataire");
  const signataireEtat = etat.find((m) => m.role === "signataire_etat");
  const redacteurCollectivite = collectivite.find((m) => m.role === "membre") ?? signataireCollectivite;
  const redacteurEtat = etat.find((m) => m.role === "agent") ?? signataireEtat;
  const auteur = redacteurCollectivite ?? redacteurEtat;
  if (!auteur) throw new Error(`${c.reference} : ni ${porteuse.nom} ni ${service.nom} n'ont de membre de démonstration.`);
  const signee = SIGNEES.includes(c.statut);
  if (signee && (!signataireCollectivite || !signataireEtat)) {
    throw new Error(`${c.reference} : il faut un signataire de ${porteuse.nom} et un de ${service.nom} (comptes-demo.ts).`);
  }

  const creeLe = heureDeParis("creeLe" in c ? c.creeLe : `${jourDeParis(plus(ctx.maintenant, -c.age))}T09:30`);
  const evenements: EvenementDate[] = [];
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
      // Mêmes libellés que les cases du formulaire (SectionLivrables).
      disciplinesSouhaitees: ["Urbanisme", "Paysage", c.format === "flash" ? "Architecture" : "Économie territoriale"],
      budgetMaterielEuros: c.format === "flash" ? 2_500 : 8_000,
      creeParId: auteur.id, creeLe,
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
  const evenement = (e: SurLaCandidature) => evenements.push({ entite: "candidature", entiteId: candidature.id, candidatureId: candidature.id, ...e });

  // Pièces : la note et les courriers des collectivités par la collectivité, les autres par l'État.
  const pieces: (PieceSignee & { id: string; par: Personne; le: Date })[] = [];
  for (const [i, type] of piecesRequises(c.format, null).slice(0, c.statut === "brouillon" ? 1 : undefined).entries()) {
    const par = (PIECES_ETAT.includes(type) ? redacteurEtat : redacteurCollectivite) ?? auteur;
    const le = new Date(plus(creeLe, 2).getTime() + i * 1_800_000);
    const contenu = pdfDemonstration([LIBELLES_PIECES[type], `Candidature ${c.reference} - ${c.titre}`, porteuse.nom, "Document de démonstration."]);
    const sha256 = createHash("sha256").update(contenu).digest("hex");
    const fichier = await tx.fichier.create({ data: { sha256, taille: contenu.length, typeMime: "application/pdf", contenu: new Uint8Array(contenu) } });
    const piece = await tx.piece.create({
      data: {
        candidatureId: candidature.id, type, emplacement: randomUUID(), version: 1,
        nomFichier: `${normaliserNom(LIBELLES_PIECES[type]).replaceAll(" ", "-")}.pdf`, fichierId: fichier.id,
        deposeeParId: par.id, creeLe: le,
      },
    });
    pieces.push({ id: piece.id, type, emplacement: piece.emplacement, version: 1, nomFichier: piece.nomFichier, sha256, par, le });
  }

  // Empreinte du contenu après chaque écriture (création et note, puis chaque pièce).
  const contenu = contenuDeLigne(await tx.candidature.findUniqueOrThrow({ where: { id: candidature.id }, include: INCLUDE_CONTENU }));
  const empreinte = (nombrePieces: number) =>
    empreinteContenu({ ...contenu, pieces: pieces.slice(0, nombrePieces).map(({ type, emplacement, version, nomFichier, sha256 }) => ({ type, emplacement, version, nomFichier, sha256 })) });
  const hashContenu = empreinte(pieces.length);

  evenement({
    acteurId: auteur.id, type: "candidature.creee", survenuLe: creeLe,
    resume: `${auteur.nom} crée la candidature ${c.reference} (${LIBELLES_FORMAT[c.format]}) pour ${nomCollectiviteDeveloppe(porteuse.nom)}, avec ${service.nom}.`,
    donnees: { reference: c.reference, format: c.format, sessionId: session?.id ?? null, serviceEtatId: service.id, hashContenu: empreinte(0), versionApres: 1 },
  });
  // La note d'opportunité est écrite à deux mains : l'autre partie la complète le lendemain.
  const coAuteur = (auteur === redacteurCollectivite ? redacteurEtat : redacteurCollectivite) ?? auteur;
  evenement({
    acteurId: coAuteur.id, type: "candidature.modifiee", survenuLe: plus(creeLe, 1),
    resume: `${coAuteur.nom} modifie la section « ${LIBELLES_SECTIONS.note} » (${CHAMPS_NOTE.map(mentionChamp).join(", ")}).`,
    donnees: { section: "note", champs: CHAMPS_NOTE, versionApres: 2, hashContenu: empreinte(0) },
  });
  for (const [i, p] of pieces.entries()) {
    evenement({
      acteurId: p.par.id, type: "piece.deposee", entite: "piece", entiteId: p.id, survenuLe: p.le,
      resume: `${p.par.nom} joint la pièce « ${LIBELLES_PIECES[p.type]} » : ${p.nomFichier}.`,
      donnees: { section: "pieces", champs: [p.type], versionApres: 3 + i, emplacement: p.emplacement, version: 1, nomFichier: p.nomFichier, hashContenu: empreinte(i + 1) },
    });
  }

  if (signee) {
    const avisTexte = "Le service de l'État soutient cette candidature et s'engage à porter l'atelier";
    const parties = [
      { partie: "collectivite" as const, par: signataireCollectivite!, organisation: porteuse, le: plus(creeLe, 8) },
      { partie: "etat" as const, par: signataireEtat!, organisation: service, le: plus(creeLe, 10) },
    ];
    for (const s of parties) {
      const signature = await tx.signature.create({
        data: {
          candidatureId: candidature.id, partie: s.partie, organisationId: s.organisation.id, utilisateurId: s.par.id, hashContenu, signeeLe: s.le,
          ...(s.partie === "etat" && { avis: "favorable" as const, avisTexte }),
        },
      });
      evenement({
        acteurId: s.par.id, type: "signature.apposee", entite: "signature", entiteId: signature.id, survenuLe: s.le,
        resume: s.partie === "collectivite"
          ? `${s.par.nom} signe pour la collectivité.`
          : `${s.par.nom} signe pour le service de l'État. Avis favorable : « ${avisTexte} ». La candidature est signée par les deux parties.`,
        donnees: { partie: s.partie, hashContenu, avis: s.partie === "etat" ? "favorable" : null, statutAvant: "brouillon", statutApres: s.partie === "etat" ? "signee" : "brouillon" },
      });
    }
  }

  let deposeeLe: Date | null = null;
  let derniereDecisionLe: Date | null = null;
  if (DEPOSEES.includes(c.statut)) {
    deposeeLe = plus(creeLe, 12);
    if (session && deposeeLe > session.clotureLe) throw new Error(`${c.reference} : déposée après la clôture de sa session.`);
    const numeroRecepisse = `${c.reference}-D1`;
    const depot = await tx.depot.create({
      data: {
        candidatureId: candidature.id, numero: 1, hashContenu, numeroRecepisse, deposeParId: signataireEtat!.id, deposeLe: deposeeLe,
        contenu: { ...contenu, pieces: pieces.map(({ type, emplacement, version, nomFichier, sha256 }) => ({ type, emplacement, version, nomFichier, sha256 })) },
      },
    });
    evenement({
      acteurId: signataireEtat!.id, type: "candidature.deposee", survenuLe: deposeeLe,
      resume: `${signataireEtat!.nom} dépose la candidature ${c.reference} (récépissé ${numeroRecepisse}).`,
      donnees: { depotId: depot.id, numero: 1, numeroRecepisse, hashContenu },
    });

    // Recevabilité trois semaines après le dépôt (après la clôture, pour une session) ; sélection :
    // à la date de la session, ou un mois plus tard « au fil de l'eau » (local et flash).
    const recevabiliteLe = session ? new Date(Math.max(plus(deposeeLe, 21).getTime(), plus(session.clotureLe, 7).getTime())) : plus(deposeeLe, 21);
    for (const d of DECISIONS[c.statut] ?? []) {
      const selection = d.type === "retenue" || d.type === "non_retenue";
      const decideeLe = selection ? (session?.selectionLe ?? plus(recevabiliteLe, 30)) : recevabiliteLe;
      const decision = await tx.decision.create({
        data: { candidatureId: candidature.id, type: d.type, motivation: d.motivation, decideParId: ctx.referent.id, decideeLe, depotNumero: 1 },
      });
      derniereDecisionLe = decideeLe;
      evenement({
        acteurId: ctx.referent.id, type: typeEvenementDecision(d.type), survenuLe: decideeLe, resume: d.motivation,
        donnees: { decisionId: decision.id, motivation: d.motivation, statutApres: selection || d.type !== "recevable" ? c.statut : "en_instruction" },
      });
    }
  }
  let retrait: { retireeLe: Date; motifRetrait: string } | null = null;
  if (c.statut === "retiree") {
    const par = signataireCollectivite ?? auteur;
    retrait = { retireeLe: plus(creeLe, 30), motifRetrait: "Le projet de territoire est reporté après les élections municipales." };
    evenement({
      acteurId: par.id, type: "candidature.retiree", survenuLe: plus(creeLe, 30),
      resume: `${par.nom} retire la candidature ${c.reference}. Motif : « ${retrait.motifRetrait} »`,
      donnees: { statutAvant: "brouillon", motif: retrait.motifRetrait },
    });
  }

  const derniere = evenements.reduce((d, e) => (e.survenuLe > d ? e.survenuLe : d), creeLe);
  await tx.candidature.update({
    where: { id: candidature.id },
    data: { hashContenu, deposeeLe, decideeLe: derniereDecisionLe, ...retrait, version: 2 + pieces.length, modifieLe: derniere },
  });
  ctx.journal.push(...evenements);
  return candidature.id;
}
