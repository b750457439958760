// La liste unique des champs du contenu signable d'une candidature (DESIGN.md §5, R6) : pour chaque
// section des schémas zod, chaque champ avec son libellé, sa lecture en base et son affichage en
// français. Elle alimente la lecture des sections, l'empreinte signée, le récépissé, la page de
// relecture et les libellés des événements. `satisfies` impose qu'un champ ajouté à un schéma soit
// déclaré ici (sinon la compilation échoue) : il ne peut pas échapper à l'empreinte ni à l'affichage.
// Sans `server-only` : fonctions pures, importées aussi par les données de démonstration.
import type { FormatAtelier, PartieSignataire, Prisma } from "@/lib/generated/prisma/client";
import { formaterDate } from "@/lib/format/dates";
import { accorder, formaterEuros } from "@/lib/format/nombres";
import { SECTIONS, type Section, type ValeursSection } from "./candidature.schema";
import { LIBELLES_FORMAT, LIBELLES_PARTIE, majuscule } from "./regles/libelles";

/** Les tables filles des sections, chargées avec la candidature. */
export const INCLUDE_SECTIONS = {
  porteuses: { select: { organisationId: true } },
  communes: { select: { codeInsee: true } },
  epci: { select: { epciSiren: true } },
  contacts: { orderBy: [{ ordre: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.CandidatureInclude;

export type LigneSections = Prisma.CandidatureGetPayload<{ include: typeof INCLUDE_SECTIONS }>;

/** Les noms dont l'affichage a besoin, lus à part (référentiel, organisations, session). */
export type References = {
  organisations: ReadonlyMap<string, { nom: string; detail: string }>;
  sessions: ReadonlyMap<string, { theme: string }>;
  /** Code INSEE → nom. */
  communes: ReadonlyMap<string, string>;
  /** SIREN → nom développé et nombre de communes. */
  epci: ReadonlyMap<string, { nom: string; nombreCommunes: number }>;
};

export type ContactAffiche = { nom: string; fonction: string | null; email: string; telephone: string | null };

export type ValeurAffichee =
  | { type: "texte"; texte: string }
  | { type: "vide"; texte: string }
  | { type: "liste"; elements: string[] }
  | { type: "contacts"; groupes: { titre: string; contacts: ContactAffiche[] }[] };

type DefinitionChamp<T> = {
  /** Libellé affiché (majuscule initiale). */
  libelle: string;
  /** Dans une phrase (« modifie la section « Calendrier » (début prévu, durée) ») ; par défaut, le libellé en minuscule. */
  mention?: string;
  /** Liste sans ordre (un ensemble) : triée avant comparaison et avant l'empreinte. */
  ensemble?: true;
  lire: (c: LigneSections) => T;
  afficher: (valeur: T, references: References) => ValeurAffichee;
};

type ChampsDe<T> = { [K in keyof T]-?: DefinitionChamp<T[K]> };

/** Ce qui, hors des sections du formulaire, est aussi signé : format, session, les deux parties. */
export type EnTeteContenu = {
  format: FormatAtelier;
  sessionId: string | null;
  collectivitePrincipaleId: string;
  serviceEtatId: string;
};

const NON_RENSEIGNE = "Non renseigné.";

const texte = (v: string | null, vide = NON_RENSEIGNE): ValeurAffichee => (v ? { type: "texte", texte: v } : { type: "vide", texte: vide });
const liste = (elements: string[], vide: string): ValeurAffichee => (elements.length ? { type: "liste", elements } : { type: "vide", texte: vide });
const organisation = (id: string, r: References) => {
  const o = r.organisations.get(id);
  return o ? `${o.nom} (${o.detail})` : "Organisation inconnue";
};
const ORDRE_PARTIES: PartieSignataire[] = ["collectivite", "etat"];

export const CHAMPS_EN_TETE = {
  format: { libelle: "Format de l'atelier", lire: (c) => c.format, afficher: (v) => texte(majuscule(LIBELLES_FORMAT[v])) },
  sessionId: {
    libelle: "Session nationale",
    lire: (c) => c.sessionId,
    afficher: (v, r) => (v ? texte(r.sessions.get(v)?.theme ?? "Session inconnue") : texte(null, "Sans session nationale (candidature au fil de l'eau).")),
  },
  collectivitePrincipaleId: { libelle: "Collectivité principale", lire: (c) => c.collectivitePrincipaleId, afficher: (v, r) => texte(organisation(v, r)) },
  serviceEtatId: { libelle: "Service de l'État compétent", lire: (c) => c.serviceEtatId, afficher: (v, r) => texte(r.organisations.get(v)?.nom ?? "Service inconnu") },
} as const satisfies ChampsDe<EnTeteContenu>;

export const CHAMPS_SECTIONS = {
  porteurs: {
    porteuses: {
      libelle: "Autres collectivités porteuses",
      mention: "collectivités porteuses",
      ensemble: true,
      lire: (c) => c.porteuses.map((p) => p.organisationId),
      afficher: (v, r) => liste(v.map((id) => organisation(id, r)).sort((a, b) => a.localeCompare(b, "fr")), "Aucune."),
    },
  },
  perimetre: {
    communes: {
      libelle: "Communes",
      ensemble: true,
      lire: (c) => c.communes.map((p) => p.codeInsee),
      afficher: (v, r) =>
        liste(
          v.map((code) => `${r.communes.get(code) ?? "Commune inconnue"} (INSEE ${code})`).sort((a, b) => a.localeCompare(b, "fr")),
          "Aucune commune ajoutée une à une.",
        ),
    },
    epci: {
      libelle: "EPCI inclus entiers",
      mention: "EPCI",
      ensemble: true,
      lire: (c) => c.epci.map((p) => p.epciSiren),
      afficher: (v, r) =>
        liste(
          v
            .map((siren) => {
              const e = r.epci.get(siren);
              return e ? `${e.nom} (SIREN ${siren}, ${accorder(e.nombreCommunes, "commune")})` : `EPCI inconnu (SIREN ${siren})`;
            })
            .sort((a, b) => a.localeCompare(b, "fr")),
          "Aucun.",
        ),
    },
    derogationDemandee: {
      libelle: "Dérogation à l'échelle",
      mention: "demande de dérogation",
      lire: (c) => c.derogationDemandee,
      afficher: (v) => texte(v ? "Demandée (périmètre plus petit qu'un EPCI)." : "Non demandée."),
    },
  },
  note: {
    titre: { libelle: "Titre", lire: (c) => c.titre, afficher: (v) => texte(v) },
    localisation: { libelle: "Localisation", lire: (c) => c.localisation, afficher: (v) => texte(v) },
    objet: { libelle: "Objet", lire: (c) => c.objet, afficher: (v) => texte(v) },
    objectifs: { libelle: "Objectifs", lire: (c) => c.objectifs, afficher: (v) => texte(v) },
    ressources: { libelle: "Ressources", lire: (c) => c.ressources, afficher: (v) => texte(v) },
    dynamiquesTerritoire: { libelle: "Dynamiques du territoire", lire: (c) => c.dynamiquesTerritoire, afficher: (v) => texte(v) },
    dynamiquesAmenagement: { libelle: "Dynamiques d'aménagement", lire: (c) => c.dynamiquesAmenagement, afficher: (v) => texte(v) },
  },
  calendrier: {
    debutPrevu: {
      libelle: "Début prévu",
      // Date du calendrier (sans heure), rangée à minuit UTC : on garde le jour tel quel.
      lire: (c) => (c.debutPrevu ? c.debutPrevu.toISOString().slice(0, 10) : null),
      afficher: (v) => texte(v ? formaterDate(new Date(`${v}T12:00:00Z`)) : null),
    },
    dureeMois: {
      libelle: "Durée prévue",
      mention: "durée",
      lire: (c) => c.dureeMois,
      afficher: (v) => texte(v === null ? null : accorder(v, "mois", "mois")),
    },
  },
  livrables: {
    livrablesAttendus: { libelle: "Livrables attendus", lire: (c) => c.livrablesAttendus, afficher: (v) => texte(v) },
    disciplinesSouhaitees: {
      libelle: "Disciplines souhaitées dans l'équipe",
      mention: "disciplines souhaitées",
      lire: (c) => c.disciplinesSouhaitees,
      afficher: (v) => liste(v, NON_RENSEIGNE),
    },
    budgetMaterielEuros: {
      libelle: "Budget de la collectivité pour les frais matériels des ateliers in situ",
      mention: "budget des frais matériels",
      lire: (c) => c.budgetMaterielEuros,
      afficher: (v) => texte(v === null ? null : formaterEuros(v)),
    },
  },
  contacts: {
    contacts: {
      libelle: "Contacts",
      lire: (c) => c.contacts.map(({ partie, nom, fonction, email, telephone }) => ({ partie, nom, fonction, email, telephone })),
      afficher: (v) => {
        const groupes = ORDRE_PARTIES.map((partie) => ({
          titre: `Pour ${LIBELLES_PARTIE[partie]}`,
          contacts: v.filter((c) => c.partie === partie).map(({ nom, fonction, email, telephone }) => ({ nom, fonction, email, telephone })),
        })).filter((g) => g.contacts.length > 0);
        return groupes.length ? { type: "contacts", groupes } : { type: "vide", texte: "Aucun contact indiqué." };
      },
    },
  },
} as const satisfies { [S in Section]: ChampsDe<ValeursSection<S>> };

export type ValeursSections = { [S in Section]: ValeursSection<S> };
type DefinitionQuelconque = { libelle: string; mention?: string; ensemble?: true; lire: (c: LigneSections) => unknown; afficher: (v: never, r: References) => ValeurAffichee };

/** Les champs d'une section, dans l'ordre de déclaration. */
export function champsDe(section: Section): [string, DefinitionQuelconque][] {
  return Object.entries(CHAMPS_SECTIONS[section]);
}

/** Tous les champs signés : en-tête puis sections, dans l'ordre d'affichage. */
export function tousLesChamps(): [string, DefinitionQuelconque][] {
  return [...Object.entries(CHAMPS_EN_TETE), ...SECTIONS.flatMap(champsDe)];
}

const DEFINITIONS: ReadonlyMap<string, DefinitionQuelconque> = new Map(tousLesChamps());

/** « début prévu », « EPCI » : le nom d'un champ dans une phrase. */
export function mentionChamp(cle: string): string {
  const d = DEFINITIONS.get(cle);
  if (!d) return cle;
  if (d.mention) return d.mention;
  // Un sigle garde ses capitales (« EPCI inclus entiers »).
  return /^\p{Lu}{2}/u.test(d.libelle) ? d.libelle : d.libelle.charAt(0).toLowerCase() + d.libelle.slice(1);
}

/** Trie les champs « ensemble » : deux saisies dans un ordre différent sont le même contenu. */
export function normaliserSection<S extends Section>(section: S, valeurs: ValeursSection<S>): ValeursSection<S> {
  const v = valeurs as Record<string, unknown>;
  const normalise: Record<string, unknown> = {};
  for (const [cle, d] of champsDe(section)) {
    if (!(cle in v)) continue;
    normalise[cle] = d.ensemble ? [...(v[cle] as string[])].sort() : v[cle];
  }
  return normalise as ValeursSection<S>;
}

function lireSection<S extends Section>(section: S, c: LigneSections): ValeursSection<S> {
  const valeurs = Object.fromEntries(champsDe(section).map(([cle, d]) => [cle, d.lire(c)]));
  return normaliserSection(section, valeurs as ValeursSection<S>);
}

/** Toutes les sections d'une ligne lue avec `INCLUDE_SECTIONS`, dans la forme de sortie des schémas. */
export function valeursDeLigne(c: LigneSections): ValeursSections {
  return Object.fromEntries(SECTIONS.map((s) => [s, lireSection(s, c)])) as ValeursSections;
}

export function enTeteDeLigne(c: LigneSections): EnTeteContenu {
  return Object.fromEntries(Object.entries(CHAMPS_EN_TETE).map(([cle, d]) => [cle, (d.lire as (c: LigneSections) => unknown)(c)])) as EnTeteContenu;
}

/** Le libellé et la valeur affichée de chaque champ d'une section. */
export function afficherSection<S extends Section>(section: S, valeurs: ValeursSection<S>, references: References) {
  const v = valeurs as Record<string, unknown>;
  return champsDe(section).map(([cle, d]) => ({ cle, libelle: d.libelle, valeur: (d.afficher as (x: unknown, r: References) => ValeurAffichee)(v[cle], references) }));
}

export function afficherEnTete(enTete: EnTeteContenu, references: References) {
  const v = enTete as Record<string, unknown>;
  return Object.entries(CHAMPS_EN_TETE).map(([cle, d]) => ({
    cle,
    libelle: d.libelle,
    valeur: (d.afficher as (x: unknown, r: References) => ValeurAffichee)(v[cle], references),
  }));
}
