// Pièces d'une candidature sur une vraie base : dépôt, remplacement (la version précédente reste),
// retrait ; R8 par le contenu ; annulation des signatures ; et les routes HTTP appelées directement
// (multipart, plafond de 20 Mo, 401, 404 hors périmètre, en-têtes du téléchargement).
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { nomCookieSession } from "@/lib/auth/parametres";
import { creerCandidature } from "@/lib/candidatures/creer-candidature";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import { TAILLE_MAX_OCTETS } from "@/lib/fichiers/type-fichier";
import type { RoleAppartenance } from "@/lib/generated/prisma/client";
import { deposerPiece } from "@/lib/pieces/deposer-piece";
import { dispositionPieceJointe } from "@/lib/pieces/http";
import { remplacerPiece } from "@/lib/pieces/remplacer-piece";
import { retirerPiece } from "@/lib/pieces/retirer-piece";
import { idServiceEtat } from "@/lib/referentiel/identifiants";
import { acteurDe } from "@/tests/helpers/acteurs";
import { POST as televerser } from "@/app/api/candidatures/[id]/pieces/route";
import { GET as telecharger } from "@/app/api/pieces/[id]/route";

// Les routes lisent la session dans le cookie de next-auth (next/headers) : on le fournit ici.
const cookie = vi.hoisted(() => ({ jeton: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (nom: string) => (cookie.jeton && nom === nomCookieSession() ? { name: nom, value: cookie.jeton } : undefined) }),
}));

const DDT_53 = idServiceEtat("53");
const DDT_44 = idServiceEtat("44");

async function personne(organisationId: string, role: RoleAppartenance, prenom = "Camille", nom: string = role): Promise<Acteur> {
  const u = await prisma.utilisateur.create({
    data: { email: `${role}.${randomUUID().slice(0, 8)}@test.example`, prenom, nom, appartenances: { create: { organisationId, role } } },
  });
  return acteurDe(u.id);
}

/** Ouvre une session next-auth pour cet acteur : les routes le trouveront dans le cookie. */
async function connecter(acteur: Acteur | null) {
  if (!acteur) {
    cookie.jeton = undefined;
    return;
  }
  cookie.jeton = randomUUID();
  await prisma.sessionConnexion.create({ data: { sessionToken: cookie.jeton, utilisateurId: acteur.id, expires: new Date(Date.now() + 3_600_000) } });
}

let rang = 0;
async function communeLibre() {
  const [commune] = await prisma.organisation.findMany({ where: { type: "commune", codeDepartement: "53" }, orderBy: { codeInsee: "desc" }, skip: rang++, take: 1 });
  return commune!;
}

async function monde() {
  const commune = await communeLibre();
  const membre = await personne(commune.id, "membre", "Jean", "Secrétaire");
  const creee = await executerAction(creerCandidature, membre, { collectiviteId: commune.id, format: "flash" });
  if (!creee.ok) throw new Error(creee.message);
  return {
    commune,
    membre,
    maire: await personne(commune.id, "signataire", "Marie", "Maire"),
    agent: await personne(DDT_53, "agent", "Paul", "Agent"),
    signataireEtat: await personne(DDT_53, "signataire_etat", "Sophie", "Directrice"),
    etrangerCommune: await personne((await communeLibre()).id, "signataire"),
    etrangerDdt: await personne(DDT_44, "signataire_etat"),
    candidatureId: creee.data.candidatureId,
  };
}

const pdf = (texte: string) => Buffer.from(`%PDF-1.7\n% ${texte}\n%%EOF\n`);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

function donnees<T>(resultat: { ok: true; data: T } | { ok: false; code: string; message: string }): T {
  if (!resultat.ok) throw new Error(`Action refusée : ${resultat.code} — ${resultat.message}`);
  return resultat.data;
}

function requeteMultipart(candidatureId: string, champs: Record<string, string>, fichier?: { octets: Uint8Array; nom: string }) {
  const formulaire = new FormData();
  for (const [cle, valeur] of Object.entries(champs)) formulaire.set(cle, valeur);
  if (fichier) formulaire.set("fichier", new File([new Uint8Array(fichier.octets)], fichier.nom, { type: "application/octet-stream" }));
  return new Request(`http://localhost/api/candidatures/${candidatureId}/pieces`, { method: "POST", body: formulaire });
}

const contexte = (id: string) => ({ params: Promise.resolve({ id }) });

