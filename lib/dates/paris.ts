// Les dates-heures du programme (clôture des sessions…) sont saisies et lues à l'heure de Paris,
// et stockées en UTC. Le décalage (UTC+1 ou UTC+2) dépend de la date : on le calcule avec Intl.
const FUSEAU = "Europe/Paris";

// Construit une fois : un Intl.DateTimeFormat coûte cher à créer (l'export XLSX en convertit des
// dizaines de milliers de dates ; créé à chaque appel, il y passait l'essentiel de son temps).
const PARTIES_PARIS = new Intl.DateTimeFormat("en-US", {
  timeZone: FUSEAU,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function decalageMinutes(instant: Date): number {
  const parties = PARTIES_PARIS.formatToParts(instant);
  const v = (type: string) => Number(parties.find((p) => p.type === type)?.value);
  const commeUtc = Date.UTC(v("year"), v("month") - 1, v("day"), v("hour"), v("minute"), v("second"));
  return Math.round((commeUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** « 2027-03-31T23:59 » (heure de Paris) → instant UTC. */
export function heureDeParis(locale: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(locale);
  if (!m) throw new Error(`Date-heure invalide : ${locale}`);
  const [, a, mo, j, h, mi, s] = m;
  const naif = Date.UTC(Number(a), Number(mo) - 1, Number(j), Number(h), Number(mi), Number(s ?? 0));
  let instant = new Date(naif - decalageMinutes(new Date(naif)) * 60_000);
  // Près d'un changement d'heure, le décalage au résultat peut différer de celui de l'estimation.
  instant = new Date(naif - decalageMinutes(instant) * 60_000);
  return instant;
}

export { decalageMinutes as decalageParisMinutes };

/** Instant UTC → « 2027-03-28T23:59 » (heure de Paris), la valeur d'un champ `datetime-local`. */
export function versHeureDeParis(instant: Date): string {
  const parties = PARTIES_PARIS.formatToParts(instant);
  const v = (type: string) => parties.find((p) => p.type === type)?.value ?? "00";
  return `${v("year")}-${v("month")}-${v("day")}T${v("hour")}:${v("minute")}`;
}

/** Le jour civil à Paris d'un instant, « 2027-03-28 » (le 27 à 23 h 30 UTC est déjà le 28 à Paris). */
export function jourDeParis(instant: Date): string {
  const parties = PARTIES_PARIS.formatToParts(instant);
  const v = (type: string) => parties.find((p) => p.type === type)?.value;
  return `${v("year")}-${v("month")}-${v("day")}`;
}
