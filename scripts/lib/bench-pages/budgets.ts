// Budgets du banc des pages (issue 10), définis ici seulement ; `--verifier` échoue sur chaque dépassement.
import type { Mesure } from "./mesure";
import type { Ligne } from "./pages";

export const BUDGETS = {
  /** Page authentifiée, c=1 : médiane et 95e centile (ms). */
  p50Ms: 24,
  p95Ms: 60,
  /** Débit à c=16 d'une page authentifiée : au moins cette part de celui de /mon-compte dans la même exécution. */
  partDebitMonCompte: 0.5,
  /** Actions serveur de recherche au fil de la frappe (nom « rechercher… »), c=1 : 95e centile (ms). */
  rechercheP95Ms: 20,
  /** Requêtes SQL par requête HTTP quand la ligne ne fixe pas son `sqlMax`. */
  sqlMaxParDefaut: 12,
  /** Écart admis de requêtes SQL entre les lignes d'un même groupe `comparer` (au-delà : N+1 probable). */
  ecartSqlGroupe: 1,
  /** JavaScript gzip d'une page : au plus cette part de celui de l'accueil. */
  partJsAccueil: 1.1,
} as const;

export type Resultat = { ligne: Ligne; chemin: string; mesure?: Mesure; probleme?: string };

export const libelle = (r: Resultat) => `${r.ligne.nom} [${r.ligne.role}]`;
const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Les budgets dépassés, en français ; vide si tout tient. */
export function verifierBudgets(resultats: Resultat[]): string[] {
  const echecs: string[] = [];
  const mesures = resultats.filter((r): r is Resultat & { mesure: Mesure } => r.mesure !== undefined);
  for (const r of resultats) if (r.probleme) echecs.push(`${libelle(r)} : non mesurée (${r.probleme})`);

  const monCompte = mesures.find((r) => r.chemin === "/mon-compte");
  const accueil = mesures.find((r) => r.chemin === "/" && r.ligne.role === "anonyme");
  if (!monCompte) echecs.push("/mon-compte n'a pas été mesurée : pas de référence de débit");
  if (accueil?.mesure.jsGzipKio == null) echecs.push("l'accueil n'a pas été mesuré : pas de référence de JavaScript");

  for (const r of mesures) {
    const m = r.mesure;
    const authentifiee = r.ligne.role !== "anonyme" && !r.ligne.action && !r.ligne.plancher;
    if (m.erreurs > 0) echecs.push(`${libelle(r)} : ${m.erreurs} réponse(s) en erreur ou au statut inattendu sur ${m.requetes}`);
    if (authentifiee) {
      if (m.c1.p50 > BUDGETS.p50Ms) echecs.push(`${libelle(r)} : p50 ${ms(m.c1.p50)} > ${BUDGETS.p50Ms} ms`);
      if (m.c1.p95 > BUDGETS.p95Ms) echecs.push(`${libelle(r)} : p95 ${ms(m.c1.p95)} > ${BUDGETS.p95Ms} ms`);
      const plancher = monCompte ? monCompte.mesure.c16.rps * BUDGETS.partDebitMonCompte : 0;
      if (m.c16.rps < plancher) echecs.push(`${libelle(r)} : ${m.c16.rps.toFixed(0)} req/s à c=16 < ${plancher.toFixed(0)} (moitié de /mon-compte)`);
    }
    if (r.ligne.action?.nom.startsWith("rechercher") && m.c1.p95 > BUDGETS.rechercheP95Ms) {
      echecs.push(`${libelle(r)} : p95 ${ms(m.c1.p95)} > ${BUDGETS.rechercheP95Ms} ms`);
    }
    const sqlMax = r.ligne.sqlMax ?? BUDGETS.sqlMaxParDefaut;
    if (m.sqlParRequete !== null && m.sqlParRequete > sqlMax) echecs.push(`${libelle(r)} : ${m.sqlParRequete.toFixed(1)} requêtes SQL par requête > ${sqlMax}`);
    const jsMax = (accueil?.mesure.jsGzipKio ?? Infinity) * BUDGETS.partJsAccueil;
    if (m.jsGzipKio !== null && m.jsGzipKio > jsMax) echecs.push(`${libelle(r)} : ${m.jsGzipKio.toFixed(0)} Kio de JavaScript gzip > ${jsMax.toFixed(0)} (110 % de l'accueil)`);
  }

  const groupes = new Map<string, typeof mesures>();
  for (const r of mesures) {
    if (r.ligne.comparer && r.mesure.sqlParRequete !== null) groupes.set(r.ligne.comparer, [...(groupes.get(r.ligne.comparer) ?? []), r]);
  }
  for (const [groupe, lignes] of groupes) {
    const sql = lignes.map((r) => r.mesure.sqlParRequete!);
    if (Math.max(...sql) - Math.min(...sql) > BUDGETS.ecartSqlGroupe) {
      const detail = lignes.map((r) => `${libelle(r)} ${r.mesure.sqlParRequete!.toFixed(1)}`).join(", ");
      echecs.push(`groupe « ${groupe} » : le nombre de requêtes SQL varie avec le volume (N+1 probable) — ${detail}`);
    }
  }
  return echecs;
}
