// Fuzz des frontières (issue 15) : chaque action du pipeline (`executerAction`, comme les actions
// serveur) et chaque gestionnaire de route, appelés avec des entrées générées par fast-check sur une
// vraie base. Propriétés : jamais d'erreur inattendue (seulement les codes d'AppError, messages en
// français), jamais de 500, et rien d'écrit quand l'entrée est refusée. Taille : FUZZ_RUNS.
import { ajouterJure, declarerConflit, retirerJure } from "@/lib/jury/composer";
import { preparerDecisionsSession } from "@/lib/selection/session";
import { evaluerCandidature } from "@/lib/jury/evaluer";
import { affecterAutomatiquement } from "@/lib/jury/affecter";
import { relancerCourriel } from "@/lib/courriels/supervision";
import { changerStatutSession, enregistrerSession } from "@/lib/sessions/gerer-session";
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { champsAvecCaractereNul, executerAction, type DefinitionAction } from "@/lib/actions/pipeline";
import { accepterDemandeAvis } from "@/lib/avis/accepter-demande-avis";
import { annulerDemandeAvis } from "@/lib/avis/annuler-demande-avis";
import { demanderAvis } from "@/lib/avis/demander-avis";
import { rendreAvis } from "@/lib/avis/rendre-avis";
import { deciderRecevabilite } from "@/lib/instruction/decider";
import type { Acteur } from "@/lib/auth/acteur";
import { nomCookieSession } from "@/lib/auth/parametres";
import { creerCandidature } from "@/lib/candidatures/creer-candidature";
import { deposerCandidature } from "@/lib/candidatures/deposer-candidature";
import { retirerCandidature } from "@/lib/candidatures/retirer-candidature";
import { inviterSignataire } from "@/lib/candidatures/inviter-signataire";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { signerCandidature } from "@/lib/candidatures/signer-candidature";
import { prisma } from "@/lib/db";
import { enregistrerVue, supprimerVue } from "@/lib/instruction/vues";
import { accepterInvitation } from "@/lib/organisations/accepter-invitation";
import { inviterMembre } from "@/lib/organisations/inviter-membre";
import { modifierOrganisation } from "@/lib/organisations/modifier-organisation";
import { modifierRole } from "@/lib/organisations/modifier-role";
import { retirerMembre } from "@/lib/organisations/retirer-membre";
import { deposerPiece } from "@/lib/pieces/deposer-piece";
import { remplacerPiece } from "@/lib/pieces/remplacer-piece";
import { retirerPiece } from "@/lib/pieces/retirer-piece";
import { acteurDe } from "@/tests/helpers/acteurs";
import { candidaturePrete, creerInvitation } from "@/tests/helpers/candidatures";
import * as f from "@/tests/helpers/factories";
import { enTexte, entreeDepuis, messageAnglais, optionsFuzz, tailleFuzz, valeurQuelconque } from "@/tests/helpers/fuzz";
import { POST as televerser } from "@/app/api/candidatures/[id]/pieces/route";
import { GET as lettre } from "@/app/api/candidatures/[id]/decisions/[decisionId]/lettre/route";
import { GET as recepisse } from "@/app/api/candidatures/[id]/recepisse/route";
import { GET as telecharger } from "@/app/api/pieces/[id]/route";

const cookie = vi.hoisted(() => ({ jeton: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (nom: string) => (cookie.jeton && nom === nomCookieSession() ? { name: nom, value: cookie.jeton } : undefined) }),
}));

// Sur une vraie base, une entrée coûte 10 à 80 ms selon la charge : 100 par frontière dans `npm test`.
const RUNS = tailleFuzz(100);
const DUREE = 60_000 + RUNS * 200;
const CODES = new Set(["NON_AUTHENTIFIE", "ACCES_REFUSE", "INTROUVABLE", "INVALIDE", "CONFLIT", "ETAT_INCOMPATIBLE", "REGLE_NON_RESPECTEE", "TROP_DE_TENTATIVES", "SERVICE_INDISPONIBLE"]);

type Monde = { acteurs: Acteur[]; ids: string[]; candidatureId: string };
let monde: Monde;

