// Messages d'une candidature (issue 12) sur une vraie base. La matrice « qui lit quel message » est
// écrite ci-dessous (le comportement attendu), puis comparée à trois choses que produit le code :
// le fil de chaque profil, le refus d'écrire (même INTROUVABLE qu'une candidature inexistante,
// rien d'écrit), et les destinataires des notifications, déduits des droits de la politique.
// Puis : pièces jointes (contrôles des pièces, téléchargement refusé à qui ne lit pas le message),
// non-lus et accusés de lecture, et l'export d'instruction sans texte de message.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { nomActeur } from "@/lib/candidatures/commun";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import type { VisibiliteMessage } from "@/lib/generated/prisma/client";
import { ecrireMessage } from "@/lib/messages/ecrire-message";
import { ouvrirFil } from "@/lib/messages/fil";
import { telechargerPieceJointe } from "@/lib/messages/http";
import { lecteursMessage } from "@/lib/messages/lecteurs";
import { compterNonLus, listerFil } from "@/lib/messages/queries";
import { GET as exporter } from "@/app/api/instruction/export/route";
import { acteurDe } from "../helpers/acteurs";
import { affecterJure, candidatureDeposee, pdf, type CandidaturePrete } from "../helpers/candidatures";
import * as f from "../helpers/factories";

const cookie = vi.hoisted(() => ({ jeton: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (nom: string) => (cookie.jeton ? { name: nom, value: cookie.jeton } : undefined) }),
  headers: async () => new Headers(),
}));

// ─── La matrice attendue ───────────────────────────────────────────────────────────────────────
// Candidature : commune d'Andouillé (53) principale, CC de l'Ernée porteuse associée, DDT de la
// Mayenne compétente ; le juré lui est affecté.

const PROFILS = [
  "col_membre", // commune d'Andouillé, membre
  "col_signataire", // commune d'Andouillé, signataire
  "associee_signataire", // CC de l'Ernée, porteuse associée
  "autre_col", // commune de Saint-Nazaire (44), signataire
  "ddt_agent", // DDT de la Mayenne
  "ddt_signataire",
  "autre_ddt", // DDTM de la Loire-Atlantique, agent
  "dgaln_referent",
  "dgaln_administrateur",
  "jure", // juré de la session, affecté à la candidature
] as const;
type Profil = (typeof PROFILS)[number];

const VISIBILITES = ["tous", "etat_dgaln", "dgaln"] as const satisfies readonly VisibiliteMessage[];

//                          tous   État+DGALN  DGALN
const LIT: Record<Profil, readonly [boolean, boolean, boolean]> = {
  col_membre:             [true,  false,      false],
  col_signataire:         [true,  false,      false],
  associee_signataire:    [true,  false,      false],
  autre_col:              [false, false,      false],
  ddt_agent:              [true,  true,       false],
  ddt_signataire:         [true,  true,       false],
  autre_ddt:              [false, false,      false],
  dgaln_referent:         [true,  true,       true],
  dgaln_administrateur:   [true,  true,       true],
  jure:                   [false, false,      false],
};
const lit = (p: Profil, v: VisibiliteMessage) => LIT[p][VISIBILITES.indexOf(v)];

// ─── Le monde ──────────────────────────────────────────────────────────────────────────────────

const acteurs = {} as Record<Profil, Acteur>;
let candidature: CandidaturePrete;
let inactif: { id: string };
/** Le message de chaque visibilité, écrit par le référent DGALN, avec une pièce jointe chacun. */
const messages = {} as Record<VisibiliteMessage, { id: string; pieceJointeId: string; contenu: string }>;

async function connecter(acteur: { id: string }) {
  cookie.jeton = randomUUID();
  await prisma.sessionConnexion.create({ data: { sessionToken: cookie.jeton, utilisateurId: acteur.id, expires: new Date(Date.now() + 3_600_000) } });
}

