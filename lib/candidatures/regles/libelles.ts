// Libellés français des énumérations utilisées dans les messages des règles.
import type {
  FormatAtelier,
  NatureFrais,
  PartieSignataire,
  StatutCandidature,
  StatutPhase,
  StatutSession,
  ThemeAtelierInSitu,
  TypeLivrable,
  TypeOrganisation,
  TypePhase,
} from "@/lib/generated/prisma/enums";
import { deNom, nomCollectiviteDeveloppe } from "@/lib/format/collectivites";
import { SOURCES } from "./sources";
import type { CodeRegle, ElementChecklist, EtatElement, Regle } from "./types";

/** « un atelier flash » : avec l'article indéfini, pour « Un atelier flash dure… ». */
export const LIBELLES_FORMAT: Record<FormatAtelier, string> = {
  national: "atelier national",
  local: "atelier local",
  flash: "atelier flash",
};

export const LIBELLES_STATUT_CANDIDATURE: Record<StatutCandidature, string> = {
  brouillon: "brouillon",
  signee: "signée",
  deposee: "déposée",
  en_instruction: "en instruction",
  a_corriger: "à corriger",
  irrecevable: "irrecevable",
  retenue: "retenue",
  non_retenue: "non retenue",
  liste_complementaire: "sur liste complémentaire",
  retiree: "retirée",
};

export const LIBELLES_STATUT_SESSION: Record<StatutSession, string> = {
  brouillon: "en préparation",
  ouverte: "ouverte",
  cloturee: "clôturée",
  en_deliberation: "en délibération",
  resultats_publies: "résultats publiés",
};

// ─── Ateliers : phases, livrables, ateliers in situ, frais (issue 14, décision 031) ─────────────

/** « la phase d'appropriation » : le nom de la phase, en minuscules, pour les phrases. */
export const LIBELLES_TYPE_PHASE: Record<TypePhase, string> = {
  appropriation: "appropriation",
  animation: "animation",
  restitution: "restitution",
};

export const LIBELLES_STATUT_PHASE: Record<StatutPhase, string> = {
  a_venir: "à venir",
  en_cours: "en cours",
  a_valider: "à valider",
  validee: "validée",
};

export const LIBELLES_TYPE_LIVRABLE: Record<TypeLivrable, string> = {
  synthese_enjeux: "synthèse des enjeux",
  note_de_cadrage: "note de cadrage",
  carnet_de_suivi: "carnet de suivi",
  support_atelier: "support d'atelier in situ",
  rapport_final: "rapport final",
  plan_guide: "plan-guide",
  esquisse_plan_guide: "esquisse de plan-guide",
  feuille_de_route: "feuille de route",
  projet_de_territoire: "projet de territoire",
  cahier_des_charges: "cahier des charges",
  autre: "autre document",
};

export const LIBELLES_THEME_ATELIER_IN_SITU: Record<ThemeAtelierInSitu, string> = {
  diagnostic_enjeux: "diagnostic et enjeux",
  strategie: "stratégie",
  feuille_de_route: "feuille de route",
  autre: "autre thème",
};

export const LIBELLES_NATURE_FRAIS: Record<NatureFrais, string> = {
  logistique: "logistique",
  restauration: "restauration",
  location_salle: "location de salle",
  autre: "autre",
};

/**
 * Article contracté ou élidé après « de » et « à » : « de le service » → « du service », « à le » → « au »,
 * « de les » → « des », « à les » → « aux », « de une » → « d'une ». Sans cela : « signature de le service ».
 */
export function contracter(preposition: "de" | "à", groupe: string): string {
  const [, article, reste] = /^(le|les) (.*)$/su.exec(groupe) ?? [];
  if (article && reste !== undefined) {
    const forme = { de: { le: "du", les: "des" }, à: { le: "au", les: "aux" } }[preposition][article as "le" | "les"];
    return `${forme} ${reste}`;
  }
  if (preposition === "de" && /^[aeiouyàâéèêëîïôûœ]/iu.test(groupe)) return `d'${groupe}`;
  return `${preposition} ${groupe}`;
}

/**
 * Nom d'une organisation avec l'article qu'exige la phrase : « la Communauté de communes des Coëvrons »,
 * « la DDT de la Mayenne » ; un nom de commune reste tel quel (« Andouillé », « Le Gâvre »).
 */
export function nomAvecArticle(nom: string, options: { service?: boolean } = {}): string {
  const complement = deNom(nom, options);
  return complement.startsWith("de la ") ? `la ${complement.slice("de la ".length)}` : nomCollectiviteDeveloppe(nom);
}

/** Un groupe nominal et ses formes après « de » et « à », écrites une fois. */
export type FormesGroupe = { nom: string; de: string; a: string };

function formes(nom: string): FormesGroupe {
  return { nom, de: contracter("de", nom), a: contracter("à", nom) };
}

/** « le service de l'État compétent », « du service de l'État compétent », « au service de l'État compétent ». */
export const FORMES_PARTIE: Record<PartieSignataire, FormesGroupe> = {
  collectivite: formes("la collectivité principale"),
  etat: formes("le service de l'État compétent"),
};

/** Les mêmes, en bref (courriels, chronologie) : « la collectivité », « du service de l'État »… */
export const FORMES_PARTIE_COURTES: Record<PartieSignataire, FormesGroupe> = {
  collectivite: formes("la collectivité"),
  etat: formes("le service de l'État"),
};

export const LIBELLES_PARTIE: Record<PartieSignataire, string> = {
  collectivite: FORMES_PARTIE.collectivite.nom,
  etat: FORMES_PARTIE.etat.nom,
};

/** « la commune », « l'EPCI »… : pour « portée par le département ». */
export const LIBELLES_TYPE_COLLECTIVITE: Record<Exclude<TypeOrganisation, "service_etat" | "dgaln">, string> = {
  commune: "une commune",
  epci: "un EPCI",
  departement: "un département",
  region: "une région",
  syndicat_mixte: "un syndicat mixte",
  petr: "un pôle d'équilibre territorial et rural (PETR)",
  autre_collectivite: "une autre collectivité",
};

/** Construit un élément de la liste de contrôle, avec la source de sa règle. */
export function element(
  regle: Regle,
  code: CodeRegle,
  etat: EtatElement,
  message: string,
  complement: Pick<ElementChecklist, "piece" | "partie"> = {},
): ElementChecklist {
  return { regle, code, etat, message, source: SOURCES[regle], ...complement };
}

/** Met une majuscule initiale (« un atelier » → « Un atelier »). */
export function majuscule(texte: string): string {
  return texte.charAt(0).toUpperCase() + texte.slice(1);
}

/** Met une minuscule initiale (« Note d'opportunité » → « note d'opportunité »), après un deux-points. */
export function minuscule(texte: string): string {
  return texte.charAt(0).toLowerCase() + texte.slice(1);
}
