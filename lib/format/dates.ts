// Dates et heures affichées en français, toujours dans le fuseau Europe/Paris (DESIGN.md §4) :
// les dates sont stockées en UTC, l'affichage ne dépend jamais du fuseau du serveur.
export const FUSEAU_PARIS = "Europe/Paris";

const formatDate = new Intl.DateTimeFormat("fr-FR", {
  timeZone: FUSEAU_PARIS,
  day: "numeric",
  month: "long",
  year: "numeric",
});

const formatHeure = new Intl.DateTimeFormat("fr-FR", {
  timeZone: FUSEAU_PARIS,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function partie(parties: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  const trouvee = parties.find((p) => p.type === type);
  if (!trouvee) throw new Error(`Partie de date manquante : ${type}`);
  return trouvee.value;
}

/** « 31 mars 2027 », « 1er avril 2027 » (ordinal du premier jour, usage typographique français). */
export function formaterDate(date: Date): string {
  const parties = formatDate.formatToParts(date);
  const jour = partie(parties, "day");
  return `${jour === "1" ? "1er" : jour} ${partie(parties, "month")} ${partie(parties, "year")}`;
}

/** « 23 h 59 », « 9 h 05 » : notation des heures recommandée par l'Imprimerie nationale. */
export function formaterHeure(date: Date): string {
  const parties = formatHeure.formatToParts(date);
  const heures = Number(partie(parties, "hour"));
  return `${heures}\u00a0h\u00a0${partie(parties, "minute")}`;
}

/** « 31 mars 2027 à 23 h 59 ». */
export function formaterDateHeure(date: Date): string {
  return `${formaterDate(date)} à ${formaterHeure(date)}`;
}

const formatAnnee = new Intl.DateTimeFormat("fr-FR", { timeZone: FUSEAU_PARIS, year: "numeric" });

/** « 2027 » : l'année à Paris (le 31 décembre à 23 h 30 UTC est déjà l'année suivante). */
export function formaterAnnee(date: Date): string {
  return formatAnnee.format(date);
}

/** Valeur de l'attribut `datetime` d'un élément <time> (ISO 8601, UTC). */
export function dateIso(date: Date): string {
  return date.toISOString();
}
