// R3 — Échelle du périmètre [choix produit, DESIGN.md §6 R3]. Un atelier local porte « au moins »
// sur un EPCI à fiscalité propre entier, ou est porté par une collectivité plus large ; une échelle
// inférieure reste possible « éventuellement » (page DGALN des Ateliers Locaux) : on l'accepte sur
// demande de dérogation écrite, que la DGALN tranche à l'éligibilité. Un atelier flash répond à un
// besoin très local : au-delà d'un EPCI, on avertit sans bloquer. Le national n'a pas de contrainte.
// Quatre communes insulaires n'appartiennent à aucun EPCI (DESIGN.md §3) : seules, elles ne peuvent
// atteindre l'échelle d'un EPCI, et le conseil est alors la dérogation ou une collectivité plus large.
import type { FormatAtelier } from "@/lib/generated/prisma/enums";
import { nomCollectiviteDeveloppe } from "@/lib/format/collectivites";
import { element, LIBELLES_TYPE_COLLECTIVITE } from "./libelles";
import type { ElementChecklist, EpciReference, FaitsCandidature, TypeCollectivite } from "./types";

/**
 * La dérogation à l'échelle n'a de sens que là où R3 exige un EPCI entier : l'atelier local. La case
 * n'est proposée qu'alors, et le serveur refuse qu'elle soit cochée pour un autre format.
 */
export const DEROGATION_ECHELLE_POSSIBLE: Record<FormatAtelier, boolean> = { local: true, flash: false, national: false };

export const MESSAGE_DEROGATION_HORS_LOCAL =
  "La dérogation à l'échelle ne concerne que les ateliers locaux : un atelier flash ou national n'a pas à la demander.";

/** Collectivités dont l'échelle dépasse d'elle-même l'EPCI (département, région, PETR, syndicat de SCOT). */
export const COLLECTIVITES_SUPRA_INTERCOMMUNALES: readonly TypeCollectivite[] = ["departement", "region", "petr", "syndicat_mixte"];

export type FaitsR3 = Pick<FaitsCandidature, "format" | "perimetre" | "collectivitePrincipale" | "pieces" | "derogationDemandee">;

type Couverture = { epci: EpciReference; communes: number };

const taux = (c: Couverture) => c.communes / Math.max(1, c.epci.nombreCommunes);

/** Pour chaque EPCI des communes listées : combien de ses communes membres sont dans le périmètre. */
function couvertures(perimetre: FaitsR3["perimetre"]): Couverture[] {
  const parEpci = new Map<string, Set<string>>();
  for (const c of perimetre.communes) {
    if (!c.epciSiren) continue;
    const codes = parEpci.get(c.epciSiren) ?? new Set<string>();
    codes.add(c.codeInsee);
    parEpci.set(c.epciSiren, codes);
  }
  return perimetre.epciDesCommunes
    .map((epci) => ({ epci, communes: parEpci.get(epci.siren)?.size ?? 0 }))
    .sort((a, b) => taux(b) - taux(a));
}

/** EPCI couverts entièrement : inclus comme EPCI, ou dont toutes les communes membres sont listées. */
export function epciCouvertsEntierement(perimetre: FaitsR3["perimetre"]): EpciReference[] {
  const entiers: EpciReference[] = [...perimetre.epci];
  for (const { epci, communes } of couvertures(perimetre)) {
    const dejaListe = entiers.some((e) => e.siren === epci.siren);
    if (!dejaListe && epci.nombreCommunes > 0 && communes >= epci.nombreCommunes) entiers.push(epci);
  }
  return entiers;
}

/** Noms des EPCI touchés par le périmètre (inclus entiers ou par l'une de leurs communes). */
function epciTouches(perimetre: FaitsR3["perimetre"]): string[] {
  const noms = new Map<string, string>();
  for (const e of perimetre.epci) noms.set(e.siren, e.nom);
  for (const c of perimetre.communes) {
    if (!c.epciSiren || noms.has(c.epciSiren)) continue;
    noms.set(c.epciSiren, perimetre.epciDesCommunes.find((e) => e.siren === c.epciSiren)?.nom ?? `EPCI ${c.epciSiren}`);
  }
  return [...noms.values()].map(nomCollectiviteDeveloppe);
}

