// Les sections du formulaire, côté base : lire les valeurs d'une section, dire quels champs une
// saisie change, vérifier ce que zod ne peut pas savoir (référentiel, R2) et écrire. Les sections
// touchent des colonnes et des tables disjointes : deux personnes qui enregistrent deux sections
// différentes ne s'écrasent jamais (décision 010).
import "server-only";
import { AppError } from "@/lib/errors";
import type { FormatAtelier, Prisma } from "@/lib/generated/prisma/client";
import { TYPES_COLLECTIVITES } from "@/lib/referentiel/recherche";
import type { Section, ValeursSection } from "./candidature.schema";
import { verifierPerimetre } from "./perimetre";
import { regleR2Duree } from "./regles";

type Tx = Prisma.TransactionClient;
export type ValeursSections = { [S in Section]: ValeursSection<S> };

export const LIBELLES_CHAMPS: Record<string, string> = {
  porteuses: "collectivités porteuses",
  communes: "communes",
  epci: "EPCI",
  derogationDemandee: "demande de dérogation",
  titre: "titre",
  localisation: "localisation",
  objet: "objet",
  objectifs: "objectifs",
  ressources: "ressources",
  dynamiquesTerritoire: "dynamiques du territoire",
  dynamiquesAmenagement: "dynamiques d'aménagement",
  debutPrevu: "début prévu",
  dureeMois: "durée",
  livrablesAttendus: "livrables attendus",
  disciplinesSouhaitees: "disciplines souhaitées",
  budgetMaterielEuros: "budget des frais matériels",
  contacts: "contacts",
};

const trie = (liste: string[]) => [...liste].sort();

