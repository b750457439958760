/// <reference types="vite/client" />
// La preuve des autorisations sur les vrais cas d'usage (décision 007, issue 9). Pour chaque profil et
// chaque cas d'usage de l'application, exécuté par le pipeline unique (executerAction) :
//   autorisé : l'écriture a lieu (ce que l'utilisateur verrait ensuite) et le journal la porte ;
//   refusé : le code attendu (INTROUVABLE, ou ACCES_REFUSE pour qui voit la ligne sans avoir ce
//   droit), rien d'écrit (base comparée avant et après, journal et courriels compris), et un refus
//   INTROUVABLE identique à celui d'un identifiant inexistant.
// Puis les lectures des écrans : une ligne que le profil ne doit pas voir n'est jamais rendue.
// Les cas autorisés reçoivent une cible neuve ; les refus partagent la leur, puisqu'ils n'écrivent rien.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executerAction, type DefinitionAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { checklistCandidature } from "@/lib/candidatures/checklist";
import { creerCandidature } from "@/lib/candidatures/creer-candidature";
import { deposerCandidature } from "@/lib/candidatures/deposer-candidature";
import { retirerCandidature } from "@/lib/candidatures/retirer-candidature";
import { changerServiceCompetent } from "@/lib/candidatures/changer-service-competent";
import { inviterSignataire } from "@/lib/candidatures/inviter-signataire";
import { lireSections } from "@/lib/candidatures/lire-section";
import { listerMesCandidatures, listerSignatures } from "@/lib/candidatures/liste";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { trouverCandidature } from "@/lib/candidatures/queries";
import { signerCandidature } from "@/lib/candidatures/signer-candidature";
import { listerEvenementsCandidature } from "@/lib/candidatures/timeline";
import { prisma } from "@/lib/db";
import type { CodeErreur } from "@/lib/errors";
import type { Organisation } from "@/lib/generated/prisma/client";
import { accepterInvitation } from "@/lib/organisations/accepter-invitation";
import { inviterMembre } from "@/lib/organisations/inviter-membre";
import { modifierOrganisation } from "@/lib/organisations/modifier-organisation";
import { modifierRole } from "@/lib/organisations/modifier-role";
import { listerOrganisations, trouverDetailOrganisation } from "@/lib/organisations/queries";
import { retirerMembre } from "@/lib/organisations/retirer-membre";
import { deposerPiece } from "@/lib/pieces/deposer-piece";
import { telechargerPiece } from "@/lib/pieces/http";
import { listerPieces } from "@/lib/pieces/queries";
import { remplacerPiece } from "@/lib/pieces/remplacer-piece";
import { retirerPiece } from "@/lib/pieces/retirer-piece";
import { telechargerRecepisse } from "@/lib/recepisse/http";
import { acteurDe } from "../helpers/acteurs";
import { affecterJure, candidatureDeposee, candidaturePrete, candidatureSignee, creerInvitation, pdf, type CandidaturePrete } from "../helpers/candidatures";
import * as f from "../helpers/factories";

// ─── Les profils ───────────────────────────────────────────────────────────────────────────────
// La candidature visée a pour collectivité principale la commune d'Andouillé (53), pour porteuse
// associée la CC de l'Ernée, pour service compétent la DDT de la Mayenne ; le juré y est affecté.

const PROFILS = [
  "col_membre", // commune d'Andouillé, membre
  "col_signataire", // commune d'Andouillé, signataire
  "associee_signataire", // CC de l'Ernée, porteuse associée, signataire
  "autre_col_signataire", // commune de Saint-Nazaire (44), signataire
  "ddt_agent", // DDT de la Mayenne, service compétent
  "ddt_signataire",
  "autre_ddt_agent", // DDTM de la Loire-Atlantique
  "autre_ddt_signataire",
  "dgaln_referent",
  "dgaln_administrateur",
  "jure", // juré de la session, affecté à la candidature
  "sans_appartenance",
] as const;
type Profil = (typeof PROFILS)[number];

// ✓ : autorisé ; 404 : INTROUVABLE (la ligne n'existe pas pour lui) ; 403 : ACCES_REFUSE (il la voit, sans ce droit).
type Attendu = "✓" | "404" | "403";
type Rangee<T> = readonly [T, T, T, T, T, T, T, T, T, T, T, T];
const CODES: Record<Exclude<Attendu, "✓">, CodeErreur> = { "404": "INTROUVABLE", "403": "ACCES_REFUSE" };

