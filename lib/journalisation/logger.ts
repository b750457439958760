// Journal du serveur (docs/decisions/017-journalisation.md) : une ligne JSON par événement en
// production (pino), lisible en développement (pino-pretty en flux, pas en « worker » : il marche
// dans Next). Aucune donnée personnelle ni secret : on journalise des identifiants techniques
// (requête, acteur, action), des durées et des codes, jamais une adresse, un nom, un jeton, un
// cookie ni le contenu d'un fichier. Les champs sensibles sont masqués par nom (`redact`), et les
// textes libres des erreurs sont nettoyés (adresses électroniques, jetons) avant d'être écrits.
import "server-only";
import { createRequire } from "node:module";
import pino, { type DestinationStream, type Logger } from "pino";

export type Journal = Logger;

const MASQUE = "[masqué]";

/** Champs jamais écrits en clair, à la racine ou un niveau plus bas (`err.email`, `donnees.token`…). */
const CHAMPS_SENSIBLES = [
  "email",
  "courriel",
  "destinataire",
  "nom",
  "prenom",
  "nomFichier",
  "contenu",
  "token",
  "jeton",
  "sessionToken",
  "motDePasse",
  "password",
  "secret",
  "cookie",
  "authorization",
  "ip",
];
const CHEMINS_MASQUES = [
  ...CHAMPS_SENSIBLES,
  ...CHAMPS_SENSIBLES.map((c) => `*.${c}`),
  'headers["cookie"]',
  'headers["authorization"]',
  'req.headers["cookie"]',
  'req.headers["authorization"]',
];

const COURRIEL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Suites longues de caractères de jeton (base64url, hexadécimal) : jetons de session, de lien de
// connexion (base64url, 43 caractères), secrets. Un chemin de fichier (avec « / » ou « . ») n'en est
// pas une, ni un identifiant UUID (celui d'une candidature, d'un acteur), gardé pour l'enquête.
const JETON = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const APRES_MOT_CLE = /\b(bearer|token|jeton|cookie|password|secret)([=:\s]+)("?)[^\s",;&]+/gi;

/** Retire d'un texte libre (message d'erreur, pile) les adresses électroniques et les jetons. */
export function nettoyerTexte(texte: string): string {
  return texte
    .replace(COURRIEL, "[courriel masqué]")
    .replace(APRES_MOT_CLE, (_, cle: string, sep: string, guillemet: string) => `${cle}${sep}${guillemet}${MASQUE}`)
    .replace(JETON, (suite) => (UUID.test(suite) ? suite : "[jeton masqué]"));
}

/** Sérialise une erreur sans ses données : type, code, message et pile nettoyés, cause en chaîne. */
export function serialiserErreur(erreur: unknown, profondeur = 0): Record<string, unknown> {
  if (!(erreur instanceof Error)) return { type: typeof erreur, message: nettoyerTexte(String(erreur)).slice(0, 2_000) };
  const code = (erreur as { code?: unknown }).code;
  return {
    type: erreur.name,
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    message: nettoyerTexte(erreur.message).slice(0, 2_000),
    ...(erreur.stack ? { stack: nettoyerTexte(erreur.stack).slice(0, 8_000) } : {}),
    ...(erreur.cause !== undefined && profondeur < 3 ? { cause: serialiserErreur(erreur.cause, profondeur + 1) } : {}),
  };
}

const NIVEAUX = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/** Niveau lu dans LOG_LEVEL ; par défaut « info », « warn » pendant les tests (vitest). */
export function niveauJournal(env: Record<string, string | undefined> = process.env): string {
  const demande = env.LOG_LEVEL?.trim().toLowerCase();
  if (demande && NIVEAUX.has(demande)) return demande;
  return env.NODE_ENV === "test" || env.VITEST ? "warn" : "info";
}

/** Construit un journal ; `destination` pour les tests (lignes JSON capturées). */
export function creerJournal(options: { niveau?: string; destination?: DestinationStream } = {}): Journal {
  return pino(
    {
      level: options.niveau ?? niveauJournal(),
      base: { application: "ateliers-des-territoires" },
      messageKey: "message",
      errorKey: "erreur",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ niveau: label }) },
      redact: { paths: CHEMINS_MASQUES, censor: MASQUE },
      serializers: { erreur: serialiserErreur, err: serialiserErreur },
      hooks: {
        // Le message lui-même peut citer une adresse (« courriel à x@y non envoyé ») : nettoyé aussi.
        logMethod(args, methode) {
          methode.apply(this, args.map((a) => (typeof a === "string" ? nettoyerTexte(a) : a)) as Parameters<typeof methode>);
        },
      },
    },
    options.destination ?? destinationParDefaut(),
  );
}

/** JSON sur la sortie standard ; en développement, pino-pretty en flux synchrone s'il est installé. */
function destinationParDefaut(): DestinationStream {
  if (process.env.NODE_ENV === "development" && process.env.LOG_FORMAT !== "json") {
    try {
      const require = createRequire(import.meta.url);
      const pretty = require("pino-pretty") as (o: Record<string, unknown>) => DestinationStream;
      return pretty({ colorize: true, sync: true, messageKey: "message", levelKey: "niveau", translateTime: "HH:MM:ss.l", ignore: "pid,hostname,application" });
    } catch {
      // pino-pretty est une dépendance de développement : sans lui, du JSON.
    }
  }
  return pino.destination({ dest: 1, sync: true });
}

const globalPourJournal = globalThis as unknown as { journalAteliers?: Journal };

/** Le journal du serveur (un seul par processus, même après rechargement à chaud). */
export const journal: Journal = (globalPourJournal.journalAteliers ??= creerJournal());
