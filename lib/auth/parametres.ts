// Paramètres de la connexion, réunis ici pour être changés en un seul endroit
// (docs/decisions/006-authentification.md).

/** Une session expire après 8 heures sans activité… */
export const INACTIVITE_MAX_S = 8 * 60 * 60;
/** … et au plus tard 7 jours après la connexion, même active. */
export const DUREE_MAX_SESSION_S = 7 * 24 * 60 * 60;
/** L'échéance glissante n'est réécrite en base qu'une fois par quart d'heure au plus. */
export const PROLONGATION_TOUS_LES_S = 15 * 60;

/** Lien de connexion : 15 minutes, usage unique. */
export const VALIDITE_LIEN_MINUTES = 15;

const QUINZE_MINUTES_MS = 15 * 60 * 1000;

type Env = Record<string, string | undefined>;

function entierPositif(valeur: string | undefined, parDefaut: number): number {
  const n = Number.parseInt(valeur ?? "", 10);
  return Number.isInteger(n) && n > 0 ? n : parDefaut;
}

/**
 * Demandes de lien de connexion par quart d'heure : 5 par adresse, 20 par adresse IP. Réglables
 * (CONNEXION_LIENS_PAR_ADRESSE, CONNEXION_LIENS_PAR_IP), par exemple derrière un proxy d'entreprise
 * qui fait partager une même adresse IP à beaucoup d'agents.
 */
export function limitesLiens(env: Env = process.env) {
  return {
    parAdresse: { limite: entierPositif(env.CONNEXION_LIENS_PAR_ADRESSE, 5), fenetreMs: QUINZE_MINUTES_MS },
    parIp: { limite: entierPositif(env.CONNEXION_LIENS_PAR_IP, 20), fenetreMs: QUINZE_MINUTES_MS },
  };
}

/** Identifiant du fournisseur ProConnect pour next-auth (/api/auth/callback/proconnect). */
export const ID_PROCONNECT = "proconnect";
/** Identifiant du fournisseur de lien magique pour next-auth (/api/auth/callback/email). */
export const ID_LIEN = "email";

/** Cookies `__Secure-` dès que l'application est servie en HTTPS, comme le fait next-auth. */
export function cookiesSecurises(env: Env = process.env): boolean {
  return (env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/** Nom du cookie de session de next-auth (stratégie « database ») : il contient le jeton de session. */
export function nomCookieSession(env: Env = process.env): string {
  return `${cookiesSecurises(env) ? "__Secure-" : ""}next-auth.session-token`;
}

/** Au-delà, la session expire quelle que soit l'activité. */
export function finAbsolueSession(creeLe: Date): Date {
  return new Date(creeLe.getTime() + DUREE_MAX_SESSION_S * 1000);
}

/** Échéance d'une session prolongée maintenant : inactivité bornée par la fin absolue. */
export function echeanceSession(creeLe: Date, maintenant: Date): Date {
  return new Date(Math.min(maintenant.getTime() + INACTIVITE_MAX_S * 1000, finAbsolueSession(creeLe).getTime()));
}
