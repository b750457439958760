// « 1 candidature retenue », « 3 candidatures retenues », « 0 décision » : le nombre et son nom accordé
// (le pluriel français régulier par défaut, ou la forme donnée).
export function compter(n: number, singulier: string, pluriel = singulier.split(" ").map((m) => `${m}s`).join(" ")): string {
  return `${n.toLocaleString("fr-FR")} ${n > 1 ? pluriel : singulier}`;
}
