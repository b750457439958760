// Antivirus des pièces (ClamAV, INSTREAM) à travers le vrai téléversement : un faux démon clamd en TCP,
// lancé ici, répond « stream: OK », « stream: Eicar-Test-Signature FOUND », se tait ou ferme la
// connexion. Sain → rangé ; infecté → refusé, rien d'écrit ; démon injoignable, muet ou qui coupe →
// refusé (fermé par défaut), rien d'écrit. Sans CLAMAV_URL, aucune analyse.
import { randomUUID } from "node:crypto";
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { nomCookieSession } from "@/lib/auth/parametres";
import { creerCandidature } from "@/lib/candidatures/creer-candidature";
import { prisma } from "@/lib/db";
import { lireReponseClamd } from "@/lib/pieces/antivirus";
import { deposerPiece } from "@/lib/pieces/deposer-piece";
import { MESSAGE_ANTIVIRUS_INDISPONIBLE } from "@/lib/pieces/enregistrer";
import { remplacerPiece } from "@/lib/pieces/remplacer-piece";
import { acteurDe } from "@/tests/helpers/acteurs";
import { POST as televerser } from "@/app/api/candidatures/[id]/pieces/route";

const cookie = vi.hoisted(() => ({ jeton: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (nom: string) => (cookie.jeton && nom === nomCookieSession() ? { name: nom, value: cookie.jeton } : undefined) }),
}));

type Comportement = "sain" | "infecte" | "ferme" | "muet";

/** Faux clamd : lit la commande zINSTREAM et les morceaux (longueur sur 4 octets, puis octets) jusqu'au morceau vide. */
function fauxClamd() {
  const etat = { comportement: "sain" as Comportement, recus: [] as Buffer[], commandes: [] as string[] };
  const sockets = new Set<Socket>();
  const serveur: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    if (etat.comportement === "ferme") {
      socket.destroy();
      return;
    }
    let tampon = Buffer.alloc(0);
    let commandeLue = false;
    const morceaux: Buffer[] = [];
    socket.on("data", (d: Buffer) => {
      tampon = Buffer.concat([tampon, d]);
      if (!commandeLue) {
        const fin = tampon.indexOf(0);
        if (fin < 0) return;
        etat.commandes.push(tampon.subarray(0, fin).toString());
        tampon = tampon.subarray(fin + 1);
        commandeLue = true;
      }
      while (tampon.length >= 4) {
        const n = tampon.readUInt32BE(0);
        if (n === 0) {
          etat.recus.push(Buffer.concat(morceaux));
          if (etat.comportement === "muet") return;
          socket.end(etat.comportement === "infecte" ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0");
          return;
        }
        if (tampon.length < 4 + n) return;
        morceaux.push(tampon.subarray(4, 4 + n));
        tampon = tampon.subarray(4 + n);
      }
    });
  });
  return {
    etat,
    demarrer: () => new Promise<string>((ok) => serveur.listen(0, "127.0.0.1", () => ok(`tcp://127.0.0.1:${(serveur.address() as AddressInfo).port}`))),
    arreter: () => new Promise<void>((ok) => {
      for (const s of sockets) s.destroy();
      serveur.close(() => ok());
    }),
  };
}

const clamd = fauxClamd();
let urlClamd = "";
/** Un port où rien n'écoute : le démon est arrêté. */
let urlSansDemon = "";

beforeAll(async () => {
  urlClamd = await clamd.demarrer();
  const eteint = fauxClamd();
  urlSansDemon = await eteint.demarrer();
  await eteint.arreter();
});
afterAll(() => clamd.arreter());
afterEach(() => {
  vi.unstubAllEnvs();
  clamd.etat.comportement = "sain";
  clamd.etat.recus = [];
});

async function personne(organisationId: string, role: "membre" | "signataire"): Promise<Acteur> {
  const u = await prisma.utilisateur.create({ data: { email: `${role}.${randomUUID().slice(0, 8)}@test.example`, appartenances: { create: { organisationId, role } } } });
  return acteurDe(u.id);
}

let rang = 0;
async function candidature() {
  const [commune] = await prisma.organisation.findMany({ where: { type: "commune", codeDepartement: "85" }, orderBy: { codeInsee: "desc" }, skip: rang++, take: 1 });
  const membre = await personne(commune!.id, "membre");
  const creee = await executerAction(creerCandidature, membre, { collectiviteId: commune!.id, format: "flash" });
  if (!creee.ok) throw new Error(creee.message);
  cookie.jeton = randomUUID();
  await prisma.sessionConnexion.create({ data: { sessionToken: cookie.jeton, utilisateurId: membre.id, expires: new Date(Date.now() + 3_600_000) } });
  return { membre, candidatureId: creee.data.candidatureId };
}

const pdf = (texte: string) => Buffer.from(`%PDF-1.7\n% ${texte}\n%%EOF\n`);

function envoyer(candidatureId: string, octets: Uint8Array) {
  const formulaire = new FormData();
  formulaire.set("type", "note_opportunite");
  formulaire.set("fichier", new File([new Uint8Array(octets)], "note.pdf", { type: "application/pdf" }));
  return televerser(new Request(`http://localhost/api/candidatures/${candidatureId}/pieces`, { method: "POST", body: formulaire }), { params: Promise.resolve({ id: candidatureId }) });
}