// ─── Les écritures attendues ───────────────────────────────────────────────────────────────────

const ECRITURES = {
  //                      col.   col.   assoc. autre  DDT53  DDT53  DDTM44 DDTM44 DGALN  DGALN  juré   sans
  //                      membre sign.  sign.  coll.  agent  sign.  agent  sign.  réf.   admin  affecté appart.
  creer:                 ["✓",   "✓",   "404", "404", "✓",   "✓",   "404", "404", "404", "404", "404", "404"],
  modifier:              ["✓",   "✓",   "✓",   "404", "✓",   "✓",   "404", "404", "404", "404", "404", "404"],
  deposerPiece:          ["✓",   "✓",   "✓",   "404", "✓",   "✓",   "404", "404", "404", "404", "404", "404"],
  remplacerPiece:        ["✓",   "✓",   "✓",   "404", "✓",   "✓",   "404", "404", "404", "404", "404", "404"],
  retirerPiece:          ["✓",   "✓",   "✓",   "404", "✓",   "✓",   "404", "404", "404", "404", "404", "404"],
  signerCollectivite:    ["403", "✓",   "403", "404", "403", "403", "404", "404", "403", "403", "403", "404"],
  signerEtat:            ["403", "403", "403", "404", "403", "✓",   "404", "404", "403", "403", "403", "404"],
  deposer:               ["403", "403", "403", "404", "403", "✓",   "404", "404", "403", "403", "403", "404"],
  retirer:               ["403", "✓",   "403", "404", "403", "✓",   "404", "404", "403", "403", "403", "404"],
  changerService:        ["403", "403", "403", "404", "403", "403", "404", "404", "✓",   "✓",   "403", "404"],
  inviterSignataire:     ["✓",   "✓",   "✓",   "404", "✓",   "✓",   "404", "404", "404", "404", "404", "404"],
  inviterCollectivite:   ["403", "✓",   "404", "404", "404", "404", "404", "404", "403", "✓",   "404", "404"],
  inviterService:        ["404", "404", "404", "404", "403", "✓",   "404", "404", "403", "✓",   "404", "404"],
  modifierRole:          ["403", "✓",   "404", "404", "404", "404", "404", "404", "403", "✓",   "404", "404"],
  retirerMembre:         ["403", "✓",   "404", "404", "404", "404", "404", "404", "403", "✓",   "404", "404"],
  modifierOrganisation:  ["403", "403", "404", "404", "404", "404", "404", "404", "403", "✓",   "404", "404"],
  accepterInvitationAutrui: ["403", "403", "403", "403", "403", "403", "403", "403", "403", "403", "403", "403"],
} as const satisfies Record<string, Rangee<Attendu>>;
type CasEcriture = keyof typeof ECRITURES;

// ─── Les lectures attendues (sur une candidature déposée, ses pièces, son récépissé) ────────────

const LECTURES = {
  //                      col.   col.   assoc. autre  DDT53  DDT53  DDTM44 DDTM44 DGALN  DGALN  juré   sans
  //                      membre sign.  sign.  coll.  agent  sign.  agent  sign.  réf.   admin  affecté appart.
  trouverCandidature:    ["✓",   "✓",   "✓",   "✗",   "✓",   "✓",   "✗",   "✗",   "✓",   "✓",   "✓",   "✗"],
  listerMesCandidatures: ["✓",   "✓",   "✓",   "✗",   "✓",   "✓",   "✗",   "✗",   "✓",   "✓",   "✓",   "✗"],
  lireSections:          ["✓",   "✓",   "✓",   "✗",   "✓",   "✓",   "✗",   "✗",   "✓",   "✓",   "✓",   "✗"],
  checklist:             ["✓",   "✓",   "✓",   "✗",   "✓",   "✓",   "✗",   "✗",   "✓",   "✓",   "✓",   "✗"],
  signatures:            ["✓",   "✓",   "✓",   "✗",   "✓",   "✓",   "✗",   "✗",   "✓",   "✓",   "✓",   "✗"],
  chronologie:           ["✓",   "✓",   "✓",   "✗",   "✓",   "✓",   "✗",   "✗",   "✓",   "✓",   "✓",   "✗"],
  listerPieces:          ["✓",   "✓",   "✓",   "✗",   "✓",   "✓",   "✗",   "✗",   "✓",   "✓",   "✓",   "✗"],
  telechargerPiece:      ["✓",   "✓",   "✓",   "✗",   "✓",   "✓",   "✗",   "✗",   "✓",   "✓",   "✓",   "✗"],
  telechargerRecepisse:  ["✓",   "✓",   "✓",   "✗",   "✓",   "✓",   "✗",   "✗",   "✓",   "✓",   "✓",   "✗"],
  detailCollectivite:    ["✓",   "✓",   "✗",   "✗",   "✗",   "✗",   "✗",   "✗",   "✓",   "✓",   "✗",   "✗"],
  detailService:         ["✗",   "✗",   "✗",   "✗",   "✓",   "✓",   "✗",   "✗",   "✓",   "✓",   "✗",   "✗"],
  listerOrganisations:   ["✓",   "✓",   "✗",   "✗",   "✗",   "✗",   "✗",   "✗",   "✓",   "✓",   "✗",   "✗"],
} as const satisfies Record<string, Rangee<"✓" | "✗">>;
type CasLecture = keyof typeof LECTURES;

