// Ce qu'une sonde extérieure a trouvé (issue 15), reproduit sur les vrais gestionnaires et le vrai
// pipeline : limite par IP contournée par x-forwarded-for, téléversement depuis un autre site,
// numéro de dépôt hors des entiers de PostgreSQL, caractère NUL dans un texte.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { executerAction, MESSAGE_CARACTERE_NUL } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { deciderDemandeLien } from "@/lib/auth/lien-connexion";
import { nomCookieSession } from "@/lib/auth/parametres";
import { ipClient } from "@/lib/auth/requete";
import { creerCandidature } from "@/lib/candidatures/creer-candidature";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { prisma } from "@/lib/db";
import { MESSAGE_ORIGINE_REFUSEE } from "@/lib/securite/origine";
import { acteurDe } from "@/tests/helpers/acteurs";
import { POST as televerser } from "@/app/api/candidatures/[id]/pieces/route";
import { GET as recepisse } from "@/app/api/candidatures/[id]/recepisse/route";

const cookie = vi.hoisted(() => ({ jeton: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (nom: string) => (cookie.jeton && nom === nomCookieSession() ? { name: nom, value: cookie.jeton } : undefined) }),
}));

let rang = 0;
async function candidatureDUnMembre(): Promise<{ membre: Acteur; candidatureId: string }> {
  const [commune] = await prisma.organisation.findMany({ where: { type: "commune", codeDepartement: "72" }, orderBy: { codeInsee: "asc" }, skip: rang++, take: 1 });
  const u = await prisma.utilisateur.create({
    data: { email: `membre.${randomUUID().slice(0, 8)}@test.example`, prenom: "Jean", nom: "Membre", appartenances: { create: { organisationId: commune!.id, role: "membre" } } },
  });
  const membre = await acteurDe(u.id);
  const creee = await executerAction(creerCandidature, membre, { collectiviteId: commune!.id, format: "flash" });
  if (!creee.ok) throw new Error(creee.message);
  cookie.jeton = randomUUID();
  await prisma.sessionConnexion.create({ data: { sessionToken: cookie.jeton, utilisateurId: membre.id, expires: new Date(Date.now() + 3_600_000) } });
  return { membre, candidatureId: creee.data.candidatureId };
}

const contexte = (id: string) => ({ params: Promise.resolve({ id }) });

function televersement(candidatureId: string, origine: string | null, nomFichier = "note.pdf") {
  const formulaire = new FormData();
  formulaire.set("type", "autre");
  formulaire.set("fichier", new File([Buffer.from("%PDF-1.7\n% essai\n%%EOF\n")], nomFichier, { type: "application/pdf" }));
  const headers: Record<string, string> = { host: "localhost" };
  if (origine) headers.origin = origine;
  return new Request(`http://localhost/api/candidatures/${candidatureId}/pieces`, { method: "POST", body: formulaire, headers });
}

describe("limite de débit par adresse IP", () => {
  it("22 demandes de lien avec 22 adresses x-forwarded-for falsifiées, depuis une même socket, atteignent la limite", async () => {
    const socket = `192.0.2.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 6)}`;
    const decisions = [];
    for (let i = 1; i <= 22; i += 1) {
      const entetes = new Headers({ "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `203.0.113.${i}`, "x-adresse-socket": socket });
      decisions.push(await deciderDemandeLien(prisma, { email: `inconnu.${randomUUID().slice(0, 8)}@exemple.fr`, ip: ipClient(entetes, {}) }));
    }
    const refusees = decisions.filter((d) => !d.envoyer && d.raison === "limite");
    expect(refusees).toHaveLength(2);
  });
});

describe("origine des requêtes", () => {
  it("un téléversement venu d'un autre site, avec une session valide, est refusé en 403 et rien n'est écrit", async () => {
    const { candidatureId } = await candidatureDUnMembre();
    const refus = await televerser(televersement(candidatureId, "http://evil.example"), contexte(candidatureId));
    expect(refus.status).toBe(403);
    expect((await refus.json()).message).toBe(MESSAGE_ORIGINE_REFUSEE);
    expect(await prisma.piece.count({ where: { candidatureId } })).toBe(0);
    const admis = await televerser(televersement(candidatureId, "http://localhost"), contexte(candidatureId));
    expect(admis.status).toBe(201);
  });
});

describe("entrées hors limites", () => {
  it("un numéro de dépôt au-delà des entiers de PostgreSQL répond 400 en français", async () => {
    const { candidatureId } = await candidatureDUnMembre();
    for (const numero of ["2147483648", "99999999999999999999", "1e10"]) {
      const reponse = await recepisse(new Request(`http://localhost/api/candidatures/${candidatureId}/recepisse?numero=${numero}`), contexte(candidatureId));
      expect(reponse.status).toBe(400);
      expect((await reponse.json()).message).toBe("Numéro de dépôt invalide.");
    }
  });

  it("un caractère NUL dans un texte donne une erreur sur le champ, pas « erreur inattendue », et rien n'est écrit", async () => {
    const { membre, candidatureId } = await candidatureDUnMembre();
    const avant = await prisma.candidature.findUniqueOrThrow({ where: { id: candidatureId } });
    const resultat = await executerAction(modifierCandidature, membre, {
      candidatureId,
      version: avant.version,
      section: "note",
      objet: "Requalifier\u0000 le centre-bourg",
    });
    expect(resultat).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { objet: [MESSAGE_CARACTERE_NUL] } });
    expect((await prisma.candidature.findUniqueOrThrow({ where: { id: candidatureId } })).version).toBe(avant.version);

    const piece = await televerser(televersement(candidatureId, "http://localhost", "note\u0000.pdf"), contexte(candidatureId));
    expect(piece.status).toBe(400);
    expect((await piece.json()).fieldErrors).toEqual({ nomFichier: [MESSAGE_CARACTERE_NUL] });
    expect(await prisma.piece.count({ where: { candidatureId } })).toBe(0);
  });
});
