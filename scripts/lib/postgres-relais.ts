// En root, PostgreSQL tourne sous l'utilisateur système « postgres » (PLATFORM.md, « Embedded
// PostgreSQL as root »). Si le dépôt est dans un dossier qu'il ne peut pas traverser (clone dans un
// dossier 0700 : dossier personnel de root, `mktemp -d`), initdb échouait avec `spawn … EACCES`.
// On place alors les binaires et/ou la grappe dans un dossier « relais » appartenant à root, en 0755.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, rmdirSync, symlinkSync } from "node:fs";
import path from "node:path";

export const RELAIS_PAR_DEFAUT = process.env.EMBEDDED_POSTGRES_RELAIS ?? "/var/lib/ateliers-des-territoires";

export type Identite = { uid: number; gid: number };

/** L'utilisateur système « postgres », créé s'il manque (comme le fait embedded-postgres). */
export function utilisateurPostgres(): Identite {
  const lire = (): Identite => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })),
  });
  try {
    return lire();
  } catch {
    execFileSync("groupadd", ["postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return lire();
  }
}

/** `test <option> <chemin>` exécuté sous l'identité donnée : ce que verra vraiment PostgreSQL. */
export function accessible(identite: Identite, option: "-x" | "-w", chemin: string): boolean {
  return spawnSync("test", [option, chemin], { uid: identite.uid, gid: identite.gid, stdio: "ignore" }).status === 0;
}

/** Crée `dossier` (et ses parents manquants) en 0755, appartenant à root. */
function dossierPublic(dossier: string) {
  mkdirSync(dossier, { recursive: true, mode: 0o755 });
  chmodSync(dossier, 0o755);
}

/**
 * Copie le dossier `native` d'embedded-postgres (bin, lib, share : PostgreSQL retrouve lib et share
 * à partir de son binaire) sous le relais, une fois par version. Liens physiques si possible
 * (instantané, même système de fichiers), sinon copie ; renommage final atomique, pour que deux
 * démarrages simultanés ne voient jamais une copie partielle.
 */
export function binairesRelayes(nativeDir: string, relais: string): { dossier: string; copie: boolean } {
  let version: string;
  try {
    version = JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")).version;
  } catch {
    version = createHash("sha256").update(nativeDir).digest("hex").slice(0, 12);
  }
  const cible = path.join(relais, `postgresql-${version}`);
  if (existsSync(path.join(cible, "bin", "postgres"))) return { dossier: cible, copie: false };
  dossierPublic(relais);
  const temporaire = `${cible}.${process.pid}.tmp`;
  rmSync(temporaire, { recursive: true, force: true });
  if (spawnSync("cp", ["-a", "--link", nativeDir, temporaire], { stdio: "ignore" }).status !== 0) {
    rmSync(temporaire, { recursive: true, force: true });
    execFileSync("cp", ["-a", nativeDir, temporaire]);
  }
  chmodSync(temporaire, 0o755);
  try {
    renameSync(temporaire, cible);
  } catch (error) {
    // Un autre démarrage a fini sa copie avant nous : on garde la sienne.
    rmSync(temporaire, { recursive: true, force: true });
    if (!existsSync(path.join(cible, "bin", "postgres"))) throw error;
  }
  return { dossier: cible, copie: true };
}

/**
 * Dossier de données atteignable par `identite` pour la grappe demandée dans `dataDir` : la grappe
 * va sous `<relais>/grappes/<nom>-<empreinte du chemin>` et `dataDir` devient un lien symbolique vers
 * elle (un `ls -l .data` montre où sont les données ; un second démarrage retrouve la même grappe).
 */
export function donneesRelayees(dataDir: string, relais: string, identite: Identite): string {
  const existe = existsSync(dataDir) || lstatOuRien(dataDir) !== undefined;
  if (existe && lstatOuRien(dataDir)?.isSymbolicLink()) return realpathSync(dataDir);
  if (existe) {
    if (readdirSync(dataDir).length > 0) {
      throw new Error(
        `L'utilisateur système « postgres » ne peut pas atteindre la grappe existante ${dataDir} ` +
          "(un dossier parent lui est fermé). Déplacez le dépôt dans un dossier qu'il peut traverser, " +
          `ou autorisez la traversée (chmod o+x sur chaque dossier parent), ou supprimez ${dataDir} ` +
          "pour recréer une grappe ailleurs.",
      );
    }
    rmdirSync(dataDir);
  }
  const empreinte = createHash("sha256").update(dataDir).digest("hex").slice(0, 12);
  const cible = path.join(relais, "grappes", `${path.basename(dataDir)}-${empreinte}`);
  dossierPublic(path.dirname(cible));
  mkdirSync(cible, { recursive: true, mode: 0o700 });
  chownSync(cible, identite.uid, identite.gid);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  symlinkSync(cible, dataDir);
  return cible;
}

function lstatOuRien(chemin: string) {
  try {
    return lstatSync(chemin);
  } catch {
    return undefined;
  }
}