// ─── Le monde ──────────────────────────────────────────────────────────────────────────────────

const acteurs = {} as Record<Profil, Acteur>;
let andouille: Organisation, ernee: Organisation, ddt53: Organisation, laval: Organisation;
/** Cibles partagées : la candidature lue, celle des refus de rédaction et de signature, celle des refus de dépôt. */
let lue: CandidaturePrete, enRedaction: CandidaturePrete, signee: CandidaturePrete;
let sessionCreation: { id: string };
let membreCible: { id: string };
let organisationsDuMonde: string[] = [];

beforeAll(async () => {
  const [orgA, orgErnee, saintNazaire, orgDdt53, ddtm44, dgaln, orgLaval] = await Promise.all([
    f.commune("53005"), f.collectivite("245300355"), f.commune("44184"), f.serviceEtat("53"), f.serviceEtat("44"), f.dgaln(), f.commune("53130"),
  ]);
  laval = orgLaval;
  andouille = orgA;
  ernee = orgErnee;
  ddt53 = orgDdt53;
  organisationsDuMonde = [orgA, orgErnee, saintNazaire, orgDdt53, ddtm44, dgaln].map((o) => o.id);
  const utilisateurs: Record<Profil, { id: string }> = {
    col_membre: await f.creerMembre(andouille, "membre"),
    col_signataire: await f.creerMembre(andouille, "signataire"),
    associee_signataire: await f.creerMembre(ernee, "signataire"),
    autre_col_signataire: await f.creerMembre(saintNazaire, "signataire"),
    ddt_agent: await f.creerMembre(ddt53, "agent"),
    ddt_signataire: await f.creerMembre(ddt53, "signataire_etat"),
    autre_ddt_agent: await f.creerMembre(ddtm44, "agent"),
    autre_ddt_signataire: await f.creerMembre(ddtm44, "signataire_etat"),
    dgaln_referent: await f.creerMembre(dgaln, "referent"),
    dgaln_administrateur: await f.creerMembre(dgaln, "administrateur"),
    jure: await f.creerUtilisateur(),
    sans_appartenance: await f.creerUtilisateur(),
  };
  for (const profil of PROFILS) acteurs[profil] = await acteurDe(utilisateurs[profil].id);

  const parties = {
    principale: andouille,
    porteuses: [ernee],
    redacteur: acteurs.ddt_agent,
    signataireCollectivite: acteurs.col_signataire,
    signataireEtat: acteurs.ddt_signataire,
  };
  lue = await candidatureDeposee(parties);
  enRedaction = await candidaturePrete(parties);
  signee = await candidatureSignee(parties);
  for (const c of [lue, enRedaction, signee]) await affecterJure(utilisateurs.jure, c);
  // Le juré est chargé après ses affectations, comme à sa prochaine requête.
  acteurs.jure = await acteurDe(utilisateurs.jure.id);

  sessionCreation = await f.creerSession({ statut: "ouverte" });
  const membre = await f.creerMembre(andouille, "membre");
  membreCible = await prisma.appartenance.findFirstOrThrow({ where: { utilisateurId: membre.id } });
}, 120_000);

// ─── Ce que la base contient : comparé avant et après chaque refus ─────────────────────────────