/** Les tables filles des sections, chargées avec la candidature (sections et contenu signable). */
export const INCLUDE_SECTIONS = {
  porteuses: { select: { organisationId: true } },
  communes: { select: { codeInsee: true } },
  epci: { select: { epciSiren: true } },
  contacts: { orderBy: [{ ordre: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.CandidatureInclude;

/** Toutes les sections telles qu'elles sont en base, dans la forme de sortie des schémas. */
export async function valeursSections(client: Tx, candidatureId: string): Promise<ValeursSections> {
  const c = await client.candidature.findUniqueOrThrow({
    where: { id: candidatureId },
    include: INCLUDE_SECTIONS,
  });
  return {
    porteurs: { porteuses: trie(c.porteuses.map((p) => p.organisationId)) },
    perimetre: { communes: trie(c.communes.map((p) => p.codeInsee)), epci: trie(c.epci.map((p) => p.epciSiren)), derogationDemandee: c.derogationDemandee },
    note: {
      titre: c.titre,
      localisation: c.localisation,
      objet: c.objet,
      objectifs: c.objectifs,
      ressources: c.ressources,
      dynamiquesTerritoire: c.dynamiquesTerritoire,
      dynamiquesAmenagement: c.dynamiquesAmenagement,
    },
    calendrier: { debutPrevu: c.debutPrevu ? c.debutPrevu.toISOString().slice(0, 10) : null, dureeMois: c.dureeMois },
    livrables: { livrablesAttendus: c.livrablesAttendus, disciplinesSouhaitees: c.disciplinesSouhaitees, budgetMaterielEuros: c.budgetMaterielEuros },
    contacts: { contacts: c.contacts.map(({ partie, nom, fonction, email, telephone }) => ({ partie, nom, fonction, email, telephone })) },
  };
}

/** Les valeurs de la saisie, pour cette section seulement, normalisées comme en base. */
export function valeursDeSaisie<S extends Section>(section: S, saisie: ValeursSection<S>): ValeursSection<S> {
  const v = saisie as Record<string, unknown>;
  const normalise: Record<string, unknown> = {};
  for (const cle of Object.keys(v)) {
    if (cle === "candidatureId" || cle === "version" || cle === "section") continue;
    normalise[cle] = ["porteuses", "communes", "epci"].includes(cle) ? trie(v[cle] as string[]) : v[cle];
  }
  return normalise as ValeursSection<S>;
}

/** Champs dont la valeur saisie diffère de la valeur en base. */
export function champsModifies<S extends Section>(actuelles: ValeursSection<S>, saisies: ValeursSection<S>): string[] {
  const a = actuelles as Record<string, unknown>;
  const s = saisies as Record<string, unknown>;
  return Object.keys(s).filter((cle) => JSON.stringify(a[cle] ?? null) !== JSON.stringify(s[cle] ?? null));
}

/** Vérifications qui demandent la base ou le format : référentiel, porteuses, R2. */
export async function verifierSection<S extends Section>(
  tx: Tx,
  candidature: { collectivitePrincipaleId: string; format: FormatAtelier },
  section: S,
  valeurs: ValeursSection<S>,
): Promise<void> {
  let erreurs: Record<string, string[]> | null = null;
  if (section === "perimetre") {
    const v = valeurs as ValeursSection<"perimetre">;
    erreurs = await verifierPerimetre(tx, v.communes, v.epci);
  } else if (section === "porteurs") {
    const { porteuses } = valeurs as ValeursSection<"porteurs">;
    const connues = await tx.organisation.findMany({ where: { id: { in: porteuses }, type: { in: [...TYPES_COLLECTIVITES] } }, select: { id: true } });
    if (porteuses.includes(candidature.collectivitePrincipaleId)) {
      erreurs = { porteuses: ["La collectivité principale porte déjà la candidature : ne l'ajoutez pas parmi les porteuses associées."] };
    } else if (connues.length !== porteuses.length) {
      erreurs = { porteuses: ["Seules des collectivités peuvent être porteuses : choisissez-les dans la liste."] };
    }
  } else if (section === "calendrier") {
    // R2 refuse la valeur saisie elle-même : on ne l'enregistre pas (la saisie reste à l'écran).
    const { dureeMois } = valeurs as ValeursSection<"calendrier">;
    const refus = regleR2Duree({ format: candidature.format, dureeMois }).filter((e) => e.etat === "refuse");
    if (refus.length) throw new AppError("REGLE_NON_RESPECTEE", refus.map((e) => e.message).join(" "), { dureeMois: refus.map((e) => e.message) });
  }
  if (erreurs) throw new AppError("INVALIDE", "Certains champs sont à corriger.", erreurs);
}

/** Colonnes de la ligne `candidature` écrites par la section (dans l'écriture conditionnelle). */
export function colonnesSection<S extends Section>(section: S, valeurs: ValeursSection<S>): Prisma.CandidatureUpdateManyMutationInput {
  switch (section) {
    case "perimetre":
      return { derogationDemandee: (valeurs as ValeursSection<"perimetre">).derogationDemandee };
    case "note":
      return { ...(valeurs as ValeursSection<"note">) };
    case "calendrier": {
      const v = valeurs as ValeursSection<"calendrier">;
      return { debutPrevu: v.debutPrevu ? new Date(`${v.debutPrevu}T00:00:00Z`) : null, dureeMois: v.dureeMois };
    }
    case "livrables":
      return { ...(valeurs as ValeursSection<"livrables">) };
    default:
      return {};
  }
}

/** Tables liées réécrites par la section (porteuses, périmètre, contacts). */
export async function ecrireRelations<S extends Section>(tx: Tx, candidatureId: string, section: S, valeurs: ValeursSection<S>): Promise<void> {
  if (section === "porteurs") {
    await tx.candidaturePorteuse.deleteMany({ where: { candidatureId } });
    const { porteuses } = valeurs as ValeursSection<"porteurs">;
    await tx.candidaturePorteuse.createMany({ data: porteuses.map((organisationId) => ({ candidatureId, organisationId })) });
  } else if (section === "perimetre") {
    const v = valeurs as ValeursSection<"perimetre">;
    await tx.perimetreCommune.deleteMany({ where: { candidatureId } });
    await tx.perimetreEpci.deleteMany({ where: { candidatureId } });
    await tx.perimetreCommune.createMany({ data: v.communes.map((codeInsee) => ({ candidatureId, codeInsee })) });
    await tx.perimetreEpci.createMany({ data: v.epci.map((epciSiren) => ({ candidatureId, epciSiren })) });
  } else if (section === "contacts") {
    await tx.contactCandidature.deleteMany({ where: { candidatureId } });
    const { contacts } = valeurs as ValeursSection<"contacts">;
    await tx.contactCandidature.createMany({ data: contacts.map((c, ordre) => ({ ...c, candidatureId, ordre })) });
  }
}
