// Lecture du jeu de données @etalab/decoupage-administratif : ses fichiers JSON, pas son
// index.js (qui résout les chemins depuis le répertoire courant).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { DonneesCog } from "./construire";

export const SOURCE_REFERENTIEL = "@etalab/decoupage-administratif";

/** Millésime du COG livré par chaque version majeure du paquet (pour les messages). */
const MILLESIME_COG: Record<string, string> = { "6": "2026" };

async function lireJson<T>(dossier: string, fichier: string): Promise<T> {
  return JSON.parse(await readFile(path.join(dossier, fichier), "utf8")) as T;
}

function dossierPaquet(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve(`${SOURCE_REFERENTIEL}/package.json`));
}

export async function versionReferentiel(): Promise<string> {
  return (await lireJson<{ version: string }>(dossierPaquet(), "package.json")).version;
}

export function libelleVersion(version: string): string {
  const millesime = MILLESIME_COG[version.split(".")[0] ?? ""];
  return millesime ? `COG ${millesime}` : `découpage administratif ${version}`;
}

export async function lireDonneesCog(): Promise<DonneesCog> {
  const dossier = path.join(dossierPaquet(), "data");
  const [communes, epci, departements, regions] = await Promise.all([
    lireJson<DonneesCog["communes"]>(dossier, "communes.json"),
    lireJson<DonneesCog["epci"]>(dossier, "epci.json"),
    lireJson<DonneesCog["departements"]>(dossier, "departements.json"),
    lireJson<DonneesCog["regions"]>(dossier, "regions.json"),
  ]);
  return { communes, epci, departements, regions };
}

