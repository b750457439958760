// La construction de production lancée sur la base du banc, comme `npm start` la lance (scripts/start.ts),
// avec en plus le compteur de requêtes SQL (BANC_COMPTER_REQUETES=1). Arrêt par groupe de processus.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, openSync } from "node:fs";
import { buildIfNeeded } from "../build";

export type Serveur = {
  origine: string;
  base: string;
  /** Null tant que le serveur tourne ; sinon comment il s'est arrêté. */
  arret(): string | null;
  arreter(): Promise<void>;
};

/** Environnement du serveur : celui de `npm start` sur une base externe, sans SMTP ni comptes de démonstration. */
export function environnementServeur(url: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    BANC_COMPTER_REQUETES: "1",
  };
  // Rien qui change le travail d'une page : pas de courriel réel, pas de connexion en un clic,
  // pas de ProConnect, pas de jeton de supervision (la santé répond sa version publique).
  for (const nom of ["SMTP_URL", "ATELIERS_BASE_EMBARQUEE", "COMPTES_DEMO", "BOITE_MAIL_DEV", "SANTE_JETON", "PROCONNECT_ISSUER", "PROXYS_DE_CONFIANCE"]) {
    delete env[nom];
  }
  return env;
}

async function attendreSante(origine: string, web: ChildProcess, delaiMs: number): Promise<void> {
  const fin = Date.now() + delaiMs;
  while (Date.now() < fin) {
    if (web.exitCode !== null) throw new Error(`le serveur Next s'est arrêté (code ${web.exitCode})`);
    try {
      const r = await fetch(`${origine}/api/sante`);
      if (r.ok) return;
      if (r.status === 503) throw new Error("/api/sante répond 503 : la base du banc ne répond pas au serveur");
    } catch (e) {
      if (e instanceof Error && e.message.includes("503")) throw e;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`/api/sante ne répond pas après ${delaiMs / 1000} s`);
}

export async function demarrerServeur(url: string, port: number, log: (m: string) => void): Promise<Serveur> {
  const env = environnementServeur(url, port);
  await buildIfNeeded(env, log);
  // Sorties du serveur à part : le tableau reste lisible, et un arrêt inattendu s'explique.
  mkdirSync("bench-resultats", { recursive: true });
  const journal = openSync("bench-resultats/serveur.log", "w");
  const web = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "localhost"], {
    env,
    stdio: ["ignore", journal, journal],
    detached: true,
  });
  let fin: string | null = null;
  web.once("exit", (code, signal) => (fin = signal ? `signal ${signal}` : `code ${code}`));
  let arrete = false;
  const arreter = async () => {
    if (arrete) return;
    arrete = true;
    if (web.exitCode === null && web.pid) {
      const sortie = new Promise((r) => web.once("exit", r));
      try {
        process.kill(-web.pid, "SIGTERM");
      } catch {
        return;
      }
      await Promise.race([sortie, new Promise((r) => setTimeout(r, 5000))]);
      if (web.exitCode === null) {
        try {
          process.kill(-web.pid, "SIGKILL");
        } catch {
          /* déjà arrêté */
        }
      }
    }
  };
  // Requêtes à l'adresse même de NEXTAUTH_URL : l'en-tête Host est celui qu'enverrait un navigateur,
  // ce que vérifient les actions serveur (Origin) et la réécriture d'« Accès refusé » (proxy.ts).
  const base = env.NEXTAUTH_URL!;
  try {
    await attendreSante(base, web, 60_000);
  } catch (e) {
    await arreter();
    throw e;
  }
  log(`Serveur de production prêt : ${env.NEXTAUTH_URL} (base du banc, compteur de requêtes actif).`);
  return { origine: env.NEXTAUTH_URL!, base, arret: () => fin, arreter };
}
