// Générateurs fast-check des suites de fuzz (issue 15) : une entrée « presque valide » dérivée de la
// structure d'un schéma zod (mêmes clés, mêmes énumérations, identifiants réels), dont chaque nœud
// peut être remplacé par une valeur quelconque ou piégée (NUL, surrogate isolé, très grand entier…).
// Taille : FUZZ_RUNS (quelques centaines dans `npm test`, 10 000 avec `npm run fuzz`).
import fc from "fast-check";
import type { z } from "zod";

/** Entrées par frontière : FUZZ_RUNS, sinon `parDefaut` (dimensionné pour `npm test`). */
export const tailleFuzz = (parDefaut: number) => Math.max(1, Number.parseInt(process.env.FUZZ_RUNS ?? "", 10) || parDefaut);
/** Graine fixée par FUZZ_SEED pour rejouer un échec ; sinon aléatoire (affichée en cas d'échec). */
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

export const optionsFuzz = (runs: number): fc.Parameters<unknown> => ({ numRuns: runs, seed: SEED, endOnFailure: true });

const PIEGES = [
  "",
  " ",
  "\u0000",
  "texte\u0000suite",
  "\ud800",
  "a\udfffb",
  "%ED%A0%80",
  "2147483648",
  "9007199254740993",
  "-1",
  "0",
  "1e309",
  "NaN",
  "null",
  "__proto__",
  "constructor",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../etc/passwd",
  "é".repeat(300),
  "x".repeat(12_000),
  "2027-02-30",
  "2027-03-01T00:00:00.000Z",
];

/** Une valeur scalaire quelconque ou piégée ; `ids` : identifiants réels à glisser parmi les chaînes. */
export function valeurQuelconque(ids: readonly string[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...PIEGES, ...ids),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: fc.constantFrom("a", "é", " ", "\u0000", "\ud800", "\n", "-", "9"), maxLength: 20 }),
    fc.uuid(),
    fc.integer(),
    fc.constantFrom(2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER + 2, 1e309, -0, Number.NaN, 0.5),
    fc.double(),
    fc.boolean(),
    fc.constantFrom(null, undefined),
    fc.date({ noInvalidDate: false }),
    fc.uint8Array({ maxLength: 64 }),
    fc.anything({ maxDepth: 2 }),
  );
}

/** Texte d'une valeur quelconque (un objet sans prototype ne se convertit pas avec `String`). */
export function enTexte(valeur: unknown): string {
  try {
    return String(valeur);
  } catch {
    return "[objet]";
  }
}

type Def = { type: string; [cle: string]: unknown };
const defDe = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Entrée dérivée de la structure du schéma, chaque nœud pouvant être remplacé par `valeurQuelconque`. */
export function entreeDepuis(schema: z.ZodType, ids: readonly string[] = [], profondeur = 0): fc.Arbitrary<unknown> {
  const quelconque = valeurQuelconque(ids);
  const structure = structureDe(schema, ids, profondeur);
  // Surtout des entrées bien formées, pour atteindre les cas d'usage ; un nœud sur dix est piégé.
  return structure ? fc.oneof({ weight: 9, arbitrary: structure }, { weight: 1, arbitrary: quelconque }) : quelconque;
}

function structureDe(schema: z.ZodType, ids: readonly string[], profondeur: number): fc.Arbitrary<unknown> | null {
  if (profondeur > 6) return null;
  const def = defDe(schema);
  const sous = (s: unknown) => entreeDepuis(s as z.ZodType, ids, profondeur + 1);
  switch (def.type) {
    case "object": {
      const forme = def.shape as Record<string, z.ZodType>;
      return fc.record(Object.fromEntries(Object.entries(forme).map(([cle, s]) => [cle, sous(s)])), { requiredKeys: [] });
    }
    case "array":
      return fc.array(sous(def.element), { maxLength: 4 });
    case "union":
      return fc.oneof(...(def.options as z.ZodType[]).map(sous));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return sous(def.innerType);
    case "pipe":
      return fc.oneof(sous(def.in), sous(def.out));
    case "string":
      switch (def.format) {
        case "uuid": {
          const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
          return uuids.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...uuids) }, { weight: 1, arbitrary: fc.uuid() }) : fc.uuid();
        }
        case "email":
          return fc.oneof(fc.emailAddress(), fc.constantFrom("prenom.nom@mairie.fr"));
        case "datetime":
          return fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString());
        default:
          return fc.oneof(fc.constantFrom(...ids, "Texte ordinaire", "Commune de Laval", "2027-03-01", "53130"), fc.string({ maxLength: 30 }));
      }
    case "number":
    case "int":
      return fc.oneof(fc.integer({ min: -1, max: 40 }), fc.constantFrom(2_147_483_648, 1e12));
    case "boolean":
      return fc.boolean();
    default:
      return null;
  }
}

/** Un message d'erreur de zod laissé en anglais (message par défaut) : l'utilisateur ne doit jamais le lire. */
export function messageAnglais(message: string): boolean {
  return /\b(Invalid|Too small|Too big|Unrecognized|expected|received|Required)\b/.test(message);
}
