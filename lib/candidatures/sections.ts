// Les sections du formulaire, côté base : lire les valeurs d'une section, dire quels champs une
// saisie change, vérifier ce que zod ne peut pas savoir (référentiel, R2) et écrire. Les sections
// touchent des colonnes et des tables disjointes : deux personnes qui enregistrent deux sections
// différentes ne s'écrasent jamais (décision 010).
import "server-only";
import { AppError } from "@/lib/errors";
import type { FormatAtelier, Prisma } from "@/lib/generated/prisma/client";
import { TYPES_COLLECTIVITES } from "@/lib/referentiel/recherche";
import type { Section, ValeursSection } from "./candidature.schema";
import { INCLUDE_SECTIONS, mentionChamp, normaliserSection, tousLesChamps, valeursDeLigne, type ValeursSections } from "./champs";
import { verifierPerimetre } from "./perimetre";
import { regleR2Duree } from "./regles";
import { DEROGATION_ECHELLE_POSSIBLE, MESSAGE_DEROGATION_HORS_LOCAL } from "./regles/r3-echelle";

type Tx = Prisma.TransactionClient;
export type { ValeursSections };

/** Le nom de chaque champ dans une phrase (événements, conflits), tiré de la liste unique des champs. */
export const LIBELLES_CHAMPS: Readonly<Record<string, string>> = Object.fromEntries(tousLesChamps().map(([cle]) => [cle, mentionChamp(cle)]));

/** Toutes les sections telles qu'elles sont en base, dans la forme de sortie des schémas. */
export async function valeursSections(client: Tx, candidatureId: string): Promise<ValeursSections> {
  return valeursDeLigne(await client.candidature.findUniqueOrThrow({ where: { id: candidatureId }, include: INCLUDE_SECTIONS }));
}

/** Les valeurs de la saisie, pour cette section seulement, normalisées comme en base. */
export function valeursDeSaisie<S extends Section>(section: S, saisie: ValeursSection<S>): ValeursSection<S> {
  return normaliserSection(section, saisie);
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
    if (v.derogationDemandee && !DEROGATION_ECHELLE_POSSIBLE[candidature.format]) erreurs = { ...erreurs, derogationDemandee: [MESSAGE_DEROGATION_HORS_LOCAL] };
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
    if (refus.length) {
      throw new AppError("REGLE_NON_RESPECTEE", refus.map((e) => e.message).join(" "), { dureeMois: refus.map((e) => e.message) }, refus.map((e) => e.code));
    }
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
