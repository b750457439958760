// La règle ESLint « pas d'accès à la base depuis app/ ni components/ » (eslint.config.mjs) : passée
// par l'API d'ESLint sur la vraie configuration, elle refuse l'import de la base dans une page, une
// route et un composant (chemin d'alias ou relatif), et le laisse à lib/.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const racine = path.join(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: racine });

async function messages(code: string, fichier: string): Promise<string[]> {
  const [resultat] = await eslint.lintText(code, { filePath: path.join(racine, fichier) });
  return resultat!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("pas d'accès à la base depuis app/ ni components/", () => {
  it.each([
    ['import { prisma } from "@/lib/db";\nexport const n = prisma;\n', "app/candidatures/exemple/page.tsx"],
    ['import { prisma } from "@/lib/db";\nexport const n = prisma;\n', "app/api/exemple/route.ts"],
    ['import { createPrismaClient } from "@/lib/prisma-client";\nexport const c = createPrismaClient;\n', "components/candidatures/Exemple.tsx"],
    ['import { prisma } from "../../lib/db";\nexport const n = prisma;\n', "app/candidatures/actions.ts"],
  ])("refuse %j dans %s", async (code, fichier) => {
    const trouves = await messages(code, fichier);
    expect(trouves).toHaveLength(1);
    expect(trouves[0]).toContain("Pas d'accès direct à la base depuis app/ ni components/");
  }, 60_000);

  it("laisse lib/ lire la base, et app/ appeler lib/", async () => {
    expect(await messages('import { prisma } from "@/lib/db";\nexport const n = prisma;\n', "lib/candidatures/exemple.ts")).toEqual([]);
    expect(await messages('import { trouverCandidature } from "@/lib/candidatures/queries";\nexport const t = trouverCandidature;\n', "app/candidatures/exemple/page.tsx")).toEqual([]);
  }, 60_000);
});
