// Base des bancs d'essai à l'échelle nationale (issue 10) : jamais celle de `npm start`.
// Par défaut une grappe embarquée à part (.data/postgres-banc, port 54330, base « ateliers_banc ») ;
// BANC_DATABASE_URL désigne à la place n'importe quel PostgreSQL ≥ 15 (base jetable).
// Le générateur (`npm run bench:donnees`) la remplit ; le banc des pages (`npm run bench:pages`) la lit.
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { baseRepond, EMBEDDED } from "./base-cible";

export const BANC = {
  dataDir: ".data/postgres-banc",
  port: Number(process.env.BANC_POSTGRES_PORT ?? 54330),
  database: "ateliers_banc",
};

/** URL de la base du banc quand la grappe embarquée du banc tourne. */
export const urlBancEmbarquee = () => `postgresql://ateliers:ateliers@127.0.0.1:${BANC.port}/${BANC.database}`;

/**
 * Refuse d'écrire dans la base de `npm start` (même port et même base que la grappe embarquée
 * par défaut, ou DATABASE_URL de l'application) sauf demande explicite.
 */
export function verifierBaseJetable(url: string, forcer = false): void {
  if (forcer) return;
  const cible = new URL(url);
  const memeQue = (autre: string | undefined) => {
    if (!autre) return false;
    const u = new URL(autre);
    return u.hostname === cible.hostname && u.port === cible.port && u.pathname === cible.pathname;
  };
  const demarrage = `postgresql://ateliers:ateliers@127.0.0.1:${EMBEDDED.port}/${EMBEDDED.database}`;
  if (memeQue(demarrage) || memeQue(process.env.DATABASE_URL)) {
    throw new Error(
      `La base ${cible.host}${cible.pathname} est celle de l'application : le banc n'y écrit pas. ` +
        "Indiquez une base jetable (BANC_DATABASE_URL) ou ajoutez --forcer si c'est voulu.",
    );
  }
}

/**
 * Exécute `fn` avec l'URL de la base du banc : BANC_DATABASE_URL si elle est définie, sinon la
 * grappe embarquée du banc, réutilisée si elle tourne déjà, démarrée le temps de la commande sinon.
 */
export async function avecBaseBanc<T>(log: (message: string) => void, fn: (url: string) => Promise<T>): Promise<T> {
  if (process.env.BANC_DATABASE_URL) {
    log("Base du banc : BANC_DATABASE_URL.");
    return fn(process.env.BANC_DATABASE_URL);
  }
  const url = urlBancEmbarquee();
  if (await baseRepond(url)) {
    log(`Base du banc déjà démarrée (port ${BANC.port}).`);
    return fn(url);
  }
  let embarquee: EmbeddedDatabase | undefined;
  try {
    embarquee = await startEmbeddedPostgres({ ...BANC, log });
    log(`PostgreSQL du banc démarré (données dans ${BANC.dataDir}, port ${BANC.port}).`);
    return await fn(embarquee.url);
  } finally {
    await embarquee?.stop();
  }
}
