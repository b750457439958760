// Le déroulé commun des bancs « par les fonctions de l'application » (jury, ateliers) : chaque
// mesure appelée en série (c = 1), échauffement non compté, puis N exécutions ; p50, p95, max et
// requêtes SQL par appel (compteur de lib/banc/compteur-requetes.ts, activé avant le premier import
// de lib/db par BANC_COMPTER_REQUETES=1). Une mesure vérifie son résultat et rend un résumé d'une ligne.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";

export type Mesure<C> = {
  nom: string;
  /** Moins d'exécutions qu'indiqué par --repetitions (mesure longue). */
  repetitionsMax?: number;
  /** Avant chaque exécution, hors chrono. */
  preparer?: (ctx: C) => Promise<void>;
  /** L'exécution chronométrée : vérifie son résultat, rend un résumé d'une ligne. */
  mesurer: (ctx: C) => Promise<string>;
};

export type ResultatMesure = { nom: string; durees: number[]; requetes: number[]; resume: string };

/** Arguments communs : --repetitions, --echauffement, --seulement <texte>. */
export function lireArgumentsBanc(repetitionsParDefaut = 30) {
  const { values } = parseArgs({
    options: {
      repetitions: { type: "string", default: String(repetitionsParDefaut) },
      echauffement: { type: "string", default: "5" },
      seulement: { type: "string" },
    },
  });
  return {
    repetitions: Math.max(1, Number(values.repetitions)),
    echauffement: Math.max(0, Number(values.echauffement)),
    seulement: values.seulement,
  };
}

/** Centile au rang le plus proche, sur des durées triées. */
export const centile = (t: readonly number[], p: number) => t[Math.min(t.length - 1, Math.max(0, Math.ceil((p / 100) * t.length) - 1))] ?? 0;
const ms = (v: number) => v.toLocaleString("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export async function executerMesures<C>(
  mesures: readonly Mesure<C>[],
  ctx: C,
  options: ReturnType<typeof lireArgumentsBanc> & { log: (m: string) => void },
): Promise<ResultatMesure[]> {
  const { lireCompteurRequetes } = await import("../../lib/banc/compteur-requetes");
  const resultats: ResultatMesure[] = [];
  for (const m of mesures.filter((m) => !options.seulement || m.nom.includes(options.seulement))) {
    const durees: number[] = [];
    const requetes: number[] = [];
    let resume = "";
    const repetitions = Math.min(options.repetitions, m.repetitionsMax ?? options.repetitions);
    const echauffement = m.repetitionsMax ? Math.min(1, options.echauffement) : options.echauffement;
    for (let i = 0; i < echauffement + repetitions; i++) {
      await m.preparer?.(ctx);
      const avant = lireCompteurRequetes() ?? 0;
      const debut = performance.now();
      resume = await m.mesurer(ctx);
      const duree = performance.now() - debut;
      if (i < echauffement) continue; // plans de requêtes, JIT, pool de connexions
      durees.push(duree);
      requetes.push((lireCompteurRequetes() ?? 0) - avant);
    }
    options.log(`${m.nom} : ${resume}.`);
    resultats.push({ nom: m.nom, durees: durees.sort((a, b) => a - b), requetes, resume });
  }
  return resultats;
}

/** Le tableau Markdown des résultats, précédé de son titre (date, PostgreSQL, charge de la machine). */
export function afficherResultats(titre: string, versionPg: string, echauffement: number, resultats: readonly ResultatMesure[], avant: string[] = []): void {
  console.log(
    `\n## ${titre} (${new Date().toISOString().slice(0, 10)}, PostgreSQL ${versionPg}, c = 1, ` +
      `${echauffement} exécutions d'échauffement non comptées, charge ${loadavg().map((l) => l.toFixed(1)).join(" / ")})\n`,
  );
  for (const ligne of avant) console.log(`${ligne}\n`);
  console.log("| mesure | n | p50 (ms) | p95 (ms) | max (ms) | requêtes SQL / appel | contrôle |");
  console.log("|---|---:|---:|---:|---:|---:|---|");
  for (const r of resultats) {
    const min = Math.min(...r.requetes);
    const max = Math.max(...r.requetes);
    console.log(`| ${r.nom} | ${r.durees.length} | ${ms(centile(r.durees, 50))} | ${ms(centile(r.durees, 95))} | ${ms(r.durees.at(-1) ?? 0)} | ${min === max ? min : `${min}–${max}`} | ${r.resume} |`);
  }
}
