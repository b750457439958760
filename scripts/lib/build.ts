// Construction de production seulement si les sources ont changé depuis la dernière :
// le deuxième `npm start` démarre en quelques secondes.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"];
const IGNORED = new Set(["node_modules", ".next", "generated", "dsfr"]);
const STAMP = ".next/.empreinte-sources";

function hashTree(hash: ReturnType<typeof createHash>, entry: string) {
  if (!existsSync(entry)) return;
  const stats = statSync(entry);
  if (stats.isDirectory()) {
    for (const child of readdirSync(entry).sort()) {
      if (!IGNORED.has(child)) hashTree(hash, path.join(entry, child));
    }
  } else if (!entry.endsWith(".test.ts")) {
    hash.update(entry).update(readFileSync(entry));
  }
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const entry of SOURCES) hashTree(hash, entry);
  return hash.digest("hex");
}

export async function buildIfNeeded(env: NodeJS.ProcessEnv, log: (m: string) => void): Promise<void> {
  const fingerprint = sourceFingerprint();
  if (existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint) {
    log("Construction de production à jour.");
    return;
  }
  log("Construction de production (next build, environ 30 s)…");
  const result = spawnSync("npm", ["run", "build"], { env, stdio: "inherit" });
  if (result.status !== 0) throw new Error("la construction (next build) a échoué");
  writeFileSync(STAMP, fingerprint);
}