beforeAll(async () => {
  const [andouille, ernee, saintNazaire, ddt53, ddtm44, dgaln] = await Promise.all([
    f.commune("53005"), f.collectivite("245300355"), f.commune("44184"), f.serviceEtat("53"), f.serviceEtat("44"), f.dgaln(),
  ]);
  const utilisateurs: Record<Profil, { id: string }> = {
    col_membre: await f.creerMembre(andouille, "membre"),
    col_signataire: await f.creerMembre(andouille, "signataire"),
    associee_signataire: await f.creerMembre(ernee, "signataire"),
    autre_col: await f.creerMembre(saintNazaire, "signataire"),
    ddt_agent: await f.creerMembre(ddt53, "agent"),
    ddt_signataire: await f.creerMembre(ddt53, "signataire_etat"),
    autre_ddt: await f.creerMembre(ddtm44, "agent"),
    dgaln_referent: await f.creerMembre(dgaln, "referent"),
    dgaln_administrateur: await f.creerMembre(dgaln, "administrateur"),
    jure: await f.creerUtilisateur(),
  };
  for (const p of PROFILS) acteurs[p] = await acteurDe(utilisateurs[p].id);
  // Un membre désactivé de la commune : il ne reçoit rien.
  inactif = await f.creerMembre(andouille, "membre");
  await prisma.utilisateur.update({ where: { id: inactif.id }, data: { actif: false } });

  candidature = await candidatureDeposee({
    principale: andouille,
    porteuses: [ernee],
    redacteur: acteurs.ddt_agent,
    signataireCollectivite: acteurs.col_signataire,
    signataireEtat: acteurs.ddt_signataire,
  });
  await affecterJure(utilisateurs.jure, candidature);
  acteurs.jure = await acteurDe(utilisateurs.jure.id);

  for (const visibilite of VISIBILITES) {
    const contenu = `Message ${visibilite} ${f.unique("contenu")}`;
    const r = await executerAction(ecrireMessage, acteurs.dgaln_referent, {
      candidatureId: candidature.id,
      visibilite,
      contenu,
      piecesJointes: [{ nomFichier: `annexe-${visibilite}.pdf`, contenu: pdf(visibilite) }],
    });
    if (!r.ok) throw new Error(`${r.code} ${r.message}`);
    const pj = await prisma.pieceJointeMessage.findFirstOrThrow({ where: { messageId: r.data.messageId } });
    messages[visibilite] = { id: r.data.messageId, pieceJointeId: pj.id, contenu };
  }
}, 120_000);

// ─── Lire ──────────────────────────────────────────────────────────────────────────────────────

describe("qui lit quel message", () => {
  for (const profil of PROFILS) {
    it(`${profil} : ${VISIBILITES.filter((v) => lit(profil, v)).join(", ") || "aucun message"}`, async () => {
      const fil = await listerFil(acteurs[profil], candidature.id);
      const lus = new Set(fil.map((m) => m.id));
      for (const v of VISIBILITES) expect(lus.has(messages[v].id), `${profil} × ${v}`).toBe(lit(profil, v));
      // Le fil entier (et non seulement nos messages) : rien d'autre ne s'y glisse.
      expect(fil.every((m) => lit(profil, m.visibilite))).toBe(true);
    });
  }

  it("le juré, qui n'a aucun droit sur les messages, n'a pas de fil", async () => {
    expect(await ouvrirFil(acteurs.jure, { ...candidature, porteuses: [] })).toBeNull();
  });
});

describe("qui peut écrire à quelle visibilité", () => {
  for (const profil of PROFILS) {
    for (const visibilite of VISIBILITES) {
      const permis = lit(profil, visibilite);
      it(`${profil} × ${visibilite} : ${permis ? "écrit" : "INTROUVABLE, comme une candidature inexistante"}`, async () => {
        const avant = await prisma.message.count();
        const entree = { candidatureId: candidature.id, visibilite, contenu: `Écrit par ${profil}` };
        const r = await executerAction(ecrireMessage, acteurs[profil], entree);
        if (permis) {
          expect(r.ok).toBe(true);
          expect(await prisma.message.count()).toBe(avant + 1);
          return;
        }
        const inconnue = await executerAction(ecrireMessage, acteurs[profil], { ...entree, candidatureId: randomUUID() });
        expect(r).toEqual({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
        expect(inconnue).toEqual(r);
        expect(await prisma.message.count()).toBe(avant);
      });
    }
  }

  it("refuse un message vide ou trop long, en français, sans rien écrire", async () => {
    const avant = await prisma.message.count();
    const vide = await executerAction(ecrireMessage, acteurs.col_membre, { candidatureId: candidature.id, visibilite: "tous", contenu: "   " });
    const long = await executerAction(ecrireMessage, acteurs.col_membre, { candidatureId: candidature.id, visibilite: "tous", contenu: "a".repeat(5_001) });
    expect(vide).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { contenu: ["Écrivez votre message avant de l'envoyer."] } });
    expect(long).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { contenu: ["Le message ne doit pas dépasser 5 000 caractères."] } });
    expect(await prisma.message.count()).toBe(avant);
  });
});