type EtatBase = Record<string, string>;

async function etatBase(): Promise<EtatBase> {
  const [ligne] = await prisma.$queryRaw<EtatBase[]>`
    SELECT
      (SELECT coalesce(max(id), 0)::text FROM evenement) AS evenements,
      (SELECT count(*)::text FROM courriel) AS courriels,
      (SELECT count(*)::text FROM notification) AS notifications,
      (SELECT count(*)::text FROM depot) AS depots,
      (SELECT count(*)::text FROM fichier) AS fichiers,
      (SELECT md5(coalesce(string_agg(concat_ws(':', id, version, statut, "hashContenu", titre), ',' ORDER BY id), '')) FROM candidature) AS candidatures,
      (SELECT md5(coalesce(string_agg(concat_ws(':', id, courante), ',' ORDER BY id), '')) FROM piece) AS pieces,
      (SELECT md5(coalesce(string_agg(concat_ws(':', id, "invalideeLe"), ',' ORDER BY id), '')) FROM signature) AS signatures,
      (SELECT md5(coalesce(string_agg(concat_ws(':', id, role), ',' ORDER BY id), '')) FROM appartenance) AS appartenances,
      (SELECT md5(coalesce(string_agg(concat_ws(':', id, "utiliseeLe", "expireLe"), ',' ORDER BY id), '')) FROM invitation) AS invitations,
      (SELECT max("modifieLe")::text FROM organisation WHERE id = ANY(${organisationsDuMonde}::uuid[])) AS organisations`;
  return ligne!;
}

const differences = (avant: EtatBase, apres: EtatBase) => Object.keys(avant).filter((k) => avant[k] !== apres[k]);

// ─── Les cas d'usage ───────────────────────────────────────────────────────────────────────────

type Preparation<S extends z.ZodType, T> = {
  entree: z.input<S>;
  /** La même entrée avec un identifiant inexistant : son refus doit être identique. */
  inconnue?: z.input<S>;
  /** Pour un cas autorisé : ce que l'utilisateur constaterait ensuite. */
  ecrit?: (data: T, acteur: Acteur) => Promise<boolean>;
};

type Cas = {
  action: DefinitionAction<z.ZodType, unknown>;
  preparer: (autorise: boolean) => Promise<Preparation<z.ZodType, unknown>>;
};

/** Relie un cas de la table à son cas d'usage, en gardant les types de son entrée et de son résultat. */
function cas<S extends z.ZodType, T>(action: DefinitionAction<S, T>, preparer: (autorise: boolean) => Promise<Preparation<NoInfer<S>, NoInfer<T>>>): Cas {
  return { action, preparer } as unknown as Cas;
}

/** Cible neuve d'un cas de rédaction autorisé : une candidature en brouillon avec une pièce. */
async function brouillonNeuf() {
  const c = await f.creerCandidature({ collectivitePrincipale: andouille, porteuses: [ernee], format: "flash" });
  return { ...c, piece: await f.creerPiece({ candidature: c }) };
}

async function pieceCourante(candidatureId: string) {
  return prisma.piece.findFirstOrThrow({ where: { candidatureId, courante: true }, orderBy: { creeLe: "asc" } });
}

const preteNeuve = () => candidaturePrete({ principale: andouille, porteuses: [ernee], redacteur: acteurs.ddt_agent });