describe("déposer, remplacer, retirer une pièce", () => {
  it("une pièce déposée est rangée en base (version 1), remplacée en version 2 sans perdre la 1, puis retirée ; chaque fois la version et l'empreinte changent", async () => {
    const m = await monde();
    const v1 = donnees(await executerAction(deposerPiece, m.membre, { candidatureId: m.candidatureId, type: "note_opportunite", nomFichier: "Note d'opportunité.pdf", contenu: pdf("v1") }));
    expect(v1).toMatchObject({ type: "note_opportunite", version: 1, nomFichier: "Note d'opportunité.pdf", typeMime: "application/pdf", versionCandidature: 2 });
    const v2 = donnees(await executerAction(remplacerPiece, m.agent, { candidatureId: m.candidatureId, emplacement: v1.emplacement, nomFichier: "note-v2.pdf", contenu: pdf("v2") }));
    expect(v2).toMatchObject({ emplacement: v1.emplacement, version: 2, versionCandidature: 3 });
    expect(v2.hashContenu).not.toBe(v1.hashContenu);
    const versions = await prisma.piece.findMany({ where: { emplacement: v1.emplacement }, orderBy: { version: "asc" } });
    expect(versions.map((p) => [p.version, p.courante])).toEqual([[1, false], [2, true]]);
    const retiree = donnees(await executerAction(retirerPiece, m.maire, { pieceId: v2.pieceId }));
    expect(retiree.versionCandidature).toBe(4);
    expect(await prisma.piece.count({ where: { candidatureId: m.candidatureId, courante: true } })).toBe(0);
    expect(await prisma.piece.count({ where: { candidatureId: m.candidatureId } })).toBe(2);
    expect(await executerAction(retirerPiece, m.maire, { pieceId: v2.pieceId })).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE" });
    const types = (await prisma.evenement.findMany({ where: { candidatureId: m.candidatureId }, orderBy: { id: "asc" } })).map((e) => e.type);
    expect(types).toEqual(["candidature.creee", "piece.deposee", "piece.remplacee", "piece.retiree"]);
  });

  it("R8 : le type est reconnu par le contenu ; un exécutable renommé, un fichier vide et 20 Mo + 1 octet sont refusés en français", async () => {
    const m = await monde();
    const base = { candidatureId: m.candidatureId, type: "note_opportunite" };
    const exe = await executerAction(deposerPiece, m.membre, { ...base, nomFichier: "note.pdf", contenu: Buffer.from("MZ\x90\x00 programme") });
    expect(exe).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", message: expect.stringContaining("n'est pas d'un type accepté (PDF, ODT, DOCX, PNG ou JPEG)") });
    const vide = await executerAction(deposerPiece, m.membre, { ...base, nomFichier: "vide.pdf", contenu: new Uint8Array(0) });
    expect(vide).toMatchObject({ ok: false, message: "Ce fichier est vide : choisissez le document à joindre." });
    const gros = Buffer.alloc(TAILLE_MAX_OCTETS + 1);
    gros.write("%PDF-1.7");
    const trop = await executerAction(deposerPiece, m.membre, { ...base, nomFichier: "gros.pdf", contenu: gros });
    expect(trop).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", message: "Ce fichier dépasse 20\u00a0Mo (il fait 20,1\u00a0Mo).", fieldErrors: { fichier: [expect.any(String)] } });
    // Un PNG nommé « .pdf » est un PNG : le nom prend l'extension du type reconnu.
    const png = donnees(await executerAction(deposerPiece, m.membre, { ...base, type: "autre", nomFichier: "plan.pdf", contenu: PNG }));
    expect(png).toMatchObject({ typeMime: "image/png", nomFichier: "plan.pdf.png" });
    expect(await prisma.piece.count({ where: { candidatureId: m.candidatureId } })).toBe(1);
  });

  it("remplacer une pièce signée annule les deux signatures, ramène au brouillon et prévient les deux parties", async () => {
    const m = await monde();
    const v1 = donnees(await executerAction(deposerPiece, m.membre, { candidatureId: m.candidatureId, type: "note_opportunite", nomFichier: "note.pdf", contenu: pdf("v1") }));
    // Deux signatures valides sur le contenu actuel (le parcours complet de signature est testé ailleurs).
    const c = await prisma.candidature.update({ where: { id: m.candidatureId }, data: { statut: "signee" } });
    await prisma.signature.createMany({
      data: [
        { candidatureId: c.id, partie: "collectivite", organisationId: c.collectivitePrincipaleId, utilisateurId: m.maire.id, hashContenu: v1.hashContenu },
        { candidatureId: c.id, partie: "etat", organisationId: DDT_53, utilisateurId: m.signataireEtat.id, hashContenu: v1.hashContenu, avis: "favorable" },
      ],
    });
    const v2 = donnees(await executerAction(remplacerPiece, m.agent, { candidatureId: m.candidatureId, emplacement: v1.emplacement, nomFichier: "note-v2.pdf", contenu: pdf("v2") }));
    expect(v2.signaturesInvalidees.map((s) => s.partie).sort()).toEqual(["collectivite", "etat"]);
    const signatures = await prisma.signature.findMany({ where: { candidatureId: m.candidatureId } });
    expect(signatures.every((s) => s.invalideeLe !== null)).toBe(true);
    expect(signatures[0]!.motifInvalidation).toBe("Contenu modifié : la pièce « Note d'opportunité valant candidature » a été remplacée par Paul Agent.");
    expect((await prisma.candidature.findUniqueOrThrow({ where: { id: m.candidatureId } })).statut).toBe("brouillon");
    const courriels = await prisma.courriel.findMany({ where: { sujet: { startsWith: "Signatures annulées" }, texte: { contains: m.candidatureId } } });
    expect(courriels.map((x) => x.destinataire)).toEqual(expect.arrayContaining([m.maire.email, m.membre.email, m.signataireEtat.email]));
    expect(courriels.map((x) => x.destinataire)).not.toContain(m.agent.email);
    expect(await prisma.evenement.count({ where: { candidatureId: m.candidatureId, type: "signature.invalidee" } })).toBe(2);
  });

  it("étrangers (autre commune, DDT 44) : déposer, remplacer, retirer → INTROUVABLE, rien n'est écrit", async () => {
    const m = await monde();
    const v1 = donnees(await executerAction(deposerPiece, m.membre, { candidatureId: m.candidatureId, type: "note_opportunite", nomFichier: "note.pdf", contenu: pdf("v1") }));
    for (const etranger of [m.etrangerCommune, m.etrangerDdt]) {
      const refus = { ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE };
      expect(await executerAction(deposerPiece, etranger, { candidatureId: m.candidatureId, type: "autre", nomFichier: "x.pdf", contenu: pdf("x") })).toMatchObject(refus);
      expect(await executerAction(remplacerPiece, etranger, { candidatureId: m.candidatureId, emplacement: v1.emplacement, nomFichier: "x.pdf", contenu: pdf("x") })).toMatchObject(refus);
      expect(await executerAction(retirerPiece, etranger, { pieceId: v1.pieceId })).toMatchObject(refus);
      // Même un fichier refusé par R8 ne dit rien de la candidature à un étranger.
      expect(await executerAction(deposerPiece, etranger, { candidatureId: m.candidatureId, type: "autre", nomFichier: "x.exe", contenu: Buffer.from("MZ") })).toMatchObject(refus);
    }
    expect(await prisma.piece.count({ where: { candidatureId: m.candidatureId } })).toBe(1);
  });
});

