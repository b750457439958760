// Les chiffres de chaque format d'atelier, une seule fois (issue 9, point 9) : les bornes de durée que
// la règle R2 fait respecter et les chiffres montrés aux utilisateurs (page d'accueil, formulaire de
// création, aide de la durée). L'accueil ne peut plus annoncer une durée que le formulaire refuse.
// Sources (DESIGN.md §2) : préfecture de la Mayenne (national et local « environ 18 mois », flash « de 3
// à 6 mois ») ; DGALN (local « de 10 à 15 mois » avec 3 ateliers in situ, environ 100 000 € ; flash
// environ 20 000 € ; session 2023 : 1 M€ pour 6 lauréats). Bornes de R2 : choix produit, DESIGN.md §6.
import type { FormatAtelier } from "@/lib/generated/prisma/enums";
import { formaterEuros } from "@/lib/format/nombres";

type CoutEquipe = { montantEuros: number } | { montantEuros: number; session: number; laureats: number };

export type ChiffresFormat = {
  /** Bornes de R2, comprises. */
  dureeMois: { min: number; max: number };
  /** Durée annoncée par les sources pour un atelier ordinaire, à l'intérieur des bornes. */
  dureeHabituelleMois: { min: number; max: number } | null;
  /** Ateliers in situ d'un atelier ordinaire, avec leurs thèmes. */
  ateliersInSitu: { nombre: number; themes: string[] } | null;
  /** Coût de l'équipe, pris en charge par la DGALN. */
  coutEquipe: CoutEquipe;
};

export const CHIFFRES_FORMATS: Record<FormatAtelier, ChiffresFormat> = {
  national: {
    dureeMois: { min: 12, max: 24 },
    dureeHabituelleMois: { min: 18, max: 18 },
    ateliersInSitu: null,
    coutEquipe: { montantEuros: 1_000_000, session: 2023, laureats: 6 },
  },
  local: {
    dureeMois: { min: 10, max: 18 },
    dureeHabituelleMois: { min: 10, max: 15 },
    ateliersInSitu: { nombre: 3, themes: ["diagnostic et enjeux", "stratégie", "feuille de route"] },
    coutEquipe: { montantEuros: 100_000 },
  },
  flash: {
    dureeMois: { min: 3, max: 6 },
    dureeHabituelleMois: null,
    ateliersInSitu: null,
    coutEquipe: { montantEuros: 20_000 },
  },
};

const EN_LETTRES = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"];

/** « trois » (jusqu'à dix), « 12 » au-delà. */
export function enLettres(nombre: number): string {
  return EN_LETTRES[nombre] ?? String(nombre);
}

/** « 10 à 18 mois » : les bornes de R2. */
export function texteBornesDuree(format: FormatAtelier): string {
  const { min, max } = CHIFFRES_FORMATS[format].dureeMois;
  return `${min} à ${max} mois`;
}

/** « 10 à 18 mois, le plus souvent 10 à 15 mois » : les bornes, puis la durée habituelle s'il y en a une. */
export function texteDuree(format: FormatAtelier): string {
  const habituelle = CHIFFRES_FORMATS[format].dureeHabituelleMois;
  if (!habituelle) return texteBornesDuree(format);
  const { min, max } = habituelle;
  return `${texteBornesDuree(format)}, ${min === max ? `environ ${min} mois` : `le plus souvent ${min} à ${max} mois`}`;
}

/** « 3 ateliers in situ (diagnostic et enjeux, stratégie, feuille de route) », ou rien. */
export function texteAteliersInSitu(format: FormatAtelier): string | null {
  const ateliers = CHIFFRES_FORMATS[format].ateliersInSitu;
  return ateliers ? `${enLettres(ateliers.nombre)} ateliers in situ (${ateliers.themes.join(", ")})` : null;
}

/** « Environ 100 000 € », « Session 2023 : 1 000 000 € pour 6 lauréats ». */
export function texteCoutEquipe(format: FormatAtelier): string {
  const cout = CHIFFRES_FORMATS[format].coutEquipe;
  const montant = formaterEuros(cout.montantEuros);
  return "session" in cout ? `Session ${cout.session} : ${montant} pour ${cout.laureats} lauréats` : `Environ ${montant}`;
}

/** Aide du champ « Durée prévue » : « Atelier flash : 3 à 6 mois ; local : 10 à 18 mois ; national : 12 à 24 mois. » */
export function aideDureeMois(): string {
  return `Atelier flash : ${texteBornesDuree("flash")} ; local : ${texteBornesDuree("local")} ; national : ${texteBornesDuree("national")}.`;
}