const CAS: Record<CasEcriture, Cas> = {
  creer: cas(creerCandidature, async (autorise) => {
    // Une session neuve par création autorisée : R7 n'oppose jamais deux cas l'un à l'autre.
    const session = autorise ? await f.creerSession({ statut: "ouverte" }) : sessionCreation;
    return {
      entree: { collectiviteId: andouille.id, format: "national" as const, sessionId: session.id },
      ecrit: async (data, acteur) =>
        (await prisma.candidature.count({ where: { id: data.candidatureId, collectivitePrincipaleId: andouille.id, creeParId: acteur.id, sessionId: session.id } })) === 1,
    };
  }),

  modifier: cas(modifierCandidature, async (autorise) => {
    const c = autorise ? await brouillonNeuf() : enRedaction;
    const titre = `Réinvestir le centre-bourg ${randomUUID().slice(0, 8)}`;
    const note = { section: "note" as const, titre, localisation: "Centre-bourg", objet: "", objectifs: "", ressources: "", dynamiquesTerritoire: "", dynamiquesAmenagement: "" };
    const version = (await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } })).version;
    return {
      entree: { candidatureId: c.id, version, ...note },
      inconnue: { candidatureId: randomUUID(), version, ...note },
      ecrit: async () => (await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } })).titre === titre,
    };
  }),

  deposerPiece: cas(deposerPiece, async (autorise) => {
    const c = autorise ? await brouillonNeuf() : enRedaction;
    const entree = { candidatureId: c.id, type: "autre" as const, nomFichier: "annexe.pdf", contenu: pdf("annexe") };
    return {
      entree,
      inconnue: { ...entree, candidatureId: randomUUID() },
      ecrit: async (data) => (await listerPieces(acteurs.col_membre, c.id)).some((p) => p.id === data.pieceId && p.type === "autre"),
    };
  }),

  remplacerPiece: cas(remplacerPiece, async (autorise) => {
    const c = autorise ? await brouillonNeuf() : enRedaction;
    const avant = await pieceCourante(c.id);
    const entree = { candidatureId: c.id, emplacement: avant.emplacement, nomFichier: "note-v2.pdf", contenu: pdf("version 2") };
    return {
      entree,
      inconnue: { ...entree, candidatureId: randomUUID() },
      ecrit: async (data) => {
        const pieces = await listerPieces(acteurs.col_membre, c.id, { historique: true });
        const versions = pieces.filter((p) => p.emplacement === avant.emplacement);
        return versions.find((p) => p.courante)?.id === data.pieceId && versions.some((p) => p.id === avant.id && !p.courante);
      },
    };
  }),

  retirerPiece: cas(retirerPiece, async (autorise) => {
    const c = autorise ? await brouillonNeuf() : enRedaction;
    const piece = await pieceCourante(c.id);
    return {
      entree: { pieceId: piece.id },
      inconnue: { pieceId: randomUUID() },
      ecrit: async () => !(await listerPieces(acteurs.col_membre, c.id)).some((p) => p.id === piece.id),
    };
  }),

  signerCollectivite: cas(signerCandidature, async (autorise) => {
    const c = autorise ? await preteNeuve() : enRedaction;
    const entree = { candidatureId: c.id, partie: "collectivite" as const, hashContenu: c.hashContenu };
    return {
      entree,
      inconnue: { ...entree, candidatureId: randomUUID() },
      ecrit: async (_data, acteur) =>
        (await listerSignatures(acteurs.ddt_agent, c.id)).some((s) => s.partie === "collectivite" && !s.invalideeLe && s.hashContenu === c.hashContenu && s.utilisateur.email === acteur.email),
    };
  }),

  signerEtat: cas(signerCandidature, async (autorise) => {
    const c = autorise ? await preteNeuve() : enRedaction;
    const entree = { candidatureId: c.id, partie: "etat" as const, hashContenu: c.hashContenu, avis: "favorable" as const };
    return {
      entree,
      inconnue: { ...entree, candidatureId: randomUUID() },
      ecrit: async (_data, acteur) =>
        (await listerSignatures(acteurs.col_membre, c.id)).some((s) => s.partie === "etat" && !s.invalideeLe && s.hashContenu === c.hashContenu && s.utilisateur.email === acteur.email),
    };
  }),

  deposer: cas(deposerCandidature, async (autorise) => {
    const c = autorise
      ? await candidatureSignee({ principale: andouille, porteuses: [ernee], redacteur: acteurs.ddt_agent, signataireCollectivite: acteurs.col_signataire, signataireEtat: acteurs.ddt_signataire })
      : signee;
    return {
      entree: { candidatureId: c.id, hashContenu: c.hashContenu },
      inconnue: { candidatureId: randomUUID(), hashContenu: c.hashContenu },
      ecrit: async (data) =>
        (await trouverCandidature(acteurs.col_membre, c.id))?.statut === "deposee" &&
        (await telechargerRecepisse(acteurs.col_membre, c.id, String(data.numero))).status === 200,
    };
  }),

  retirer: cas(retirerCandidature, async (autorise) => {
    const c = autorise ? await brouillonNeuf() : enRedaction;
    const entree = { candidatureId: c.id, motif: "Le conseil municipal reporte le projet." };
    return {
      entree,
      inconnue: { ...entree, candidatureId: randomUUID() },
      ecrit: async () => (await trouverCandidature(acteurs.col_membre, c.id))?.statut === "retiree",
    };
  }),

  changerService: cas(changerServiceCompetent, async (autorise) => {
    // R4 : seule une collectivité sur plusieurs départements a un autre service possible (CA Beaune Côte et Sud, 21 et 71).
    const c = autorise ? await f.creerCandidature({ collectivitePrincipale: await f.collectivite("200006682"), format: "flash" }) : enRedaction;
    const nouveau = await f.serviceEtat("71");
    const entree = { candidatureId: c.id, serviceEtatId: nouveau.id };
    return {
      entree,
      inconnue: { ...entree, candidatureId: randomUUID() },
      ecrit: async () => (await trouverCandidature(acteurs.dgaln_referent, c.id))?.serviceEtatId === nouveau.id,
    };
  }),

  inviterSignataire: cas(inviterSignataire, async () => {
    // Laval, principale, n'a aucun compte : les porteurs (Andouillé et l'Ernée, associées, et la DDT) invitent son signataire.
    const c = await f.creerCandidature({ collectivitePrincipale: laval, porteuses: [andouille, ernee], format: "flash" });
    const email = `${f.unique("maire")}@laval.example`;
    return {
      entree: { candidatureId: c.id, partie: "collectivite" as const, email },
      inconnue: { candidatureId: randomUUID(), partie: "collectivite" as const, email },
      ecrit: async () => (await prisma.invitation.count({ where: { organisationId: laval.id, email, role: "signataire", utiliseeLe: null } })) === 1,
    };
  }),

  inviterCollectivite: cas(inviterMembre, async () => {
    const email = `${f.unique("invite")}@test.example`;
    return {
      entree: { organisationId: andouille.id, email, role: "membre" as const },
      inconnue: { organisationId: randomUUID(), email, role: "membre" as const },
      ecrit: async () => (await prisma.invitation.count({ where: { organisationId: andouille.id, email, role: "membre", utiliseeLe: null } })) === 1,
    };
  }),

  inviterService: cas(inviterMembre, async () => {
    const email = `${f.unique("invite")}@test.example`;
    return {
      entree: { organisationId: ddt53.id, email, role: "agent" as const },
      inconnue: { organisationId: randomUUID(), email, role: "agent" as const },
      ecrit: async () => (await prisma.invitation.count({ where: { organisationId: ddt53.id, email, role: "agent", utiliseeLe: null } })) === 1,
    };
  }),

  modifierRole: cas(modifierRole, async (autorise) => {
    const cible = autorise ? await nouveauMembre() : membreCible;
    return {
      entree: { appartenanceId: cible.id, role: "signataire" as const },
      inconnue: { appartenanceId: randomUUID(), role: "signataire" as const },
      ecrit: async () => (await prisma.appartenance.findUnique({ where: { id: cible.id } }))?.role === "signataire",
    };
  }),

  retirerMembre: cas(retirerMembre, async (autorise) => {
    const cible = autorise ? await nouveauMembre() : membreCible;
    return {
      entree: { appartenanceId: cible.id },
      inconnue: { appartenanceId: randomUUID() },
      ecrit: async () => (await prisma.appartenance.count({ where: { id: cible.id } })) === 0,
    };
  }),

  modifierOrganisation: cas(modifierOrganisation, async () => {
    const actuelle = await prisma.organisation.findUniqueOrThrow({ where: { id: andouille.id } });
    const courriel = `${f.unique("mairie")}@andouille.example`;
    const entree = { organisationId: andouille.id, modifieLe: actuelle.modifieLe.toISOString(), nom: actuelle.nom, courriel, siret: "" };
    return {
      entree,
      inconnue: { ...entree, organisationId: randomUUID() },
      ecrit: async () => (await prisma.organisation.findUniqueOrThrow({ where: { id: andouille.id } })).courriel === courriel,
    };
  }),

  accepterInvitationAutrui: cas(accepterInvitation, async () => {
    // Une invitation adressée à une autre personne : le lien ne sert qu'à elle, quel que soit le rôle de qui clique.
    const { jeton } = await creerInvitation({ organisation: andouille, invitant: acteurs.col_signataire, role: "signataire" });
    return { entree: { jeton } };
  }),
};

