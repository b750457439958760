// La file durable des courriels (pg-boss, décision 024) sur une vraie base et un vrai serveur SMTP
// local (smtp-server) : un courriel n'existe que si la transaction qui le produit est validée ; un
// envoi refusé est repris puis remis ; un envoi toujours refusé finit « en échec », visible des seuls
// administrateurs DGALN qui peuvent le relancer ; deux travailleurs remettent chaque courriel une fois ;
// le lien secret ne reste en base que chiffré, jusqu'à l'envoi.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import { envoyerCourriel, MASQUE } from "@/lib/courriels/envoyer";
import { etatFileCourriels, relancerCourriel } from "@/lib/courriels/supervision";
import { prisma } from "@/lib/db";
import { FILES } from "@/lib/file/files";
import { demarrerTravailleur, type Travailleur } from "@/lib/file/travailleur";
import { acteurDe } from "@/tests/helpers/acteurs";
import { creerMembre, dgaln, serviceEtat } from "@/tests/helpers/factories";

type Recu = { destinataire: string; corps: string };

/** Serveur SMTP local : refuse les `refus` premiers envois (451, ou 550 si `definitif`), accepte ensuite. */
async function serveurSmtp(options: { refus: (destinataire: string) => boolean }) {
  const recus: Recu[] = [];
  const serveur = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(adresse, _session, rappel) {
      if (options.refus(adresse.address)) {
        const erreur = Object.assign(new Error("Boîte temporairement indisponible"), { responseCode: 451 });
        return rappel(erreur);
      }
      rappel();
    },
    onData(flux, session, rappel) {
      let corps = "";
      flux.setEncoding("utf8");
      flux.on("data", (morceau: string) => (corps += morceau));
      flux.on("end", () => {
        recus.push({ destinataire: session.envelope.rcptTo[0]!.address, corps });
        rappel();
      });
    },
  });
  serveur.listen(0, "127.0.0.1");
  await once(serveur.server, "listening");
  const port = (serveur.server.address() as AddressInfo).port;
  return { recus, url: `smtp://127.0.0.1:${port}`, fermer: () => new Promise<void>((r) => serveur.close(() => r())) };
}

async function attendre(condition: () => Promise<boolean>, delaiMs = 20_000): Promise<void> {
  const fin = Date.now() + delaiMs;
  while (Date.now() < fin) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("condition non atteinte à temps");
}

const tentativesRefusees = new Map<string, number>();
let smtp: Awaited<ReturnType<typeof serveurSmtp>>;
let env: Record<string, string>;
const travailleurs: Travailleur[] = [];

beforeAll(async () => {
  smtp = await serveurSmtp({
    refus: (adresse) => {
      if (adresse.startsWith("toujours-refuse")) return true;
      const n = tentativesRefusees.get(adresse) ?? 0;
      const refuser = adresse.startsWith("refuse-deux-fois") && n < 2;
      if (refuser) tentativesRefusees.set(adresse, n + 1);
      return refuser;
    },
  });
  env = { SMTP_URL: smtp.url, NEXTAUTH_SECRET: "secret-de-test-de-la-file-des-courriels-0123456789" };
  // Reprises rapides pour le test : 1 s, sans doublement, 3 reprises.
  const url = process.env.DATABASE_URL!;
  const reglage = await demarrerTravailleur({ url, client: prisma, env, interrogationS: 0.5 });
  await reglage.boss.updateQueue(FILES.courriel.name, { name: FILES.courriel.name, retryLimit: 3, retryDelay: 1, retryBackoff: false, deadLetter: FILES.courriel.deadLetter });
  travailleurs.push(reglage, await demarrerTravailleur({ url, client: prisma, env, interrogationS: 0.5 }));
}, 30_000);

afterAll(async () => {
  await Promise.all(travailleurs.map((t) => t.arreter()));
  await smtp.fermer();
});

const statut = async (id: string) => (await prisma.courriel.findUniqueOrThrow({ where: { id } })).statut;

