// Mesures d'une ligne : latence à c=1 (durées de chaque réponse relevées ici, d'où p50 et p95 exacts),
// débit à c=1 et c=16 (autocannon), erreurs (statut différent de l'attendu, erreurs et délais
// d'autocannon), requêtes SQL par requête (compteur du serveur) et JavaScript gzip de la page.
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { envoyer, type RequeteHttp } from "./requetes-http";

export type Durees = { echauffementS: number; dureeS: number; requetesSql: number };

export type Passe = { rps: number; erreurs: number; requetes: number; latences: number[] };

export type Mesure = {
  c1: { p50: number; p95: number; p975: number; rps: number };
  c16: { rps: number };
  requetes: number;
  erreurs: number;
  sqlParRequete: number | null;
  jsGzipKio: number | null;
};

export function centile(triees: number[], p: number): number {
  if (triees.length === 0) return Number.NaN;
  return triees[Math.min(triees.length - 1, Math.max(0, Math.ceil((p / 100) * triees.length) - 1))]!;
}

async function passe(r: RequeteHttp, connexions: number, dureeS: number): Promise<Passe> {
  const latences: number[] = [];
  let inattendus = 0;
  const resultat = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: r.url, method: r.method, headers: r.headers, body: r.body, connections: connexions, duration: dureeS, timeout: 10 },
      (erreur: unknown, res: autocannon.Result) => (erreur ? reject(erreur instanceof Error ? erreur : new Error(String(erreur))) : resolve(res)),
    );
    instance.on("response", (_client, statut, _octets, duree) => {
      latences.push(duree);
      if (statut !== r.attendu) inattendus++;
    });
  });
  return {
    rps: resultat.requests.total / dureeS,
    erreurs: inattendus + resultat.errors, // errors compte aussi les délais dépassés
    requetes: resultat.requests.total,
    latences: latences.sort((a, b) => a - b),
  };
}

async function compteurSql(base: string): Promise<number> {
  const r = await fetch(`${base}/api/banc/requetes`);
  if (!r.ok) throw new Error(`/api/banc/requetes répond ${r.status} : le compteur de requêtes SQL n'est pas actif`);
  return ((await r.json()) as { requetes: number }).requetes;
}

/** Compteur une fois stable : les requêtes encore en cours après une passe à c=16 ne comptent pas. */
async function compteurStable(base: string): Promise<number> {
  let precedent = await compteurSql(base);
  for (;;) {
    await new Promise((r) => setTimeout(r, 150));
    const n = await compteurSql(base);
    if (n === precedent) return n;
    precedent = n;
  }
}

/** Requêtes SQL par requête HTTP : N requêtes en série entre deux lectures du compteur. */
async function sqlParRequete(r: RequeteHttp, base: string, n: number): Promise<number> {
  const avant = await compteurStable(base);
  for (let i = 0; i < n; i++) await envoyer(r);
  return ((await compteurStable(base)) - avant) / n;
}

const tailleGzip = new Map<string, Promise<number>>();

/** Somme des tailles gzip des scripts /_next/ de la page (chaque URL n'est téléchargée qu'une fois). */
async function javascriptGzip(r: RequeteHttp, base: string): Promise<number | null> {
  const e = await envoyer(r);
  if (!(e.entetes.get("content-type") ?? "").includes("text/html")) return null;
  const html = e.corps.toString("utf8");
  const sources = new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&")).filter((s) => s.startsWith("/_next/")));
  let total = 0;
  for (const src of sources) {
    if (!tailleGzip.has(src)) {
      tailleGzip.set(
        src,
        fetch(base + src).then(async (reponse) => {
          if (!reponse.ok) throw new Error(`${src} répond ${reponse.status}`);
          return gzipSync(Buffer.from(await reponse.arrayBuffer())).length;
        }),
      );
    }
    total += await tailleGzip.get(src)!;
  }
  return total / 1024;
}

export async function mesurer(r: RequeteHttp, base: string, d: Durees): Promise<Mesure> {
  if (d.echauffementS > 0) await passe(r, 4, d.echauffementS);
  const c1 = await passe(r, 1, d.dureeS);
  const c16 = await passe(r, 16, d.dureeS);
  return {
    c1: { p50: centile(c1.latences, 50), p95: centile(c1.latences, 95), p975: centile(c1.latences, 97.5), rps: c1.rps },
    c16: { rps: c16.rps },
    requetes: c1.requetes + c16.requetes,
    erreurs: c1.erreurs + c16.erreurs,
    sqlParRequete: d.requetesSql > 0 ? await sqlParRequete(r, base, d.requetesSql) : null,
    jsGzipKio: r.method === "GET" ? await javascriptGzip(r, base) : null,
  };
}