// ─── Notifications ─────────────────────────────────────────────────────────────────────────────

describe("notifications", () => {
  for (const visibilite of VISIBILITES) {
    it(`message « ${visibilite} » : notifiés exactement ses lecteurs actifs, sauf l'auteur`, async () => {
      const notifies = await prisma.notification.findMany({
        where: { type: "message", candidatureId: candidature.id, utilisateurId: { in: [...PROFILS.map((p) => acteurs[p].id), inactif.id] } },
        select: { utilisateurId: true, titre: true, texte: true, lien: true, creeLe: true },
      });
      // Les messages du référent DGALN à cette visibilité (beforeAll, puis la matrice d'écriture) :
      // leurs notifications nomment l'auteur et la visibilité.
      const libelles = { tous: "Porteurs, service de l'État et DGALN", etat_dgaln: "Service de l'État et DGALN", dgaln: "Note interne DGALN" };
      const auteur = `${nomActeur(acteurs.dgaln_referent)} a écrit un message (${libelles[visibilite]})`;
      const pourCeMessage = notifies.filter((n) => n.texte.startsWith(auteur));
      expect(pourCeMessage.length).toBeGreaterThan(0);
      const attendus = PROFILS.filter((p) => p !== "dgaln_referent" && lit(p, visibilite)).map((p) => acteurs[p].id);
      expect(new Set(pourCeMessage.map((n) => n.utilisateurId))).toEqual(new Set(attendus));
      expect(pourCeMessage.every((n) => n.lien === `/candidatures/${candidature.id}#messages` && n.titre === `Nouveau message sur ${candidature.reference}`)).toBe(true);
      // Le texte du message n'est ni dans la notification ni dans les courriels.
      expect(pourCeMessage.some((n) => n.texte.includes(messages[visibilite].contenu))).toBe(false);
      expect(await prisma.courriel.count({ where: { OR: [{ texte: { contains: messages[visibilite].contenu } }, { html: { contains: messages[visibilite].contenu } }] } })).toBe(0);
    });
  }

  it("les destinataires déduits de la politique sont ceux dont la portée de lecture atteint la candidature", async () => {
    for (const visibilite of VISIBILITES) {
      const lecteurs = new Set(await lecteursMessage(prisma, candidature.id, visibilite));
      const monde = PROFILS.map((p) => acteurs[p]);
      for (const a of monde) {
        const parPolitique = (await listerFil(a, candidature.id)).some((m) => m.visibilite === visibilite);
        expect(lecteurs.has(a.id), `${a.nom} × ${visibilite}`).toBe(parPolitique);
      }
      expect(lecteurs.has(inactif.id)).toBe(false);
    }
  });
});

// ─── Pièces jointes ────────────────────────────────────────────────────────────────────────────

describe("pièces jointes", () => {
  for (const profil of PROFILS) {
    it(`${profil} : télécharge les pièces jointes des seuls messages qu'il lit, 404 sinon (comme une pièce inexistante)`, async () => {
      const inexistante = await (await telechargerPieceJointe(acteurs[profil], randomUUID())).json();
      for (const v of VISIBILITES) {
        const r = await telechargerPieceJointe(acteurs[profil], messages[v].pieceJointeId);
        if (lit(profil, v)) {
          expect(r.status).toBe(200);
          expect(r.headers.get("content-type")).toBe("application/pdf");
          expect(r.headers.get("content-disposition")).toContain(`annexe-${v}.pdf`);
        } else {
          expect(r.status).toBe(404);
          expect(await r.json()).toEqual(inexistante);
        }
      }
    });
  }

  it("passent par les contrôles des pièces : type reconnu par le contenu, 5 au plus ; rien n'est écrit sur refus", async () => {
    const avant = { messages: await prisma.message.count(), fichiers: await prisma.fichier.count() };
    const base = { candidatureId: candidature.id, visibilite: "tous" as const, contenu: "Voici le document." };
    const deguise = await executerAction(ecrireMessage, acteurs.col_membre, {
      ...base,
      piecesJointes: [
        { nomFichier: "bon.pdf", contenu: pdf() },
        { nomFichier: "programme.pdf", contenu: new Uint8Array(Buffer.from("MZ\u0090\u0000 exécutable")) },
      ],
    });
    expect(deguise).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE" });
    expect(!deguise.ok && deguise.fieldErrors?.piecesJointes?.[0]).toContain("« programme.pdf »");
    const six = await executerAction(ecrireMessage, acteurs.col_membre, {
      ...base,
      piecesJointes: Array.from({ length: 6 }, (_, i) => ({ nomFichier: `p${i}.pdf`, contenu: pdf() })),
    });
    expect(six).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { piecesJointes: ["Joignez 5 fichiers au plus à un message."] } });
    expect({ messages: await prisma.message.count(), fichiers: await prisma.fichier.count() }).toEqual(avant);
  });
});