async function personne(organisationId: string, role: Parameters<typeof f.creerMembre>[1]): Promise<Acteur> {
  return acteurDe((await f.creerMembre({ id: organisationId }, role)).id);
}

beforeAll(async () => {
  const [commune] = await prisma.organisation.findMany({ where: { type: "commune", codeDepartement: "61" }, orderBy: { codeInsee: "asc" }, take: 1 });
  const membre = await personne(commune!.id, "membre");
  const signataire = await personne(commune!.id, "signataire");
  const administrateur = await personne((await f.dgaln()).id, "administrateur");
  const c = await candidaturePrete({ principale: commune!, redacteur: membre });
  const pieces = await prisma.piece.findMany({ where: { candidatureId: c.id }, select: { id: true, emplacement: true } });
  const appartenances = await prisma.appartenance.findMany({ where: { organisationId: commune!.id }, select: { id: true } });
  const { jeton } = await creerInvitation({ organisation: commune!, invitant: signataire, role: "membre" });
  monde = {
    acteurs: [membre, signataire, administrateur],
    candidatureId: c.id,
    ids: [c.id, commune!.id, c.session.id, c.hashContenu, jeton, ...pieces.flatMap((p) => [p.id, p.emplacement]), ...appartenances.map((a) => a.id)],
  };
  cookie.jeton = randomUUID();
  await prisma.sessionConnexion.create({ data: { sessionToken: cookie.jeton, utilisateurId: signataire.id, expires: new Date(Date.now() + 86_400_000) } });
});

/** Les écritures des acteurs du fuzz : chaque écriture a son événement d'audit dans la même transaction. */
const ecritures = () => prisma.evenement.count({ where: { acteurId: { in: monde.acteurs.map((a) => a.id) } } });

/** Une requête par entrée : le compte n'est relu qu'après un succès, et doit rester le même après un refus. */
let compte: number | undefined;
async function verifierEcritures(refusee: boolean) {
  const apres = await ecritures();
  if (refusee && compte !== undefined) expect(apres, "écriture malgré un refus").toBe(compte);
  compte = apres;
}

function verifierRefus(message: unknown, fieldErrors?: Record<string, string[]>) {
  expect(typeof message).toBe("string");
  expect(messageAnglais(message as string), message as string).toBe(false);
  for (const messages of Object.values(fieldErrors ?? {})) for (const m of messages) expect(messageAnglais(m), m).toBe(false);
}

const ACTIONS: DefinitionAction<z.ZodType, unknown>[] = [
  creerCandidature, modifierCandidature, signerCandidature, deposerCandidature, inviterSignataire,
  deposerPiece, remplacerPiece, retirerPiece,
  inviterMembre, modifierRole, retirerMembre, modifierOrganisation, accepterInvitation,
  deciderRecevabilite, enregistrerVue, supprimerVue,
  relancerCourriel, enregistrerSession, changerStatutSession, affecterAutomatiquement, evaluerCandidature,
  ajouterJure, retirerJure, declarerConflit, preparerDecisionsSession,
  demanderAvis, annulerDemandeAvis, rendreAvis, accepterDemandeAvis,
  // En dernier : une fois la candidature du fuzz retirée, les autres actions n'y atteindraient plus rien.
  retirerCandidature,
] as unknown as DefinitionAction<z.ZodType, unknown>[];

/** Entrées qui passent la validation et atteignent le cas d'usage (sa base), par action : rapportées en fin de suite. */
const atteintes: Record<string, { entrees: number; casDUsage: number; succes: number }> = {};

