// Un processus qui charge le démarrage de PostgreSQL embarqué garde son code de sortie : sans cela,
// les tests d'intégration en échec sortaient avec le code 0 (voir embedded-postgres.ts).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("code de sortie d'un processus qui charge PostgreSQL embarqué", () => {
  it("reste celui que le processus a posé (process.exitCode)", () => {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", 'await import("./scripts/lib/embedded-postgres.ts"); process.exitCode = 3;'],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(3);
  });
});
