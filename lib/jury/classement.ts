// Notes, moyennes et rangs des candidatures d'une session (issue 13) — le seul endroit où ils se
// calculent. Chaque juré note chaque critère de 0 à 5 ; la note d'un juré est la moyenne pondérée de
// ses notes (poids en %) ; la note de la candidature est la moyenne des notes des jurés qui ont
// soumis une évaluation complète. Les brouillons ne comptent pas. Un désaccord est signalé quand deux
// jurés s'écartent d'au moins 2 points sur un critère. Rang « de compétition » : ex aequo au même
// rang, le suivant saute (1, 2, 2, 4) ; les candidatures sans aucune évaluation ne sont pas classées.

export const NOTE_MIN = 0;
export const NOTE_MAX = 5;
export const ECART_DESACCORD = 2;

export type Critere = { id: string; poids: number };
/** Évaluation soumise d'un juré sur une candidature : sa note par critère. */
export type EvaluationSoumise = { membreJuryId: string; candidatureId: string; notes: Record<string, number> };

export type LigneClassement = {
  candidatureId: string;
  /** Moyenne pondérée sur 5, arrondie au centième ; `null` sans évaluation complète. */
  moyenne: number | null;
  /** Note pondérée de chaque juré (sur 5). */
  parJure: { membreJuryId: string; note: number }[];
  /** Critères où les jurés s'écartent d'au moins 2 points. */
  desaccords: string[];
  /** Jurés affectés qui n'ont pas (encore) soumis d'évaluation complète. */
  manquants: string[];
  rang: number | null;
  /** Dans le quota de lauréats (rang ≤ quota). */
  dansLeQuota: boolean;
};

const arrondi = (n: number) => Math.round(n * 100) / 100;

/** Note pondérée d'un juré, ou `null` si un critère manque. */
export function notePonderee(criteres: readonly Critere[], notes: Record<string, number>): number | null {
  const total = criteres.reduce((t, c) => t + c.poids, 0);
  if (total <= 0) return null;
  let somme = 0;
  for (const c of criteres) {
    const n = notes[c.id];
    if (n === undefined || !Number.isFinite(n) || n < NOTE_MIN || n > NOTE_MAX) return null;
    somme += n * c.poids;
  }
  return somme / total;
}

export function classer(options: {
  criteres: readonly Critere[];
  candidatures: readonly { id: string; affectes: readonly string[] }[];
  evaluations: readonly EvaluationSoumise[];
  quota: number | null;
}): LigneClassement[] {
  const { criteres, quota } = options;
  const parCandidature = new Map<string, EvaluationSoumise[]>();
  for (const e of options.evaluations) parCandidature.set(e.candidatureId, [...(parCandidature.get(e.candidatureId) ?? []), e]);

  const lignes: LigneClassement[] = options.candidatures.map((c) => {
    const evaluations = (parCandidature.get(c.id) ?? []).filter((e) => c.affectes.includes(e.membreJuryId));
    const parJure = evaluations.flatMap((e) => {
      const note = notePonderee(criteres, e.notes);
      return note === null ? [] : [{ membreJuryId: e.membreJuryId, note }];
    });
    const completes = new Set(parJure.map((p) => p.membreJuryId));
    const desaccords = criteres
      .filter((cr) => {
        const notes = evaluations.filter((e) => completes.has(e.membreJuryId)).map((e) => e.notes[cr.id]!);
        return notes.length > 1 && Math.max(...notes) - Math.min(...notes) >= ECART_DESACCORD;
      })
      .map((cr) => cr.id);
    const moyenne = parJure.length ? arrondi(parJure.reduce((t, p) => t + p.note, 0) / parJure.length) : null;
    return {
      candidatureId: c.id,
      moyenne,
      parJure: parJure.map((p) => ({ ...p, note: arrondi(p.note) })),
      desaccords,
      manquants: c.affectes.filter((j) => !completes.has(j)),
      rang: null,
      dansLeQuota: false,
    };
  });

  const classees = lignes.filter((l) => l.moyenne !== null).sort((a, b) => b.moyenne! - a.moyenne! || a.candidatureId.localeCompare(b.candidatureId));
  classees.forEach((l, i) => {
    const precedente = classees[i - 1];
    l.rang = precedente && precedente.moyenne === l.moyenne ? precedente.rang : i + 1;
    l.dansLeQuota = quota !== null && l.rang! <= quota;
  });
  return [...classees, ...lignes.filter((l) => l.moyenne === null)];
}