describe("fuzz des actions (pipeline)", () => {
  afterAll(() => console.info("[fuzz] entrées par action :", JSON.stringify(atteintes)));

  for (const action of ACTIONS) {
    it(`${action.nom} : aucune erreur inattendue, rien d'écrit sur refus`, async () => {
      const compteur = (atteintes[action.nom] = { entrees: 0, casDUsage: 0, succes: 0 });
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: 2 }), fc.constant(null).chain(() => entreeDepuis(action.schema, monde.ids)), async (rangActeur, entree) => {
          // Refusée par la validation, l'entrée n'atteint pas le cas d'usage : le pipeline rend la main
          // avant toute requête ; le compte des écritures n'est relu que pour les autres.
          const atteint = champsAvecCaractereNul(entree).length === 0 && action.schema.safeParse(entree).success;
          const resultat = await executerAction(action, monde.acteurs[rangActeur]!, entree);
          compteur.entrees += 1;
          if (atteint) compteur.casDUsage += 1;
          if (resultat.ok) compteur.succes += 1;
          if (atteint || resultat.ok) await verifierEcritures(!resultat.ok);
          if (resultat.ok) return;
          expect(resultat.code, resultat.message).not.toBe("ERREUR_INATTENDUE");
          expect(CODES.has(resultat.code)).toBe(true);
          verifierRefus(resultat.message, resultat.fieldErrors);
        }),
        optionsFuzz(RUNS),
      );
      console.info(`[fuzz] ${action.nom} : ${JSON.stringify(compteur)}`);
    }, DUREE);
  }
});

const idSegment = () => fc.oneof(fc.constantFrom(...monde.ids), valeurQuelconque().map(enTexte));
const contexte = (id: string) => ({ params: Promise.resolve({ id }) });

async function corpsJson(reponse: Response) {
  expect(reponse.status, await reponse.clone().text()).toBeLessThan(500);
  if (!reponse.headers.get("content-type")?.includes("json")) return;
  const corps = await reponse.json();
  if (!corps.ok) verifierRefus(corps.message, corps.fieldErrors);
}

describe("fuzz des gestionnaires de route", () => {
  it("POST /api/candidatures/:id/pieces : jamais de 500, rien d'écrit sur refus", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          id: idSegment(),
          origine: fc.constantFrom(null, "http://localhost", "http://evil.example", "null"),
          champs: fc.dictionary(fc.constantFrom("type", "emplacement", "fichier", "autre"), valeurQuelconque(monde.ids).map(enTexte), { maxKeys: 3 }),
          fichier: fc.option(fc.record({ nom: fc.string({ unit: "binary", maxLength: 30 }), octets: fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.constant(new Uint8Array(Buffer.from("%PDF-1.7\n%%EOF\n")))) })),
          brut: fc.option(fc.record({ type: fc.constantFrom("multipart/form-data; boundary=x", "application/json", "text/plain", ""), octets: fc.uint8Array({ maxLength: 200 }) })),
        }),
        async ({ id, origine, champs, fichier, brut }) => {
          const headers: Record<string, string> = { host: "localhost" };
          if (origine) headers.origin = origine;
          let body: BodyInit;
          if (brut) {
            body = new Uint8Array(brut.octets);
            if (brut.type) headers["content-type"] = brut.type;
          } else {
            const formulaire = new FormData();
            for (const [cle, valeur] of Object.entries(champs)) formulaire.set(cle, valeur);
            if (fichier) formulaire.set("fichier", new File([new Uint8Array(fichier.octets)], fichier.nom));
            body = formulaire;
          }
          const reponse = await televerser(new Request(`http://localhost/api/candidatures/x/pieces`, { method: "POST", headers, body }), contexte(id));
          await corpsJson(reponse);
          await verifierEcritures(reponse.status >= 400);
        },
      ),
      optionsFuzz(RUNS),
    );
  }, DUREE);

  it("GET /api/pieces/:id et /api/candidatures/:id/recepisse : jamais de 500", async () => {
    await fc.assert(
      fc.asyncProperty(idSegment(), fc.option(valeurQuelconque().map(enTexte)), async (id, numero) => {
        await corpsJson(await telecharger(new Request("http://localhost/api/pieces/x"), contexte(id)));
        const url = new URL("http://localhost/api/candidatures/x/recepisse");
        if (numero !== null) url.searchParams.set("numero", numero);
        await corpsJson(await recepisse(new Request(url), contexte(id)));
      }),
      optionsFuzz(RUNS),
    );
  }, DUREE);

  it("GET /api/candidatures/:id/decisions/:decisionId/lettre : jamais de 500", async () => {
    await fc.assert(
      fc.asyncProperty(idSegment(), idSegment(), async (id, decisionId) => {
        await corpsJson(await lettre(new Request("http://localhost/api/candidatures/x/decisions/y/lettre"), { params: Promise.resolve({ id, decisionId }) }));
      }),
      optionsFuzz(RUNS),
    );
  }, DUREE);
});
