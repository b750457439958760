// R2 — Durée prévue par format, bornes comprises [choix produit, DESIGN.md §6 R2]. Les bornes et la
// durée habituelle annoncée par les sources sont dans formats.ts, lues aussi par la page d'accueil et
// le formulaire. La durée est saisie ; les dates réelles ne sont jamais déduites du format.
import type { FormatAtelier } from "@/lib/generated/prisma/enums";
import { CHIFFRES_FORMATS, texteBornesDuree } from "./formats";
import { element, LIBELLES_FORMAT, majuscule } from "./libelles";
import type { CodeRegle, ElementChecklist, FaitsCandidature } from "./types";

export const DUREES_MOIS: Record<FormatAtelier, { min: number; max: number }> = {
  flash: CHIFFRES_FORMATS.flash.dureeMois,
  local: CHIFFRES_FORMATS.local.dureeMois,
  national: CHIFFRES_FORMATS.national.dureeMois,
};

const CODE_REFUS: Record<FormatAtelier, CodeRegle> = {
  flash: "R2_DUREE_FLASH",
  local: "R2_DUREE_LOCAL",
  national: "R2_DUREE_NATIONAL",
};

const nombre = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

export type FaitsR2 = Pick<FaitsCandidature, "format" | "dureeMois">;

export function regleR2Duree(faits: FaitsR2): ElementChecklist[] {
  const { format, dureeMois } = faits;
  const { min, max } = DUREES_MOIS[format];
  const borne = `un ${LIBELLES_FORMAT[format]} dure de ${texteBornesDuree(format)}`;
  if (dureeMois === null || !Number.isFinite(dureeMois)) {
    return [element("R2", "R2_DUREE_MANQUANTE", "manquant", `Indiquez la durée prévue de l'atelier : ${borne}.`)];
  }
  if (dureeMois < min || dureeMois > max) {
    return [
      element("R2", CODE_REFUS[format], "refuse", `${majuscule(borne)} : la durée prévue est de ${nombre.format(dureeMois)} mois.`),
    ];
  }
  return [element("R2", "R2_DUREE_OK", "ok", `Durée prévue : ${nombre.format(dureeMois)} mois (${borne}).`)];
}