const rienEcrit = async (candidatureId: string) => {
  expect(await prisma.piece.count({ where: { candidatureId } })).toBe(0);
  expect(await prisma.evenement.count({ where: { candidatureId, type: { startsWith: "piece." } } })).toBe(0);
  expect((await prisma.candidature.findUniqueOrThrow({ where: { id: candidatureId } })).version).toBe(1);
};

describe("antivirus des pièces (CLAMAV_URL)", () => {
  it("fichier sain : analysé (octets transmis en INSTREAM) puis rangé", async () => {
    vi.stubEnv("CLAMAV_URL", urlClamd);
    const { candidatureId } = await candidature();
    // Plus d'un morceau de 64 Kio : le découpage INSTREAM est exercé.
    const contenu = Buffer.concat([pdf("sain"), Buffer.alloc(150_000, 0x41)]);
    const reponse = await envoyer(candidatureId, contenu);
    expect(reponse.status).toBe(201);
    expect(clamd.etat.commandes.at(-1)).toBe("zINSTREAM");
    expect(clamd.etat.recus.at(-1)?.equals(contenu)).toBe(true);
    expect(await prisma.piece.count({ where: { candidatureId } })).toBe(1);
  });

  it("fichier infecté : refusé avec la signature, rien d'écrit", async () => {
    vi.stubEnv("CLAMAV_URL", urlClamd);
    clamd.etat.comportement = "infecte";
    const { candidatureId } = await candidature();
    const reponse = await envoyer(candidatureId, pdf("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"));
    expect(reponse.status).toBe(422);
    const message = "Le fichier est refusé : l'antivirus y a détecté Eicar-Test-Signature.";
    expect(await reponse.json()).toEqual({ ok: false, code: "REGLE_NON_RESPECTEE", message, fieldErrors: { fichier: [message] } });
    await rienEcrit(candidatureId);
  });

  it("démon injoignable, qui coupe la connexion ou qui ne répond pas : refusé (fermé par défaut), rien d'écrit", async () => {
    const { membre, candidatureId } = await candidature();
    const attendu = { ok: false, code: "SERVICE_INDISPONIBLE", message: MESSAGE_ANTIVIRUS_INDISPONIBLE };
    expect(MESSAGE_ANTIVIRUS_INDISPONIBLE).toBe("L'analyse antivirus est indisponible, réessayez dans quelques minutes.");

    vi.stubEnv("CLAMAV_URL", urlSansDemon);
    const arrete = await envoyer(candidatureId, pdf("arrêté"));
    expect(arrete.status).toBe(503);
    expect(await arrete.json()).toMatchObject(attendu);

    vi.stubEnv("CLAMAV_URL", urlClamd);
    clamd.etat.comportement = "ferme";
    expect(await executerAction(deposerPiece, membre, { candidatureId, type: "autre", nomFichier: "a.pdf", contenu: pdf("coupé") })).toMatchObject(attendu);

    clamd.etat.comportement = "muet";
    vi.stubEnv("CLAMAV_DELAI_MS", "300");
    const debut = Date.now();
    expect(await executerAction(deposerPiece, membre, { candidatureId, type: "autre", nomFichier: "b.pdf", contenu: pdf("muet") })).toMatchObject(attendu);
    expect(Date.now() - debut).toBeLessThan(5_000);
    await rienEcrit(candidatureId);
  });

  it("remplacer par un fichier infecté : refusé, la version en place reste", async () => {
    const { membre, candidatureId } = await candidature();
    const v1 = await executerAction(deposerPiece, membre, { candidatureId, type: "note_opportunite", nomFichier: "n.pdf", contenu: pdf("v1") });
    if (!v1.ok) throw new Error(v1.message);
    vi.stubEnv("CLAMAV_URL", urlClamd);
    clamd.etat.comportement = "infecte";
    const refus = await executerAction(remplacerPiece, membre, { candidatureId, emplacement: v1.data.emplacement, nomFichier: "n2.pdf", contenu: pdf("v2") });
    expect(refus).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", message: expect.stringContaining("Eicar-Test-Signature") });
    const pieces = await prisma.piece.findMany({ where: { candidatureId } });
    expect(pieces.map((p) => [p.version, p.courante])).toEqual([[1, true]]);
  });

  it("sans CLAMAV_URL, aucune analyse (développement)", async () => {
    vi.stubEnv("CLAMAV_URL", "");
    clamd.etat.comportement = "infecte";
    const { candidatureId } = await candidature();
    const avant = clamd.etat.recus.length;
    expect((await envoyer(candidatureId, pdf("dev"))).status).toBe(201);
    expect(clamd.etat.recus.length).toBe(avant);
  });

  it("lit les réponses de clamd", () => {
    expect(lireReponseClamd("stream: OK\0")).toEqual({ statut: "sain" });
    expect(lireReponseClamd("stream: Win.Test.EICAR_HDB-1 FOUND\0")).toEqual({ statut: "infecte", signature: "Win.Test.EICAR_HDB-1" });
    expect(lireReponseClamd("INSTREAM size limit exceeded. ERROR\0")).toMatchObject({ statut: "indisponible" });
    expect(lireReponseClamd("")).toMatchObject({ statut: "indisponible" });
  });
});
