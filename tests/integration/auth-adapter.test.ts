// Adaptateur next-auth sur nos tables, et chargement de l'acteur depuis le cookie de session.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { creerAdaptateur, type UtilisateurAuth } from "@/lib/auth/adapter";
import { chargerActeur, chargerActeurDeSession } from "@/lib/auth/acteur-chargement";
import { DUREE_MAX_SESSION_S, INACTIVITE_MAX_S } from "@/lib/auth/parametres";
import { reponseNonAuthentifie, urlConnexion } from "@/lib/auth/session";

const adapter = creerAdaptateur(prisma);
const HEURE = 3_600_000;
const unique = () => randomUUID().slice(0, 8);

async function organisation(where: { siren?: string; type?: "dgaln" | "service_etat" | "commune" }) {
  return prisma.organisation.findFirstOrThrow({ where });
}

describe("adaptateur next-auth", () => {
  it("crée un utilisateur puis le retrouve par id et par adresse, sans tenir compte de la casse", async () => {
    const email = `Nouvel.Utilisateur-${unique()}@Exemple.fr`;
    const cree = await adapter.createUser!({ email, emailVerified: null, prenom: "Léa", nom: "Morel" } as never);
    expect(cree).toMatchObject({ email: email.toLowerCase(), name: "Léa Morel", emailVerified: null });
    expect(await adapter.getUser!(cree.id)).toMatchObject({ id: cree.id });
    expect(await adapter.getUserByEmail!(email.toUpperCase())).toMatchObject({ id: cree.id });
    expect(await adapter.getUser!("pas-un-uuid")).toBeNull();
    const verifie = await adapter.updateUser!({ id: cree.id, emailVerified: new Date("2026-11-20T10:00:00Z") });
    expect(verifie.emailVerified?.toISOString()).toBe("2026-11-20T10:00:00.000Z");
  });

  it("associe une identité ProConnect par son sub, sans conserver de jeton OAuth", async () => {
    const u = await prisma.utilisateur.create({ data: { email: `agent-${unique()}@exemple.gouv.fr` } });
    const sub = `sub-${unique()}`;
    expect(await adapter.getUserByAccount!({ provider: "proconnect", providerAccountId: sub })).toBeNull();
    await adapter.linkAccount!({
      userId: u.id,
      type: "oauth",
      provider: "proconnect",
      providerAccountId: sub,
      access_token: "jeton-d-acces-secret",
      id_token: "id-token-secret",
      token_type: "bearer",
      scope: "openid email",
    });
    expect(await adapter.getUserByAccount!({ provider: "proconnect", providerAccountId: sub })).toMatchObject({ id: u.id });
    const apres = await prisma.utilisateur.findUniqueOrThrow({ where: { id: u.id } });
    expect(apres.proconnectSub).toBe(sub);
    expect(apres.emailVerifieLe).not.toBeNull();
    const compte = await prisma.compteConnexion.findFirstOrThrow({ where: { utilisateurId: u.id } });
    expect(compte).toMatchObject({ provider: "proconnect", providerAccountId: sub, access_token: null, id_token: null, refresh_token: null });
  });

  it("dit dans la session qui a le tableau d'instruction (lien de l'en-tête) : DGALN et DDT, pas la collectivité", async () => {
    const [ddt, commune] = await Promise.all([organisation({ type: "service_etat" }), organisation({ type: "commune" })]);
    for (const [org, role, attendu] of [[ddt, "agent", true], [commune, "signataire", false]] as const) {
      const u = await prisma.utilisateur.create({ data: { email: `tableau-${unique()}@test.example`, appartenances: { create: { organisationId: org.id, role } } } });
      const sessionToken = `jeton-${unique()}`;
      await adapter.createSession!({ sessionToken, userId: u.id, expires: new Date(Date.now() + HEURE) });
      const lue = await adapter.getSessionAndUser!(sessionToken);
      expect((lue?.user as UtilisateurAuth).instruction, role).toBe(attendu);
    }
  });

  it("crée, lit, prolonge et supprime une session ; l'échéance ne dépasse jamais la fin absolue", async () => {
    const dgaln = await organisation({ type: "dgaln" });
    const u = await prisma.utilisateur.create({
      data: { email: `admin-${unique()}@dgaln.example`, appartenances: { create: { organisationId: dgaln.id, role: "administrateur" } } },
    });
    const sessionToken = `jeton-${unique()}`;
    const expires = new Date(Date.now() + INACTIVITE_MAX_S * 1000);
    await adapter.createSession!({ sessionToken, userId: u.id, expires });
    const lue = await adapter.getSessionAndUser!(sessionToken);
    expect(lue?.session).toMatchObject({ sessionToken, userId: u.id });
    expect((lue?.user as UtilisateurAuth).administration).toBe(true);
    expect((lue?.user as UtilisateurAuth).instruction).toBe(true);

    // Demande de prolongation bien au-delà de la durée maximale : ramenée à la fin absolue.
    const creeLe = (await prisma.sessionConnexion.findUniqueOrThrow({ where: { sessionToken } })).creeLe;
    const prolongee = await adapter.updateSession!({ sessionToken, expires: new Date(Date.now() + 30 * 24 * HEURE) });
    expect(prolongee?.expires.getTime()).toBe(creeLe.getTime() + DUREE_MAX_SESSION_S * 1000);

    const supprimee = await adapter.deleteSession!(sessionToken);
    expect(supprimee).toMatchObject({ sessionToken, userId: u.id });
    expect(await adapter.getSessionAndUser!(sessionToken)).toBeNull();
    expect(await adapter.deleteSession!(sessionToken)).toBeNull();
  });

  it("n'ouvre pas de session pour un compte désactivé", async () => {
    const u = await prisma.utilisateur.create({ data: { email: `inactif-${unique()}@exemple.fr`, actif: false } });
    await adapter.createSession!({ sessionToken: `inactif-${u.id}`, userId: u.id, expires: new Date(Date.now() + HEURE) });
    expect(await adapter.getSessionAndUser!(`inactif-${u.id}`)).toBeNull();
    expect(await chargerActeurDeSession(prisma, `inactif-${u.id}`)).toBeNull();
  });

  it("n'accepte un jeton de lien de connexion qu'une fois, même sous deux clics simultanés", async () => {
    const jeton = { identifier: `lien-${unique()}@exemple.fr`, token: `empreinte-${unique()}`, expires: new Date(Date.now() + 15 * 60_000) };
    await adapter.createVerificationToken!(jeton);
    const [a, b] = await Promise.all([adapter.useVerificationToken!(jeton), adapter.useVerificationToken!(jeton)]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect([a, b].find(Boolean)).toMatchObject({ identifier: jeton.identifier, token: jeton.token });
    expect(await adapter.useVerificationToken!(jeton)).toBeNull();
  });

  it("purge les jetons expirés à la création d'un nouveau", async () => {
    const expire = { identifier: `vieux-${unique()}@exemple.fr`, token: `vieux-${unique()}`, expires: new Date(Date.now() - 60_000) };
    await prisma.jetonVerification.create({ data: expire });
    await adapter.createVerificationToken!({ identifier: "autre@exemple.fr", token: `neuf-${unique()}`, expires: new Date(Date.now() + 60_000) });
    expect(await prisma.jetonVerification.findUnique({ where: { token: expire.token } })).toBeNull();
  });
});

describe("chargement de l'acteur", () => {
  async function utilisateurAvecAppartenances() {
    const andouille = await organisation({ siren: "215300054" });
    const ddt = await prisma.organisation.findFirstOrThrow({ where: { type: "service_etat", codeDepartement: "53" } });
    const u = await prisma.utilisateur.create({
      data: {
        email: `claire-${unique()}@andouille.example`,
        prenom: "Claire",
        nom: "Martin",
        appartenances: { create: [{ organisationId: andouille.id, role: "signataire" }, { organisationId: ddt.id, role: "agent" }] },
      },
    });
    return { u, andouille, ddt };
  }

  it("charge appartenances (type, nom, département) et jurys en une requête", async () => {
    const { u, andouille, ddt } = await utilisateurAvecAppartenances();
    const session = await prisma.sessionAmi.create({
      data: { slug: `s-${unique()}`, theme: "Thème", description: "…", ouvertureLe: new Date(), clotureLe: new Date(Date.now() + 24 * HEURE) },
    });
    const membre = await prisma.membreJury.create({ data: { sessionId: session.id, utilisateurId: u.id } });
    const acteur = await chargerActeur(prisma, u.id);
    expect(acteur).toMatchObject({ id: u.id, email: u.email, prenom: "Claire", nom: "Martin", jury: [{ sessionId: session.id, membreJuryId: membre.id }] });
    expect(acteur?.appartenances).toEqual(
      expect.arrayContaining([
        { organisationId: andouille.id, organisationNom: andouille.nom, typeOrganisation: "commune", role: "signataire", codeDepartement: "53" },
        { organisationId: ddt.id, organisationNom: ddt.nom, typeOrganisation: "service_etat", role: "agent", codeDepartement: "53" },
      ]),
    );
    expect(acteur?.appartenances).toHaveLength(2);
  });

  it("lit la session du cookie, la prolonge au plus une fois par quart d'heure et l'efface à échéance", async () => {
    const { u } = await utilisateurAvecAppartenances();
    const maintenant = new Date();
    const jeton = `cookie-${unique()}`;
    // Session ouverte il y a 20 minutes, jamais prolongée depuis.
    const expiresInitial = new Date(maintenant.getTime() - 20 * 60_000 + INACTIVITE_MAX_S * 1000);
    await prisma.sessionConnexion.create({ data: { sessionToken: jeton, utilisateurId: u.id, expires: expiresInitial, creeLe: new Date(maintenant.getTime() - 20 * 60_000) } });

    expect((await chargerActeurDeSession(prisma, jeton, maintenant))?.id).toBe(u.id);
    const prolongee = await prisma.sessionConnexion.findUniqueOrThrow({ where: { sessionToken: jeton } });
    expect(prolongee.expires.getTime()).toBe(maintenant.getTime() + INACTIVITE_MAX_S * 1000);

    // Cinq minutes plus tard : pas de nouvelle écriture.
    await chargerActeurDeSession(prisma, jeton, new Date(maintenant.getTime() + 5 * 60_000));
    expect((await prisma.sessionConnexion.findUniqueOrThrow({ where: { sessionToken: jeton } })).expires).toEqual(prolongee.expires);

    // Après 8 heures d'inactivité : la session est refusée et supprimée.
    expect(await chargerActeurDeSession(prisma, jeton, new Date(prolongee.expires.getTime() + 1))).toBeNull();
    expect(await prisma.sessionConnexion.findUnique({ where: { sessionToken: jeton } })).toBeNull();
  });

  it("refuse une session active au-delà de sa durée maximale", async () => {
    const { u } = await utilisateurAvecAppartenances();
    const jeton = `ancienne-${unique()}`;
    const creeLe = new Date(Date.now() - DUREE_MAX_SESSION_S * 1000 - 60_000);
    await prisma.sessionConnexion.create({ data: { sessionToken: jeton, utilisateurId: u.id, expires: new Date(Date.now() + HEURE), creeLe } });
    expect(await chargerActeurDeSession(prisma, jeton)).toBeNull();
    expect(await chargerActeurDeSession(prisma, "jeton-inconnu")).toBeNull();
  });
});

describe("sans session", () => {
  it("les gestionnaires de route répondent 401 en JSON, en français", async () => {
    const reponse = reponseNonAuthentifie();
    expect(reponse.status).toBe(401);
    expect(reponse.headers.get("cache-control")).toBe("no-store");
    expect(await reponse.json()).toEqual({
      ok: false,
      code: "NON_AUTHENTIFIE",
      message: "Vous devez être connecté pour effectuer cette action. Connectez-vous, puis réessayez.",
    });
  });

  it("les pages renvoient vers la connexion, avec le retour prévu", () => {
    expect(urlConnexion("/mon-compte")).toBe("/connexion?callbackUrl=%2Fmon-compte");
    expect(urlConnexion("https://pirate.example/")).toBe("/connexion");
    expect(urlConnexion()).toBe("/connexion");
  });
});
