// Parcours de connexion de bout en bout côté serveur : le vrai next-auth 4.24 (gestionnaire des
// routes d'API), notre configuration et notre adaptateur, sur une base réelle. Un « navigateur »
// minimal garde les cookies ; le lien magique est lu dans la table des courriels, comme dans la
// boîte de développement ; ProConnect est un fournisseur OpenID Connect local (oidc-provider).
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import NextAuth from "next-auth";
import { prisma } from "@/lib/db";
import { journaliserEchecRedirige } from "@/lib/auth/audit-redirection";
import { optionsAuth } from "@/lib/auth/options";
import { nomCookieSession } from "@/lib/auth/parametres";
import { MASQUE } from "@/lib/courriels/envoyer";
import { remettreCourriel } from "@/lib/courriels/remettre";
import { freePort } from "../../scripts/lib/postgres-admin";
import { CLIENT_OIDC_TEST, COMPTE_PROCONNECT_TEST, demarrerFournisseurOidc, type FournisseurOidc } from "../e2e/helpers/oidc-provider";

const ORIGINE = "http://localhost:3000";
process.env.NEXTAUTH_URL = ORIGINE;
process.env.NEXTAUTH_SECRET = "secret-des-tests-d-integration-de-la-connexion";
delete process.env.SMTP_URL;

const VERIFICATION = `${ORIGINE}/api/auth/verify-request?provider=email&type=email`;
const unique = () => randomUUID().slice(0, 8);
let ipSuivante = 1;

/** Réponse « pages/api » minimale : next-auth n'utilise que ces méthodes. */
class ReponseSimulee {
  statut = 200;
  entetes = new Map<string, string | string[]>();
  corps: unknown;
  status(code: number) { this.statut = code; return this; }
  setHeader(nom: string, valeur: string | string[]) { this.entetes.set(nom.toLowerCase(), valeur); return this; }
  getHeader(nom: string) { return this.entetes.get(nom.toLowerCase()); }
  json(corps: unknown) { this.corps = corps; return this; }
  send(corps: unknown) { this.corps = corps; return this; }
  end() { return this; }
}

class Navigateur {
  cookies = new Map<string, string>();
  readonly ip = `198.51.100.${ipSuivante++}`;

  get jetonSession() { return this.cookies.get(nomCookieSession()); }