async function nouveauMembre() {
  const u = await f.creerMembre(andouille, "membre");
  return prisma.appartenance.findFirstOrThrow({ where: { utilisateurId: u.id } });
}

// ─── Les lectures ──────────────────────────────────────────────────────────────────────────────

/** Toutes les pages de « Mes candidatures » : la ligne y figure-t-elle ? */
async function dansMesCandidatures(acteur: Acteur, id: string): Promise<boolean> {
  for (let page = 1; ; page++) {
    const resultat = await listerMesCandidatures(acteur, { tri: "reference", page });
    if (resultat.lignes.some((l) => l.id === id)) return true;
    if (page * resultat.parPage >= resultat.total) return false;
  }
}

const LIRE: Record<CasLecture, (acteur: Acteur) => Promise<boolean>> = {
  trouverCandidature: async (a) => (await trouverCandidature(a, lue.id))?.id === lue.id,
  listerMesCandidatures: (a) => dansMesCandidatures(a, lue.id),
  lireSections: async (a) => (await lireSections(a, lue.id))?.candidatureId === lue.id,
  checklist: async (a) => (await checklistCandidature(a, lue.id)) !== null,
  signatures: async (a) => (await listerSignatures(a, lue.id)).length > 0,
  chronologie: async (a) => ((await listerEvenementsCandidature(a, lue.id))?.length ?? 0) > 0,
  listerPieces: async (a) => (await listerPieces(a, lue.id)).length > 0,
  telechargerPiece: async (a) => (await telechargerPiece(a, (await pieceCourante(lue.id)).id)).status === 200,
  telechargerRecepisse: async (a) => (await telechargerRecepisse(a, lue.id, null)).status === 200,
  detailCollectivite: async (a) => (await trouverDetailOrganisation(a, andouille.id))?.organisation.id === andouille.id,
  detailService: async (a) => (await trouverDetailOrganisation(a, ddt53.id))?.organisation.id === ddt53.id,
  listerOrganisations: async (a) => (await listerOrganisations(a, { recherche: "53005" })).organisations.some((o) => o.id === andouille.id),
};