// ─── Non-lus ───────────────────────────────────────────────────────────────────────────────────

describe("messages non lus", () => {
  it("comptés par candidature, parmi les messages lisibles écrits par un autre ; ouvrir le fil les marque lus, notifications comprises", async () => {
    // Une candidature neuve, pour des comptes indépendants des autres tests.
    const autre = await f.creerCandidature({ collectivitePrincipale: await f.commune("53005"), format: "flash" });
    const ecrire = async (acteur: Acteur, visibilite: VisibiliteMessage, candidatureId = autre.id) => {
      const r = await executerAction(ecrireMessage, acteur, { candidatureId, visibilite, contenu: "Question sur le calendrier." });
      if (!r.ok) throw new Error(r.message);
    };
    await ecrire(acteurs.dgaln_referent, "tous");
    await ecrire(acteurs.dgaln_referent, "dgaln");
    await ecrire(acteurs.ddt_agent, "etat_dgaln");
    await ecrire(acteurs.col_membre, "tous");

    const compte = async (p: Profil) => (await compterNonLus(acteurs[p], [autre.id, randomUUID()])).get(autre.id) ?? 0;
    expect(await compte("col_membre")).toBe(1); // « tous » de la DGALN ; le sien ne compte pas
    expect(await compte("col_signataire")).toBe(2);
    expect(await compte("ddt_agent")).toBe(2); // les deux « tous »
    expect(await compte("dgaln_administrateur")).toBe(4);
    expect(await compte("dgaln_referent")).toBe(2); // ceux de la DDT et de la commune
    expect(await compte("autre_col")).toBe(0);
    expect(await compte("jure")).toBe(0);

    expect(await prisma.notification.count({ where: { utilisateurId: acteurs.col_signataire.id, candidatureId: autre.id, lueLe: null } })).toBe(2);
    const fil = await ouvrirFil(acteurs.col_signataire, { ...autre, porteuses: [] });
    expect(fil?.messages.map((m) => m.nouveau)).toEqual([true, true]);
    expect(fil?.ecriture).toEqual(["tous"]);
    expect(await compte("col_signataire")).toBe(0);
    expect(await prisma.notification.count({ where: { utilisateurId: acteurs.col_signataire.id, candidatureId: autre.id, lueLe: null } })).toBe(0);
    // Rouvrir : plus rien de nouveau ; les autres lecteurs gardent leurs non-lus.
    expect((await ouvrirFil(acteurs.col_signataire, { ...autre, porteuses: [] }))?.messages.some((m) => m.nouveau)).toBe(false);
    expect(await compte("col_membre")).toBe(1);
    // Un nouveau message redevient non lu.
    await ecrire(acteurs.ddt_agent, "tous");
    expect(await compte("col_signataire")).toBe(1);
  });
});

// ─── Exports ───────────────────────────────────────────────────────────────────────────────────

describe("export du tableau d'instruction", () => {
  it("ne contient jamais le texte d'un message, ni le nom de ses pièces jointes", async () => {
    await connecter(acteurs.dgaln_referent);
    for (const fichier of ["csv", "xlsx"]) {
      const reponse = await exporter(new Request(`http://localhost/api/instruction/export?fichier=${fichier}&q=${candidature.reference}`), undefined);
      expect(reponse.status).toBe(200);
      const octets = Buffer.from(await reponse.arrayBuffer());
      const texte = fichier === "csv" ? octets.toString("utf8") : await texteXlsx(octets);
      expect(texte).toContain(candidature.reference);
      for (const v of VISIBILITES) {
        expect(texte).not.toContain(messages[v].contenu);
        expect(texte).not.toContain(`annexe-${v}.pdf`);
      }
    }
  });
});

async function texteXlsx(octets: Buffer): Promise<string> {
  const classeur = new ExcelJS.Workbook();
  await classeur.xlsx.load(octets as unknown as ArrayBuffer);
  const cellules: string[] = [];
  classeur.eachSheet((feuille) => feuille.eachRow((ligne) => ligne.eachCell((c) => cellules.push(String(c.text)))));
  return cellules.join("\n");
}
