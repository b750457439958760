// Répartition automatique et équilibrée des candidatures d'une session entre les jurés (issue 13) :
// chaque candidature reçoit N jurés, les charges sont égales à une unité près quand les contraintes
// le permettent, et aucun juré n'évalue une candidature de sa propre organisation ou de son
// département, ni une candidature pour laquelle il a déclaré un conflit d'intérêts (DESIGN.md §9).
// Fonction pure : le cas d'usage (lib/jury/affecter.ts) lui donne les faits et écrit le résultat.

export type CandidatureAAffecter = { id: string; organisationIds: readonly string[]; departements: readonly string[] };
export type JureAAffecter = { membreJuryId: string; organisationIds: readonly string[]; departements: readonly string[] };
export type Affectation = { membreJuryId: string; candidatureId: string };

export type Repartition = {
  affectations: Affectation[];
  /** Candidatures qui n'ont pas pu recevoir N jurés (pas assez de jurés sans lien avec elles). */
  incompletes: { candidatureId: string; obtenus: number }[];
  charges: Map<string, number>;
};

/** Un juré peut-il évaluer cette candidature ? (organisation, département, conflit déclaré) */
export function jureCompatible(jure: JureAAffecter, c: CandidatureAAffecter, conflits: ReadonlySet<string>): boolean {
  if (conflits.has(cleConflit(jure.membreJuryId, c.id))) return false;
  if (jure.organisationIds.some((o) => c.organisationIds.includes(o))) return false;
  return !jure.departements.some((d) => c.departements.includes(d));
}

export const cleConflit = (membreJuryId: string, candidatureId: string) => `${membreJuryId}|${candidatureId}`;

/** Ordre stable et sans biais d'un identifiant (répartit les égalités sans favoriser les premiers). */
function empreinte(texte: string): number {
  let h = 2166136261;
  for (let i = 0; i < texte.length; i++) h = Math.imul(h ^ texte.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function repartir(options: {
  candidatures: readonly CandidatureAAffecter[];
  jures: readonly JureAAffecter[];
  parCandidature: number;
  conflits?: readonly Affectation[];
  /** Affectations déjà faites (à la main) : gardées, comptées dans les charges. */
  existantes?: readonly Affectation[];
}): Repartition {
  const { candidatures, jures, parCandidature } = options;
  const conflits = new Set((options.conflits ?? []).map((c) => cleConflit(c.membreJuryId, c.candidatureId)));
  const charges = new Map(jures.map((j) => [j.membreJuryId, 0]));
  const par = new Map<string, Set<string>>(candidatures.map((c) => [c.id, new Set<string>()]));
  const affectations: Affectation[] = [];
  for (const a of options.existantes ?? []) {
    if (!par.has(a.candidatureId) || !charges.has(a.membreJuryId)) continue;
    par.get(a.candidatureId)!.add(a.membreJuryId);
    charges.set(a.membreJuryId, charges.get(a.membreJuryId)! + 1);
  }
  const eligibles = new Map(candidatures.map((c) => [c.id, jures.filter((j) => jureCompatible(j, c, conflits))]));
  // Les plus contraintes d'abord : elles ont le moins de jurés possibles.
  const ordre = [...candidatures].sort((a, b) => eligibles.get(a.id)!.length - eligibles.get(b.id)!.length || empreinte(a.id) - empreinte(b.id));
  for (const c of ordre) {
    const deja = par.get(c.id)!;
    const candidats = eligibles
      .get(c.id)!
      .filter((j) => !deja.has(j.membreJuryId))
      .sort((a, b) => charges.get(a.membreJuryId)! - charges.get(b.membreJuryId)! || empreinte(a.membreJuryId + c.id) - empreinte(b.membreJuryId + c.id));
    for (const j of candidats.slice(0, Math.max(0, parCandidature - deja.size))) {
      deja.add(j.membreJuryId);
      charges.set(j.membreJuryId, charges.get(j.membreJuryId)! + 1);
      affectations.push({ membreJuryId: j.membreJuryId, candidatureId: c.id });
    }
  }
  reequilibrer(affectations, candidatures, eligibles, par, charges);
  const incompletes = candidatures.filter((c) => par.get(c.id)!.size < parCandidature).map((c) => ({ candidatureId: c.id, obtenus: par.get(c.id)!.size }));
  return { affectations, incompletes, charges };
}

/** Déplace des affectations nouvelles du juré le plus chargé vers le moins chargé tant que l'écart dépasse 1. */
function reequilibrer(
  affectations: Affectation[],
  candidatures: readonly CandidatureAAffecter[],
  eligibles: Map<string, JureAAffecter[]>,
  par: Map<string, Set<string>>,
  charges: Map<string, number>,
) {
  for (let tour = 0; tour < candidatures.length * 4; tour++) {
    const tries = [...charges.entries()].sort((a, b) => a[1] - b[1]);
    const [moins, chargeMin] = tries[0] ?? [];
    const [plus, chargeMax] = tries.at(-1) ?? [];
    if (moins === undefined || plus === undefined || chargeMax! - chargeMin! <= 1) return;
    const i = affectations.findIndex(
      (a) => a.membreJuryId === plus && !par.get(a.candidatureId)!.has(moins) && eligibles.get(a.candidatureId)!.some((j) => j.membreJuryId === moins),
    );
    if (i < 0) return; // aucun déplacement possible : les contraintes imposent l'écart
    const a = affectations[i]!;
    par.get(a.candidatureId)!.delete(plus);
    par.get(a.candidatureId)!.add(moins);
    charges.set(plus, chargeMax! - 1);
    charges.set(moins, chargeMin! + 1);
    affectations[i] = { membreJuryId: moins, candidatureId: a.candidatureId };
  }
}