describe("file durable des courriels", () => {
  it("n'écrit ni courriel ni tâche si la transaction qui le produit est annulée", async () => {
    const taches = async () => Number((await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'courriel'`))[0]?.n);
    const avant = await prisma.courriel.count();
    const tachesAvant = await taches();
    await expect(
      prisma.$transaction(async (tx) => {
        await envoyerCourriel(tx, { destinataire: "annule@exemple.fr", sujet: "Annulé", texte: "Ne doit pas partir" }, env);
        throw new Error("annulation");
      }),
    ).rejects.toThrow("annulation");
    expect(await prisma.courriel.count()).toBe(avant);
    expect(await taches()).toBe(tachesAvant);
    // La même écriture validée : une ligne et une tâche de plus.
    await prisma.$transaction((tx) => envoyerCourriel(tx, { destinataire: "valide@exemple.fr", sujet: "Validé", texte: "Part" }, env));
    expect(await prisma.courriel.count()).toBe(avant + 1);
    expect(await taches()).toBe(tachesAvant + 1);
  });

  it("remet un courriel par SMTP, secret compris, sans le garder lisible en base", async () => {
    const jeton = "jeton-tres-secret-0123456789abcdef";
    const { id } = await envoyerCourriel(
      prisma,
      { destinataire: "agent@exemple.fr", sujet: "Votre lien de connexion", texte: `Connectez-vous : https://app/connexion?jeton=${jeton}`, secrets: [jeton] },
      env,
    );
    const enAttente = await prisma.courriel.findUniqueOrThrow({ where: { id } });
    expect(enAttente.texte).toContain(MASQUE);
    expect(enAttente.texte).not.toContain(jeton);
    expect(enAttente.contenuChiffre).not.toContain(jeton);
    await attendre(async () => (await statut(id)) === "envoye");
    const remis = smtp.recus.filter((r) => r.destinataire === "agent@exemple.fr");
    expect(remis).toHaveLength(1);
    // Corps en « quoted-printable » : les coupures douces (=\r\n) retirées, le lien est entier.
    expect(remis[0]!.corps.replace(/=\r?\n/g, "")).toContain(jeton);
    const envoye = await prisma.courriel.findUniqueOrThrow({ where: { id } });
    expect(envoye.contenuChiffre).toBeNull();
    expect(envoye.tentatives).toBe(1);
  });

  it("reprend un envoi refusé par le serveur SMTP puis le remet", async () => {
    const { id } = await envoyerCourriel(prisma, { destinataire: "refuse-deux-fois@exemple.fr", sujet: "Reprise", texte: "Bonjour" }, env);
    await attendre(async () => (await statut(id)) === "envoye");
    const c = await prisma.courriel.findUniqueOrThrow({ where: { id } });
    expect(c.tentatives).toBe(3);
    expect(c.erreur).toBeNull();
    expect(smtp.recus.filter((r) => r.destinataire === "refuse-deux-fois@exemple.fr")).toHaveLength(1);
  });

  it("passe « en échec » après la dernière tentative, visible des seuls administrateurs, qui peuvent le relancer", async () => {
    const { id } = await envoyerCourriel(prisma, { destinataire: "toujours-refuse@exemple.fr", sujet: "Impossible", texte: "Bonjour", categorie: "notification" }, env);
    await attendre(async () => (await statut(id)) === "echec");
    const c = await prisma.courriel.findUniqueOrThrow({ where: { id } });
    expect(c.tentatives).toBe(4);
    expect(c.erreur).toContain("451");

    const administrateur = await acteurDe((await creerMembre(await dgaln(), "administrateur")).id);
    const referent = await acteurDe((await creerMembre(await dgaln(), "referent")).id);
    const agent = await acteurDe((await creerMembre(await serviceEtat("53"), "agent")).id);
    const etat = await etatFileCourriels(administrateur);
    expect(etat?.enEchec).toBeGreaterThanOrEqual(1);
    expect(etat?.echecs.map((e) => e.id)).toContain(id);
    expect(await etatFileCourriels(referent)).toBeNull();
    expect(await etatFileCourriels(agent)).toBeNull();

    const refus = await executerAction(relancerCourriel, referent, { courrielId: id });
    expect(refus).toMatchObject({ ok: false, code: "ACCES_REFUSE" });

    const relance = await executerAction(relancerCourriel, administrateur, { courrielId: id });
    expect(relance.ok).toBe(true);
    expect(await statut(id)).toBe("en_attente");
    const encore = await executerAction(relancerCourriel, administrateur, { courrielId: id });
    expect(encore).toMatchObject({ ok: false, code: "CONFLIT", message: "Ce courriel est déjà relancé : il attend son envoi." });
    await attendre(async () => (await statut(id)) === "echec");
  }, 40_000);

  it("planifie les résumés quotidiens à 8 h, heure de Paris, une seule fois pour tous les travailleurs", async () => {
    const planifications = await travailleurs[0]!.boss.getSchedules();
    expect(planifications.filter((p) => p.name === FILES.resumesQuotidiens.name)).toEqual([
      expect.objectContaining({ name: "resumes-quotidiens", cron: "0 8 * * *", options: expect.objectContaining({ tz: "Europe/Paris" }) }),
    ]);
  });

  it("deux travailleurs remettent chaque courriel une seule fois", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      ids.push((await envoyerCourriel(prisma, { destinataire: `lot-${i}@exemple.fr`, sujet: `Lot ${i}`, texte: "Bonjour" }, env)).id);
    }
    await attendre(async () => (await prisma.courriel.count({ where: { id: { in: ids }, statut: "envoye" } })) === ids.length);
    const recus = smtp.recus.filter((r) => r.destinataire.startsWith("lot-")).map((r) => r.destinataire);
    expect(recus).toHaveLength(30);
    expect(new Set(recus).size).toBe(30);
    const tentatives = await prisma.courriel.findMany({ where: { id: { in: ids } }, select: { tentatives: true } });
    expect(tentatives.every((t) => t.tentatives === 1)).toBe(true);
  }, 40_000);

  it("survit à l'arrêt des travailleurs : un courriel mis en file pendant l'arrêt part au redémarrage", async () => {
    await Promise.all(travailleurs.splice(0).map((t) => t.arreter()));
    const { id } = await envoyerCourriel(prisma, { destinataire: "apres-redemarrage@exemple.fr", sujet: "Après", texte: "Bonjour" }, env);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await statut(id)).toBe("en_attente");
    travailleurs.push(await demarrerTravailleur({ url: process.env.DATABASE_URL!, client: prisma, env, interrogationS: 0.5 }));
    await attendre(async () => (await statut(id)) === "envoye");
    expect(smtp.recus.filter((r) => r.destinataire === "apres-redemarrage@exemple.fr")).toHaveLength(1);
  }, 40_000);
});