function regleLocal(faits: FaitsR3): ElementChecklist[] {
  const { perimetre, collectivitePrincipale: principale } = faits;
  if (COLLECTIVITES_SUPRA_INTERCOMMUNALES.includes(principale.type)) {
    return [
      element("R3", "R3_ECHELLE_OK", "ok", `La candidature est portée par ${LIBELLES_TYPE_COLLECTIVITE[principale.type]} (${nomCollectiviteDeveloppe(principale.nom)}) : l'échelle dépasse celle d'un EPCI.`),
    ];
  }
  const entiers = epciCouvertsEntierement(perimetre);
  if (entiers.length > 0) {
    const noms = entiers.map((e) => nomCollectiviteDeveloppe(e.nom)).join(", ");
    return [element("R3", "R3_ECHELLE_OK", "ok", `Le périmètre couvre entièrement ${entiers.length > 1 ? "les EPCI" : "l'EPCI"} : ${noms}.`)];
  }
  const meilleure = couvertures(perimetre)[0];
  // Périmètre fait seulement de communes sans EPCI : aucun EPCI à compléter.
  const sansEpci = perimetre.epci.length === 0 && perimetre.communes.every((c) => c.epciSiren === null);
  const nomsSansEpci = perimetre.communes.map((c) => nomCollectiviteDeveloppe(c.nom));
  const constat = sansEpci
    ? nomsSansEpci.length > 1
      ? `aucune des communes du périmètre (${nomsSansEpci.join(", ")}) n'appartient à un EPCI`
      : `${nomsSansEpci[0]} n'appartient à aucun EPCI`
    : meilleure
      ? `le périmètre ne couvre entièrement aucun EPCI (${nomCollectiviteDeveloppe(meilleure.epci.nom)} : ${meilleure.communes} ${meilleure.communes > 1 ? "communes" : "commune"} sur ${meilleure.epci.nombreCommunes})`
      : "le périmètre ne couvre entièrement aucun EPCI";
  if (faits.pieces.includes("demande_derogation")) {
    return [
      element(
        "R3",
        "R3_DEROGATION_DEMANDEE",
        "avertissement",
        `Un atelier local porte en principe au moins sur un EPCI entier et ${constat}. La demande de dérogation jointe sera examinée par la DGALN lors de l'examen de l'éligibilité.`,
      ),
    ];
  }
  if (faits.derogationDemandee) {
    return [
      element(
        "R3",
        "R3_DEROGATION_SANS_PIECE",
        "manquant",
        `Vous demandez une dérogation à l'échelle : ${constat}. Joignez la demande de dérogation écrite et motivée.`,
        { piece: "demande_derogation" },
      ),
    ];
  }
  if (sansEpci) {
    return [
      element(
        "R3",
        "R3_ECHELLE_SANS_EPCI",
        "refuse",
        `Un atelier local porte au moins sur un EPCI entier ou sur une collectivité plus large : ${constat}, l'échelle d'un EPCI ne peut donc pas être atteinte. ` +
          "Demandez une dérogation à l'échelle (case à cocher et demande écrite et motivée jointe aux pièces), ou faites porter la candidature par une collectivité plus large (département, région, PETR, syndicat mixte).",
      ),
    ];
  }
  return [
    element(
      "R3",
      "R3_ECHELLE_LOCAL",
      "refuse",
      `Un atelier local porte au moins sur un EPCI entier (communauté de communes, d'agglomération, urbaine ou métropole) ou sur une collectivité plus large : ${constat}. Ajoutez les communes manquantes ou l'EPCI entier, ou joignez une demande de dérogation motivée.`,
    ),
  ];
}

export function regleR3Echelle(faits: FaitsR3): ElementChecklist[] {
  const { perimetre, format } = faits;
  if (perimetre.communes.length === 0 && perimetre.epci.length === 0) {
    return [element("R3", "R3_PERIMETRE_VIDE", "manquant", "Indiquez le périmètre de l'atelier : les communes ou les EPCI concernés.")];
  }
  if (format === "local") return regleLocal(faits);
  if (format === "flash") {
    const touches = epciTouches(perimetre);
    if (touches.length > 1) {
      return [
        element(
          "R3",
          "R3_FLASH_PLUSIEURS_EPCI",
          "avertissement",
          `Un atelier flash reste en principe à l'intérieur d'un seul EPCI : le périmètre touche ${touches.length} EPCI (${touches.join(", ")}). La DGALN appréciera lors de l'examen de l'éligibilité.`,
        ),
      ];
    }
    return [element("R3", "R3_ECHELLE_OK", "ok", touches[0] ? `Le périmètre reste à l'intérieur d'un seul EPCI : ${touches[0]}.` : "Le périmètre est très local, comme l'attend un atelier flash.")];
  }
  return [element("R3", "R3_ECHELLE_OK", "ok", "Un atelier national n'a pas de contrainte d'échelle.")];
}