// ─── La matrice ────────────────────────────────────────────────────────────────────────────────

const bilan = { ecritures: 0, autorisees: 0, refusees: 0, lectures: 0, lectures_refusees: 0 };
const nombreEcritures = Object.keys(ECRITURES).length * PROFILS.length;
const nombreLectures = Object.keys(LECTURES).length * PROFILS.length;

describe(`écritures : ${Object.keys(ECRITURES).length} cas d'usage × ${PROFILS.length} profils = ${nombreEcritures} cas`, () => {
  for (const [nom, rangee] of Object.entries(ECRITURES) as [CasEcriture, Rangee<Attendu>][]) {
    it(`${nom} (${rangee.filter((a) => a === "✓").length} autorisés, ${rangee.filter((a) => a !== "✓").length} refusés)`, async () => {
      const { action, preparer } = CAS[nom];
      const ecarts: string[] = [];
      for (const [i, profil] of PROFILS.entries()) {
        const attendu = rangee[i]!;
        const acteur = acteurs[profil];
        const preparation = await preparer(attendu === "✓");
        const avant = await etatBase();
        const resultat = await executerAction(action, acteur, preparation.entree);
        const apres = await etatBase();
        bilan.ecritures += 1;
        if (attendu === "✓") {
          bilan.autorisees += 1;
          if (!resultat.ok) {
            ecarts.push(`${profil} : refusé (${resultat.code}) au lieu d'autorisé`);
            continue;
          }
          const journal = await prisma.evenement.count({ where: { id: { gt: BigInt(avant.evenements!) }, acteurId: acteur.id } });
          if (journal === 0) ecarts.push(`${profil} : aucune entrée au journal`);
          if (!(await preparation.ecrit!(resultat.data, acteur))) ecarts.push(`${profil} : l'écriture n'est pas visible`);
          continue;
        }
        bilan.refusees += 1;
        const code = CODES[attendu];
        if (resultat.ok || resultat.code !== code) ecarts.push(`${profil} : ${resultat.ok ? "autorisé" : resultat.code} au lieu de ${code}`);
        const ecrites = differences(avant, apres);
        if (ecrites.length) ecarts.push(`${profil} : refusé mais a écrit (${ecrites.join(", ")})`);
        if (code === "INTROUVABLE" && preparation.inconnue && !resultat.ok) {
          const inconnue = await executerAction(action, acteur, preparation.inconnue);
          const memeRefus = !inconnue.ok && inconnue.code === resultat.code && inconnue.message === resultat.message;
          if (!memeRefus) ecarts.push(`${profil} : le refus diffère de celui d'un identifiant inexistant`);
        }
      }
      expect(ecarts).toEqual([]);
    });
  }
});