  /** Requête vers /api/auth/… comme le ferait le navigateur ; renvoie le statut et la redirection. */
  async auth(chemin: string, corps?: Record<string, string>) {
    const url = new URL(chemin, ORIGINE);
    const nextauth = url.pathname.replace(/^\/api\/auth\//, "").split("/");
    const requete = {
      method: corps ? "POST" : "GET",
      query: { ...Object.fromEntries(url.searchParams), nextauth },
      body: corps,
      cookies: Object.fromEntries(this.cookies),
      headers: { host: url.host, "x-forwarded-for": this.ip },
    };
    const reponse = new ReponseSimulee();
    const options = optionsAuth({ ip: this.ip, callbackUrl: corps?.callbackUrl, jetonSession: this.jetonSession });
    await NextAuth(requete as never, reponse as never, options);
    const setCookie = reponse.getHeader("set-cookie") ?? [];
    for (const c of Array.isArray(setCookie) ? setCookie : [setCookie]) {
      const [paire, ...attributs] = c.split(";");
      const [nom, ...valeur] = paire!.split("=");
      const efface = attributs.some((a) => /max-age=0/i.test(a.trim())) || valeur.join("=") === "";
      if (efface) this.cookies.delete(nom!.trim());
      else this.cookies.set(nom!.trim(), decodeURIComponent(valeur.join("=")));
    }
    const location = (reponse.getHeader("location") as string | undefined) ?? null;
    // Même audit que lib/auth/route-handler.ts après next-auth.
    await journaliserEchecRedirige(prisma, {
      action: nextauth[0], fournisseur: nextauth[1], destination: location, origine: ORIGINE, email: url.searchParams.get("email"), ip: this.ip,
    });
    return { statut: reponse.statut, location, corps: reponse.corps as Record<string, unknown> };
  }

  async csrf(): Promise<string> {
    const { corps } = await this.auth("/api/auth/csrf");
    return corps.csrfToken as string;
  }

  async demanderLien(email: string, callbackUrl = "/mon-compte") {
    return this.auth("/api/auth/signin/email", { email, callbackUrl, csrfToken: await this.csrf() });
  }
}

async function dernierLien(email: string): Promise<string> {
  const courriel = await prisma.courriel.findFirstOrThrow({ where: { destinataire: email }, orderBy: { creeLe: "desc" } });
  const lien = /(http:\/\/\S+)/.exec(courriel.texte)?.[1];
  if (!lien) throw new Error("Pas de lien dans le courriel");
  return lien;
}

async function evenements(type: string, depuis: bigint) {
  return prisma.evenement.findMany({ where: { type, id: { gt: depuis } }, orderBy: { id: "asc" } });
}

async function dernierIdEvenement(): Promise<bigint> {
  return (await prisma.evenement.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
}

async function utilisateur(email = `claire-${unique()}@andouille.example`, actif = true) {
  const andouille = await prisma.organisation.findFirstOrThrow({ where: { siren: "215300054" } });
  return prisma.utilisateur.create({
    data: { email, prenom: "Claire", nom: "Martin", actif, appartenances: { create: { organisationId: andouille.id, role: "membre" } } },
  });
}

describe("connexion par lien", () => {
  it("envoie un lien, connecte au premier clic, refuse le second en français", async () => {
    const u = await utilisateur();
    const avant = await dernierIdEvenement();
    const navigateur = new Navigateur();

    const demande = await navigateur.demanderLien(u.email.toUpperCase());
    expect(demande.location).toBe(VERIFICATION);
    expect((await navigateur.auth(demande.location!)).location).toBe("/connexion/verification");
    const courriel = await prisma.courriel.findFirstOrThrow({ where: { destinataire: u.email } });
    expect(courriel.sujet).toBe("Votre lien de connexion aux Ateliers des territoires");
    expect(courriel.texte).toContain("expire dans 15 minutes");
    const lien = await dernierLien(u.email);
    expect(new URL(lien).pathname).toBe("/api/auth/callback/email");
    // Seule l'empreinte du jeton est en base.
    const jeton = new URL(lien).searchParams.get("token")!;
    expect(await prisma.jetonVerification.count({ where: { token: jeton } })).toBe(0);
    const enregistre = await prisma.jetonVerification.findFirstOrThrow({ where: { identifier: u.email } });
    expect(enregistre.expires.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(enregistre.expires.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    const clic = await navigateur.auth(lien);
    expect(clic.location).toBe(`${ORIGINE}/mon-compte`);
    expect(navigateur.jetonSession).toBeTruthy();
    const session = await prisma.sessionConnexion.findUniqueOrThrow({ where: { sessionToken: navigateur.jetonSession! } });
    expect(session.utilisateurId).toBe(u.id);
    expect(session.expires.getTime() - Date.now()).toBeGreaterThan(7.9 * 3_600_000);

    const autre = new Navigateur();
    const secondClic = await autre.auth(lien);
    expect(secondClic.location).toBe(`${ORIGINE}/api/auth/error?error=Verification`);
    const pageErreur = await autre.auth("/api/auth/error?error=Verification");
    expect(pageErreur.location).toBe("/connexion/erreur?error=Verification");
    expect(autre.jetonSession).toBeUndefined();

    const reussies = await evenements("connexion.reussie", avant);
    expect(reussies).toHaveLength(1);
    expect(reussies[0]).toMatchObject({ acteurId: u.id, donnees: { methode: "lien", ip: navigateur.ip } });
    const echecs = await evenements("connexion.echouee", avant);
    expect(echecs).toHaveLength(1);
    expect(echecs[0]).toMatchObject({ acteurId: null, donnees: { methode: "lien", raison: "lien_invalide_ou_expire", email: u.email } });
    expect(JSON.stringify(echecs[0]!.donnees)).not.toContain(jeton);
  });

  it("refuse un lien expiré", async () => {
    const u = await utilisateur();
    const navigateur = new Navigateur();
    await navigateur.demanderLien(u.email);
    await prisma.jetonVerification.updateMany({ where: { identifier: u.email }, data: { expires: new Date(Date.now() - 1_000) } });
    const clic = await navigateur.auth(await dernierLien(u.email));
    expect(clic.location).toContain("error=Verification");
    expect(navigateur.jetonSession).toBeUndefined();
    expect(await prisma.jetonVerification.count({ where: { identifier: u.email } })).toBe(0);
  });

  it("répond comme d'habitude à une adresse inconnue, sans rien envoyer, et le journalise", async () => {
    const avant = await dernierIdEvenement();
    const email = `inconnu-${unique()}@exemple.fr`;
    const demande = await new Navigateur().demanderLien(email);
    // La même redirection qu'après un envoi réel : rien ne distingue une adresse inconnue.
    expect(demande.location).toBe(VERIFICATION);
    expect(await prisma.courriel.count({ where: { destinataire: email } })).toBe(0);
    expect(await prisma.jetonVerification.count({ where: { identifier: email } })).toBe(0);
    const [echec] = await evenements("connexion.echouee", avant);
    expect(echec).toMatchObject({ acteurId: null, entite: "connexion", entiteId: email, donnees: { raison: "adresse_inconnue" } });
  });

  it("envoie un lien à une adresse invitée, et crée son compte au clic", async () => {
    const invitant = await utilisateur();
    const ddt = await prisma.organisation.findFirstOrThrow({ where: { type: "service_etat", codeDepartement: "53" } });
    const email = `invitee-${unique()}@ddt-mayenne.example`;
    await prisma.invitation.create({
      data: { organisationId: ddt.id, email, role: "agent", jetonHash: unique(), expireLe: new Date(Date.now() + 86_400_000), invitantId: invitant.id },
    });
    const navigateur = new Navigateur();
    await navigateur.demanderLien(email);
    const clic = await navigateur.auth(await dernierLien(email));
    expect(clic.location).toBe(`${ORIGINE}/mon-compte`);
    const cree = await prisma.utilisateur.findUniqueOrThrow({ where: { email } });
    expect(cree.emailVerifieLe).not.toBeNull();
  });

  it("ne connecte pas un compte désactivé entre l'envoi et le clic", async () => {
    const u = await utilisateur();
    const navigateur = new Navigateur();
    await navigateur.demanderLien(u.email);
    await prisma.utilisateur.update({ where: { id: u.id }, data: { actif: false } });
    const clic = await navigateur.auth(await dernierLien(u.email));
    expect(clic.location).toBe(`${ORIGINE}/connexion/erreur?error=CompteDesactive`);
    expect(navigateur.jetonSession).toBeUndefined();
  });

  it("limite les demandes par adresse : au-delà de 5 par quart d'heure, aucun courriel et un message", async () => {
    const u = await utilisateur();
    const avant = await dernierIdEvenement();
    const navigateur = new Navigateur();
    for (let i = 0; i < 5; i++) expect((await navigateur.demanderLien(u.email, "/candidatures")).location).toBe(VERIFICATION);
    const refus = await navigateur.demanderLien(u.email, "/candidatures");
    const url = new URL(refus.location!);
    expect(url.pathname).toBe("/connexion");
    expect(url.searchParams.get("erreur")).toBe("TropDeDemandes");
    expect(Number(url.searchParams.get("attente"))).toBeGreaterThanOrEqual(1);
    expect(url.searchParams.get("callbackUrl")).toBe("/candidatures");
    await new Navigateur().demanderLien(u.email);
    expect(await prisma.courriel.count({ where: { destinataire: u.email } })).toBe(5);
    const limites = await evenements("connexion.limitee", avant);
    expect(limites).toHaveLength(1);
    expect(limites[0]).toMatchObject({ donnees: { portee: "adresse", email: u.email, limite: 5 } });
  });

  it("limite les demandes par adresse IP : au-delà de 20 par quart d'heure", async () => {
    const navigateur = new Navigateur();
    const reponses = [];
    for (let i = 0; i < 21; i++) reponses.push(await navigateur.demanderLien(`robot-${i}-${unique()}@exemple.fr`));
    expect(reponses.slice(0, 20).every((r) => r.location === VERIFICATION)).toBe(true);
    expect(reponses[20]!.location).toContain("erreur=TropDeDemandes");
  });

  it("déconnecte : la session est supprimée et la déconnexion journalisée", async () => {
    const u = await utilisateur();
    const navigateur = new Navigateur();
    await navigateur.demanderLien(u.email);
    await navigateur.auth(await dernierLien(u.email));
    const jeton = navigateur.jetonSession!;
    const avant = await dernierIdEvenement();
    const session = await navigateur.auth("/api/auth/session");
    expect(session.corps).toMatchObject({ user: { name: "Claire Martin", email: u.email }, administration: false });
    const sortie = await navigateur.auth("/api/auth/signout", { csrfToken: await navigateur.csrf(), callbackUrl: "/connexion?deconnecte=1" });
    expect(sortie.location).toBe(`${ORIGINE}/connexion?deconnecte=1`);
    expect(navigateur.jetonSession).toBeUndefined();
    expect(await prisma.sessionConnexion.findUnique({ where: { sessionToken: jeton } })).toBeNull();
    expect(await evenements("deconnexion", avant)).toMatchObject([{ acteurId: u.id }]);
  });
});

/** Serveur SMTP minimal : accepte un message et le garde (assez pour nodemailer sans TLS). */
function serveurSmtp(): Promise<{ port: number; messages: string[]; arreter: () => Promise<void> }> {
  const messages: string[] = [];
  const serveur: Server = createServer((socket) => {
    let donnees = false;
    let message = "";
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (morceau) => {
      for (const ligne of morceau.toString("utf8").split("\r\n")) {
        if (donnees) {
          if (ligne === ".") { donnees = false; messages.push(message); socket.write("250 OK\r\n"); } else message += `${ligne}\n`;
        } else if (/^(EHLO|HELO)/i.test(ligne)) socket.write("250 test\r\n");
        else if (/^DATA/i.test(ligne)) { donnees = true; message = ""; socket.write("354 suite\r\n"); }
        else if (/^QUIT/i.test(ligne)) socket.end("221 au revoir\r\n");
        else if (ligne) socket.write("250 OK\r\n");
      }
    });
  });
  return new Promise((resoudre) =>
    serveur.listen(0, "127.0.0.1", () =>
      resoudre({
        port: (serveur.address() as { port: number }).port,
        messages,
        arreter: () => new Promise((r) => serveur.close(() => r())),
      }),
    ),
  );
}

describe("envoi par SMTP", () => {
  it("met le lien en file, n'en garde en base qu'une copie masquée, et le travailleur le remet par SMTP", async () => {
    const smtp = await serveurSmtp();
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    try {
      const u = await utilisateur();
      const demande = await new Navigateur().demanderLien(u.email);
      expect(demande.location).toBe(VERIFICATION);
      const enFile = await prisma.courriel.findFirstOrThrow({ where: { destinataire: u.email } });
      expect(enFile).toMatchObject({ statut: "en_attente", envoyeLe: null, tentatives: 0, categorie: "lien_connexion" });
      expect(enFile.texte).toContain(`token=${MASQUE}`);
      expect(enFile.contenuChiffre).not.toMatch(/token=/);
      // Le travail de la file (lib/file/travailleur.ts) : la remise par SMTP, lien complet.
      expect(await remettreCourriel(prisma, enFile.id, { dernierEssai: false })).toBe("envoye");
      const courriel = await prisma.courriel.findUniqueOrThrow({ where: { id: enFile.id } });
      expect(courriel).toMatchObject({ statut: "envoye", tentatives: 1, contenuChiffre: null });
      expect(courriel.texte).toContain(`token=${MASQUE}`);
      expect(smtp.messages.join("")).toMatch(/token=3D[0-9a-f]{20}|token=[0-9a-f]{64}/);
    } finally {
      delete process.env.SMTP_URL;
      await smtp.arreter();
    }
  });

  it("un serveur SMTP injoignable n'empêche pas la demande : l'échec est consigné et la remise reprise", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await freePort()}`;
    try {
      const u = await utilisateur();
      const demande = await new Navigateur().demanderLien(u.email);
      expect(demande.location).toBe(VERIFICATION);
      const { id } = await prisma.courriel.findFirstOrThrow({ where: { destinataire: u.email } });
      await expect(remettreCourriel(prisma, id, { dernierEssai: false })).rejects.toThrow();
      const courriel = await prisma.courriel.findUniqueOrThrow({ where: { id } });
      expect(courriel).toMatchObject({ statut: "en_attente", envoyeLe: null, tentatives: 1 });
      expect(courriel.erreur).toBeTruthy();
      await expect(remettreCourriel(prisma, id, { dernierEssai: true })).rejects.toThrow();
      expect((await prisma.courriel.findUniqueOrThrow({ where: { id } })).statut).toBe("echec");
    } finally {
      delete process.env.SMTP_URL;
    }
  });
});

describe("connexion par ProConnect (fournisseur OpenID Connect local)", () => {
  let fournisseur: FournisseurOidc;

  beforeAll(async () => {
    fournisseur = await demarrerFournisseurOidc({
      port: await freePort(),
      redirectUris: [`${ORIGINE}/api/auth/callback/proconnect`],
      comptes: [
        COMPTE_PROCONNECT_TEST,
        { ...COMPTE_PROCONNECT_TEST, sub: "agent-inactif", email: "inactif@andouille.example" },
        { ...COMPTE_PROCONNECT_TEST, sub: "agent-existant", email: "paul.existant@ddt-mayenne.example", siret: "99999999900018" },
      ],
    });
    Object.assign(process.env, {
      PROCONNECT_ISSUER: fournisseur.emetteur,
      PROCONNECT_CLIENT_ID: CLIENT_OIDC_TEST.id,
      PROCONNECT_CLIENT_SECRET: CLIENT_OIDC_TEST.secret,
    });
  });

  afterAll(async () => {
    delete process.env.PROCONNECT_ISSUER;
    await fournisseur?.arreter();
  });

  /** Parcourt le fournisseur (connexion de développement d'oidc-provider) jusqu'au retour chez nous. */
  async function seConnecterChezLeFournisseur(adresse: string, login: string): Promise<string> {
    const cookies = new Map<string, string>();
    let url = adresse;
    for (let etape = 0; etape < 10; etape++) {
      if (url.startsWith(ORIGINE)) return url;
      const soumettre = url.includes("/interaction/") && etape > 0 && !url.endsWith("/login");
      const reponse = await fetch(url, {
        redirect: "manual",
        method: soumettre ? "POST" : "GET",
        headers: {
          cookie: [...cookies].map(([n, v]) => `${n}=${v}`).join("; "),
          ...(soumettre && { "content-type": "application/x-www-form-urlencoded" }),
        },
        body: soumettre ? new URLSearchParams({ prompt: "login", login, password: "peu-importe" }) : undefined,
      });
      for (const c of reponse.headers.getSetCookie()) {
        const [paire] = c.split(";");
        const [nom, ...valeur] = paire!.split("=");
        cookies.set(nom!, valeur.join("="));
      }
      const suivante = reponse.headers.get("location");
      if (suivante) url = new URL(suivante, url).toString();
      else if (reponse.status === 200 && url.includes("/interaction/")) {
        // Formulaire de connexion affiché : on le soumet à la même adresse.
        const action = /action="([^"]+)"/.exec(await reponse.text())?.[1];
        const envoi = await fetch(new URL(action!, url), {
          redirect: "manual",
          method: "POST",
          headers: { cookie: [...cookies].map(([n, v]) => `${n}=${v}`).join("; "), "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ prompt: "login", login, password: "peu-importe" }),
        });
        for (const c of envoi.headers.getSetCookie()) {
          const [paire] = c.split(";");
          const [nom, ...valeur] = paire!.split("=");
          cookies.set(nom!, valeur.join("="));
        }
        url = new URL(envoi.headers.get("location")!, url).toString();
      } else throw new Error(`Réponse inattendue du fournisseur : ${reponse.status} ${url}`);
    }
    throw new Error("Trop de redirections chez le fournisseur");
  }

  async function parcoursProConnect(navigateur: Navigateur, login = COMPTE_PROCONNECT_TEST.sub) {
    const debut = await navigateur.auth("/api/auth/signin/proconnect", { csrfToken: await navigateur.csrf(), callbackUrl: "/mon-compte" });
    const autorisation = new URL(debut.location!);
    expect(autorisation.origin).toBe(fournisseur.emetteur);
    expect(autorisation.searchParams.get("code_challenge_method")).toBe("S256");
    expect(autorisation.searchParams.get("state")).toBeTruthy();
    expect(autorisation.searchParams.get("nonce")).toBeTruthy();
    expect(autorisation.searchParams.get("scope")).toBe("openid email given_name usual_name siret uid");
    const retour = await seConnecterChezLeFournisseur(autorisation.toString(), login);
    return navigateur.auth(retour);
  }

  it("crée le compte, le rattache à la commune du SIREN avec le rôle membre, puis le retrouve par son sub", async () => {
    const avant = await dernierIdEvenement();
    const navigateur = new Navigateur();
    const fin = await parcoursProConnect(navigateur);
    expect(fin.location).toBe(`${ORIGINE}/mon-compte`);
    const u = await prisma.utilisateur.findUniqueOrThrow({
      where: { proconnectSub: COMPTE_PROCONNECT_TEST.sub },
      include: { appartenances: { include: { organisation: true } } },
    });
    expect(u).toMatchObject({ email: COMPTE_PROCONNECT_TEST.email, prenom: "Agnès", nom: "Durand" });
    expect(u.appartenances).toHaveLength(1);
    expect(u.appartenances[0]).toMatchObject({ role: "membre", organisation: { siren: "215300054" } });
    expect(await evenements("appartenance.creee", avant)).toMatchObject([{ acteurId: u.id, donnees: { origine: "proconnect", par: "siren" } }]);
    expect(await evenements("connexion.reussie", avant)).toMatchObject([
      { acteurId: u.id, donnees: { methode: "proconnect", rattachement: "rattache", nouveauCompte: true } },
    ]);

    // Deuxième connexion : même compte (par sub), pas de second rattachement.
    const encore = await parcoursProConnect(new Navigateur());
    expect(encore.location).toBe(`${ORIGINE}/mon-compte`);
    expect(await prisma.utilisateur.count({ where: { email: COMPTE_PROCONNECT_TEST.email } })).toBe(1);
    expect(await prisma.appartenance.count({ where: { utilisateurId: u.id } })).toBe(1);
    expect(await evenements("connexion.reussie", avant)).toHaveLength(2);
  });

  it("refuse un compte désactivé retrouvé par son adresse", async () => {
    await prisma.utilisateur.create({ data: { email: "inactif@andouille.example", actif: false } });
    const fin = await parcoursProConnect(new Navigateur(), "agent-inactif");
    expect(fin.location).toBe(`${ORIGINE}/connexion/erreur?error=CompteDesactive`);
    expect((await prisma.utilisateur.findUniqueOrThrow({ where: { email: "inactif@andouille.example" } })).proconnectSub).toBeNull();
  });

  it("retrouve par son adresse un compte existant et lui associe l'identité ProConnect", async () => {
    const existant = await prisma.utilisateur.create({ data: { email: "paul.existant@ddt-mayenne.example", prenom: "Paul" } });
    const fin = await parcoursProConnect(new Navigateur(), "agent-existant");
    expect(fin.location).toBe(`${ORIGINE}/mon-compte`);
    expect(await prisma.utilisateur.count({ where: { email: existant.email } })).toBe(1);
    const apres = await prisma.utilisateur.findUniqueOrThrow({ where: { id: existant.id } });
    expect(apres.proconnectSub).toBe("agent-existant");
    // SIRET sans organisation correspondante : aucun rattachement.
    expect(await prisma.appartenance.count({ where: { utilisateurId: existant.id } })).toBe(0);
  });

  it("n'associe pas l'identité ProConnect au compte d'une autre personne déjà connectée", async () => {
    const u = await utilisateur();
    const navigateur = new Navigateur();
    await navigateur.demanderLien(u.email);
    await navigateur.auth(await dernierLien(u.email));
    expect(navigateur.jetonSession).toBeTruthy();
    const fin = await parcoursProConnect(navigateur);
    expect(fin.location).toBe(`${ORIGINE}/connexion/erreur?error=SessionActive`);
    expect((await prisma.utilisateur.findUniqueOrThrow({ where: { id: u.id } })).proconnectSub).toBeNull();
  });
});
