// Où vont les courriels : par SMTP quand SMTP_URL est défini, sinon ils restent dans la table
// `courriel` et se lisent dans la boîte de développement (/dev/boite-mail).
// Règle de la boîte de développement (docs/decisions/006-authentification.md) : elle n'existe que
// si SMTP n'est pas configuré ET que l'on tourne sur la base embarquée (poste de développement,
// démonstration) ou que BOITE_MAIL_DEV=1 est demandé explicitement. Partout ailleurs : 404.

type Env = Record<string, string | undefined>;

export function smtpConfigure(env: Env = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}

export function boiteMailDevActive(env: Env = process.env): boolean {
  return !smtpConfigure(env) && (env.ATELIERS_BASE_EMBARQUEE === "1" || env.BOITE_MAIL_DEV === "1");
}

/** Expéditeur : COURRIEL_EXPEDITEUR, sinon une adresse « ne-pas-repondre » du domaine de NEXTAUTH_URL. */
export function expediteur(env: Env = process.env): string {
  if (env.COURRIEL_EXPEDITEUR?.trim()) return env.COURRIEL_EXPEDITEUR.trim();
  let domaine = "localhost";
  try {
    if (env.NEXTAUTH_URL) domaine = new URL(env.NEXTAUTH_URL).hostname;
  } catch {
    // NEXTAUTH_URL mal formée : l'expéditeur par défaut suffit.
  }
  return `Ateliers des territoires <ne-pas-repondre@${domaine}>`;
}