describe(`lectures : ${Object.keys(LECTURES).length} lectures × ${PROFILS.length} profils = ${nombreLectures} cas`, () => {
  for (const [nom, rangee] of Object.entries(LECTURES) as [CasLecture, Rangee<"✓" | "✗">][]) {
    it(nom, async () => {
      const ecarts: string[] = [];
      for (const [i, profil] of PROFILS.entries()) {
        const attendu = rangee[i] === "✓";
        bilan.lectures += 1;
        if (!attendu) bilan.lectures_refusees += 1;
        if ((await LIRE[nom](acteurs[profil])) !== attendu) ecarts.push(`${profil} : ${attendu ? "ne voit pas" : "voit"} la ligne`);
      }
      expect(ecarts).toEqual([]);
    });
  }

  it("hors périmètre, un téléchargement répond comme pour un identifiant inexistant", async () => {
    const etranger = acteurs.autre_ddt_signataire;
    const piece = await telechargerPiece(etranger, (await pieceCourante(lue.id)).id);
    const inconnue = await telechargerPiece(etranger, randomUUID());
    expect([piece.status, await piece.json()]).toEqual([inconnue.status, await inconnue.json()]);
    const recepisse = await telechargerRecepisse(etranger, lue.id, null);
    const recepisseInconnu = await telechargerRecepisse(etranger, randomUUID(), null);
    expect([recepisse.status, await recepisse.json()]).toEqual([recepisseInconnu.status, await recepisseInconnu.json()]);
  });
});

describe("le pipeline et la table", () => {
  it("sans session, chaque cas d'usage répond NON_AUTHENTIFIE et n'écrit rien", async () => {
    for (const [nom, { action, preparer }] of Object.entries(CAS)) {
      const { entree } = await preparer(false);
      const avant = await etatBase();
      expect(await executerAction(action, null, entree), nom).toMatchObject({ ok: false, code: "NON_AUTHENTIFIE" });
      expect(differences(avant, await etatBase()), nom).toEqual([]);
    }
  });

  it("la personne invitée accepte son invitation et devient membre avec le rôle proposé", async () => {
    const invitee = await f.creerUtilisateur();
    const { jeton } = await creerInvitation({ organisation: andouille, invitant: acteurs.col_signataire, role: "membre", email: invitee.email });
    const resultat = await executerAction(accepterInvitation, await acteurDe(invitee.id), { jeton });
    expect(resultat).toMatchObject({ ok: true, data: { organisationId: andouille.id, role: "membre" } });
    expect(await prisma.appartenance.count({ where: { utilisateurId: invitee.id, organisationId: andouille.id, role: "membre" } })).toBe(1);
  });

  it("chaque cas d'usage de lib/candidatures, lib/pieces et lib/organisations figure dans la matrice", async () => {
    const modules = import.meta.glob(["/lib/{candidatures,pieces,organisations}/*.ts", "!/lib/**/*.test.ts"]);
    const actions = new Set<string>();
    for (const charger of Object.values(modules)) {
      for (const exporte of Object.values((await charger()) as Record<string, unknown>)) {
        const definition = exporte as Partial<DefinitionAction<z.ZodType, unknown>> | null;
        if (definition && typeof definition === "object" && typeof definition.nom === "string" && typeof definition.executer === "function") {
          actions.add(definition.nom);
        }
      }
    }
    const couvertes = new Set(Object.values(CAS).map((c) => c.action.nom));
    expect(actions.size).toBeGreaterThan(0);
    expect([...actions].filter((nom) => !couvertes.has(nom))).toEqual([]);
  });
});

afterAll(() => {
  console.log(
    `[matrice des autorisations] ${PROFILS.length} profils ; écritures : ${bilan.ecritures} cas (${bilan.autorisees} autorisés, ` +
      `${bilan.refusees} refusés sans rien écrire) ; lectures : ${bilan.lectures} cas (${bilan.lectures - bilan.lectures_refusees} visibles, ` +
      `${bilan.lectures_refusees} jamais rendues).`,
  );
});