describe("routes HTTP des pièces", () => {
  it("POST multipart : 401 sans session, 201 avec la pièce, 404 hors périmètre, 415 sans multipart", async () => {
    const m = await monde();
    await connecter(null);
    const anonyme = await televerser(requeteMultipart(m.candidatureId, { type: "note_opportunite" }, { octets: pdf("a"), nom: "note.pdf" }), contexte(m.candidatureId));
    expect(anonyme.status).toBe(401);
    expect(await anonyme.json()).toMatchObject({ ok: false, code: "NON_AUTHENTIFIE" });

    await connecter(m.membre);
    const cree = await televerser(requeteMultipart(m.candidatureId, { type: "note_opportunite" }, { octets: pdf("a"), nom: "Note d'opportunité — Andouillé.pdf" }), contexte(m.candidatureId));
    expect(cree.status).toBe(201);
    const corps = await cree.json();
    expect(corps).toMatchObject({ ok: true, data: { type: "note_opportunite", version: 1, nomFichier: "Note d'opportunité — Andouillé.pdf", typeMime: "application/pdf" } });
    expect(cree.headers.get("cache-control")).toBe("no-store");

    // Remplacement : même route, avec l'emplacement.
    const remplace = await televerser(requeteMultipart(m.candidatureId, { emplacement: corps.data.emplacement }, { octets: pdf("b"), nom: "v2.pdf" }), contexte(m.candidatureId));
    expect(remplace.status).toBe(201);
    expect(await remplace.json()).toMatchObject({ data: { version: 2, emplacement: corps.data.emplacement } });

    const sansFichier = await televerser(requeteMultipart(m.candidatureId, { type: "autre" }), contexte(m.candidatureId));
    expect(sansFichier.status).toBe(400);
    expect(await sansFichier.json()).toMatchObject({ code: "INVALIDE", fieldErrors: { fichier: ["Choisissez le fichier à joindre."] } });
    const sansType = await televerser(requeteMultipart(m.candidatureId, {}, { octets: pdf("c"), nom: "c.pdf" }), contexte(m.candidatureId));
    expect(sansType.status).toBe(400);
    expect(await sansType.json()).toMatchObject({ fieldErrors: { type: ["Choisissez le type de la pièce."] } });
    const json = new Request(`http://localhost/api/candidatures/${m.candidatureId}/pieces`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect((await televerser(json, contexte(m.candidatureId))).status).toBe(415);
    const mauvais = await televerser(requeteMultipart(m.candidatureId, { type: "autre" }, { octets: Buffer.from("MZ exécutable"), nom: "x.pdf" }), contexte(m.candidatureId));
    expect(mauvais.status).toBe(422);
    expect((await mauvais.json()).message).toContain("n'est pas d'un type accepté");

    for (const etranger of [m.etrangerCommune, m.etrangerDdt]) {
      await connecter(etranger);
      const refus = await televerser(requeteMultipart(m.candidatureId, { type: "autre" }, { octets: pdf("z"), nom: "z.pdf" }), contexte(m.candidatureId));
      expect(refus.status).toBe(404);
      expect(await refus.json()).toEqual({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
    }
    await connecter(m.membre);
    const inconnue = await televerser(requeteMultipart("pas-un-uuid", { type: "autre" }, { octets: pdf("z"), nom: "z.pdf" }), contexte("pas-un-uuid"));
    expect(inconnue.status).toBe(404);
  });

  it("POST : un fichier de 20 Mo passe, 20 Mo + 1 octet est refusé (413) ; un corps démesuré est coupé sans être lu en entier", async () => {
    const m = await monde();
    await connecter(m.agent);
    const limite = Buffer.alloc(TAILLE_MAX_OCTETS);
    limite.write("%PDF-1.7\n");
    const ok = await televerser(requeteMultipart(m.candidatureId, { type: "note_opportunite" }, { octets: limite, nom: "20mo.pdf" }), contexte(m.candidatureId));
    expect(ok.status).toBe(201);
    expect((await ok.json()).data.taille).toBe(TAILLE_MAX_OCTETS);

    const plusUn = Buffer.alloc(TAILLE_MAX_OCTETS + 1);
    plusUn.write("%PDF-1.7\n");
    const refus = await televerser(requeteMultipart(m.candidatureId, { type: "note_opportunite" }, { octets: plusUn, nom: "20mo+1.pdf" }), contexte(m.candidatureId));
    expect(refus.status).toBe(413);
    expect(await refus.json()).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", message: "Ce fichier dépasse 20\u00a0Mo (il fait 20,1\u00a0Mo)." });

    // Un flux sans longueur annoncée, bien plus gros : la lecture s'arrête au plafond.
    let envoyes = 0;
    const flux = new ReadableStream<Uint8Array>({
      pull(controleur) {
        envoyes += 1024 * 1024;
        controleur.enqueue(new Uint8Array(1024 * 1024));
        if (envoyes >= 200 * 1024 * 1024) controleur.close();
      },
    });
    const demesure = new Request(`http://localhost/api/candidatures/${m.candidatureId}/pieces`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body: flux,
      duplex: "half",
    } as RequestInit);
    const coupe = await televerser(demesure, contexte(m.candidatureId));
    expect(coupe.status).toBe(413);
    expect(envoyes).toBeLessThan(30 * 1024 * 1024);
    expect(await prisma.piece.count({ where: { candidatureId: m.candidatureId } })).toBe(1);
  });

  it("GET : le fichier avec son nom d'origine et le type reconnu ; 404 hors périmètre ; 401 sans session", async () => {
    const m = await monde();
    const nom = "Note d'opportunité « Andouillé ».pdf";
    const piece = donnees(await executerAction(deposerPiece, m.membre, { candidatureId: m.candidatureId, type: "note_opportunite", nomFichier: nom, contenu: pdf("contenu") }));
    await connecter(m.agent);
    const reponse = await telecharger(new Request(`http://localhost/api/pieces/${piece.pieceId}`), contexte(piece.pieceId));
    expect(reponse.status).toBe(200);
    expect(reponse.headers.get("content-type")).toBe("application/pdf");
    expect(reponse.headers.get("content-disposition")).toBe(
      `attachment; filename="Note d'opportunite _ Andouille _.pdf"; filename*=UTF-8''Note%20d%27opportunit%C3%A9%20%C2%AB%20Andouill%C3%A9%20%C2%BB.pdf`,
    );
    expect(reponse.headers.get("content-length")).toBe(String(pdf("contenu").length));
    expect(reponse.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await reponse.arrayBuffer()).equals(pdf("contenu"))).toBe(true);
    expect(dispositionPieceJointe("a\"b\\c.pdf")).toBe(`attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`);

    for (const etranger of [m.etrangerCommune, m.etrangerDdt]) {
      await connecter(etranger);
      const refus = await telecharger(new Request(`http://localhost/api/pieces/${piece.pieceId}`), contexte(piece.pieceId));
      expect(refus.status).toBe(404);
      expect(await refus.json()).toEqual({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
    }
    await connecter(null);
    expect((await telecharger(new Request(`http://localhost/api/pieces/${piece.pieceId}`), contexte(piece.pieceId))).status).toBe(401);
  });
});
