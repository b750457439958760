import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Aucun accès à la base depuis app/ ni components/ (issue 11, CONVENTIONS.md « thin routes ») :
// pages, routes et composants appellent une requête ou un cas d'usage de lib/, où la permission est
// dans le `where` (lib/autorisations/politique.ts). Prouvé par scripts/lint-acces-base.test.ts.
export const MESSAGE_ACCES_BASE =
  "Pas d'accès direct à la base depuis app/ ni components/ : appelez une requête ou un cas d'usage de lib/ (la portée de l'acteur y est appliquée).";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**/*.{ts,tsx,js,jsx,mjs}", "components/**/*.{ts,tsx,js,jsx,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "@/lib/prisma-client", "**/lib/db", "**/lib/prisma-client", "@prisma/adapter-pg", "pg"],
              message: MESSAGE_ACCES_BASE,
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "public/dsfr/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "tests/.artifacts/**",
  ]),
]);
