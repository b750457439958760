import { describe, expect, it } from "vitest";
import { ANDOUILLE, EPCI_COEVRONS, EPCI_ERNEE, faitsFlash, faitsLocal, faitsNational } from "./faits.fixture";
import { DEROGATION_ECHELLE_POSSIBLE, epciCouvertsEntierement, regleR3Echelle } from "./r3-echelle";
import type { CommunePerimetre, FaitsCandidature } from "./types";

// Les 15 communes de la CC de l'Ernée (codes fictifs hormis Andouillé).
const ERNEE: CommunePerimetre[] = [
  ANDOUILLE,
  ...Array.from({ length: 14 }, (_, i) => ({ codeInsee: `53${200 + i}`, nom: `Commune ${i + 1}`, epciSiren: EPCI_ERNEE.siren, codeDepartement: "53" })),
];
// Une commune d'un autre EPCI (identifiants d'illustration).
const EPCI_LAVAL = { siren: "200083392", nom: "Laval Agglomération", nombreCommunes: 34 };
const VOISINE = { codeInsee: "53225", nom: "Saint-Germain-le-Fouilloux", epciSiren: EPCI_LAVAL.siren, codeDepartement: "53" };

const perimetre = (communes: CommunePerimetre[], epci: FaitsCandidature["perimetre"]["epci"] = [], epciDesCommunes = [EPCI_ERNEE]) => ({
  communes,
  epci,
  epciDesCommunes,
});

const seul = (faits: FaitsCandidature) => {
  const elements = regleR3Echelle(faits);
  expect(elements).toHaveLength(1);
  return elements[0]!;
};

const communeLocale = { nom: "Andouillé", type: "commune" as const, departements: ["53"] };

describe("R3 — échelle d'un atelier local", () => {
  it("accepte un EPCI entier inclus comme tel", () => {
    const e = seul(faitsLocal());
    expect(e).toMatchObject({ code: "R3_ECHELLE_OK", etat: "ok" });
    expect(e.message).toBe("Le périmètre couvre entièrement l'EPCI : Communauté de communes des Coëvrons.");
  });

  it("accepte un EPCI dont toutes les communes membres sont listées", () => {
    const e = seul(faitsLocal({ perimetre: perimetre(ERNEE), collectivitePrincipale: communeLocale }));
    expect(e).toMatchObject({ code: "R3_ECHELLE_OK", etat: "ok" });
    expect(e.message).toContain("Communauté de communes de l'Ernée");
  });

  it("refuse une seule commune, sans demande de dérogation", () => {
    const e = seul(faitsLocal({ perimetre: perimetre([ANDOUILLE]), collectivitePrincipale: communeLocale }));
    expect(e).toMatchObject({ code: "R3_ECHELLE_LOCAL", etat: "refuse" });
    expect(e.message).toBe(
      "Un atelier local porte au moins sur un EPCI entier (communauté de communes, d'agglomération, urbaine ou métropole) ou sur une collectivité plus large : le périmètre ne couvre entièrement aucun EPCI (Communauté de communes de l'Ernée : 1 commune sur 15). Ajoutez les communes manquantes ou l'EPCI entier, ou joignez une demande de dérogation motivée.",
    );
  });

  it("refuse un EPCI auquel il manque une commune, sans demande de dérogation", () => {
    const e = seul(faitsLocal({ perimetre: perimetre(ERNEE.slice(1)), collectivitePrincipale: communeLocale }));
    expect(e).toMatchObject({ code: "R3_ECHELLE_LOCAL", etat: "refuse" });
    expect(e.message).toContain("(Communauté de communes de l'Ernée : 14 communes sur 15)");
  });

  it("ne compte pas deux fois une commune listée deux fois", () => {
    const doublon = [...ERNEE.slice(1), ERNEE[1]!];
    expect(seul(faitsLocal({ perimetre: perimetre(doublon), collectivitePrincipale: communeLocale })).code).toBe("R3_ECHELLE_LOCAL");
  });

  it.each([
    ["une seule commune", [ANDOUILLE]],
    ["un EPCI auquel il manque une commune", ERNEE.slice(1)],
  ])("avertit seulement pour %s quand une demande de dérogation est jointe", (_, communes) => {
    const faits = faitsLocal({
      perimetre: perimetre(communes),
      collectivitePrincipale: communeLocale,
      pieces: [...faitsLocal().pieces, "demande_derogation"],
      derogationDemandee: true,
    });
    const e = seul(faits);
    expect(e).toMatchObject({ code: "R3_DEROGATION_DEMANDEE", etat: "avertissement" });
    expect(e.message).toContain("La demande de dérogation jointe sera examinée par la DGALN lors de l'examen de l'éligibilité.");
  });

  it("réclame la pièce quand la dérogation est demandée sans être jointe", () => {
    const e = seul(faitsLocal({ perimetre: perimetre([ANDOUILLE]), collectivitePrincipale: communeLocale, derogationDemandee: true }));
    expect(e).toMatchObject({ code: "R3_DEROGATION_SANS_PIECE", etat: "manquant", piece: "demande_derogation" });
  });

  it.each(["departement", "region", "petr", "syndicat_mixte"] as const)(
    "accepte un périmètre d'une commune quand la collectivité principale est un(e) %s",
    (type) => {
      const e = seul(faitsLocal({ perimetre: perimetre([ANDOUILLE]), collectivitePrincipale: { nom: "Porteur", type, departements: ["53"] } }));
      expect(e).toMatchObject({ code: "R3_ECHELLE_OK", etat: "ok" });
    },
  );

  it.each(["commune", "epci", "autre_collectivite"] as const)("n'exempte pas un(e) %s de couvrir un EPCI entier", (type) => {
    const e = seul(faitsLocal({ perimetre: perimetre([ANDOUILLE]), collectivitePrincipale: { nom: "Porteur", type, departements: ["53"] } }));
    expect(e.code).toBe("R3_ECHELLE_LOCAL");
  });

  it("refuse une commune sans EPCI (commune insulaire) en l'expliquant sans chiffre", () => {
    const ile = { codeInsee: "29083", nom: "Île-de-Sein", epciSiren: null, codeDepartement: "29" };
    const e = seul(faitsLocal({ perimetre: perimetre([ile], [], []), collectivitePrincipale: communeLocale }));
    expect(e.code).toBe("R3_ECHELLE_SANS_EPCI");
    expect(e.message).toContain("Île-de-Sein n'appartient à aucun EPCI, l'échelle d'un EPCI ne peut donc pas être atteinte.");
  });
});

describe("R3 — échelle d'un atelier flash", () => {
  it("accepte une commune d'un seul EPCI", () => {
    const e = seul(faitsFlash());
    expect(e).toMatchObject({ code: "R3_ECHELLE_OK", etat: "ok" });
    expect(e.message).toBe("Le périmètre reste à l'intérieur d'un seul EPCI : Communauté de communes de l'Ernée.");
  });

  it("avertit sans bloquer pour des communes de deux EPCI", () => {
    const e = seul(faitsFlash({ perimetre: perimetre([ANDOUILLE, VOISINE], [], [EPCI_ERNEE, EPCI_LAVAL]) }));
    expect(e).toMatchObject({ code: "R3_FLASH_PLUSIEURS_EPCI", etat: "avertissement" });
    expect(e.message).toBe(
      "Un atelier flash reste en principe à l'intérieur d'un seul EPCI : le périmètre touche 2 EPCI (Communauté de communes de l'Ernée, Laval Agglomération). La DGALN appréciera lors de l'examen de l'éligibilité.",
    );
  });

  it("avertit pour un EPCI entier plus une commune d'un autre EPCI", () => {
    const e = seul(faitsFlash({ perimetre: perimetre([ANDOUILLE], [EPCI_COEVRONS]) }));
    expect(e.code).toBe("R3_FLASH_PLUSIEURS_EPCI");
  });

  it("n'avertit pas pour plusieurs communes d'un même EPCI", () => {
    expect(seul(faitsFlash({ perimetre: perimetre(ERNEE.slice(0, 3)) })).code).toBe("R3_ECHELLE_OK");
  });
});

describe("R3 — périmètre vide et atelier national", () => {
  it.each([faitsLocal, faitsFlash, faitsNational])("signale un périmètre vide comme manquant", (fabrique) => {
    const e = seul(fabrique({ perimetre: perimetre([], [], []) }));
    expect(e).toMatchObject({ code: "R3_PERIMETRE_VIDE", etat: "manquant" });
  });

  it("n'impose aucune échelle à un atelier national", () => {
    expect(seul(faitsNational({ perimetre: perimetre([ANDOUILLE]), collectivitePrincipale: communeLocale })).code).toBe("R3_ECHELLE_OK");
  });
});

describe("EPCI couverts entièrement", () => {
  it("rassemble les EPCI inclus et ceux dont toutes les communes sont listées", () => {
    expect(epciCouvertsEntierement(perimetre(ERNEE, [EPCI_COEVRONS])).map((e) => e.siren)).toEqual([EPCI_COEVRONS.siren, EPCI_ERNEE.siren]);
  });
});

describe("R3 — commune qui n'appartient à aucun EPCI (L'Île-d'Yeu)", () => {
  const YEU: CommunePerimetre = { codeInsee: "85113", nom: "L'Île-d'Yeu", epciSiren: null, codeDepartement: "85" };
  const ileDYeu = { nom: "L'Île-d'Yeu", type: "commune" as const, departements: ["85"] };
  const faitsYeu = (modifs: Partial<FaitsCandidature> = {}) =>
    faitsLocal({ perimetre: perimetre([YEU], [], []), collectivitePrincipale: ileDYeu, ...modifs });

  it("ne conseille pas d'ajouter un EPCI qui n'existe pas : dérogation ou collectivité plus large", () => {
    const e = seul(faitsYeu());
    expect(e).toMatchObject({ code: "R3_ECHELLE_SANS_EPCI", etat: "refuse" });
    expect(e.message).toContain("L'Île-d'Yeu n'appartient à aucun EPCI");
    expect(e.message).toContain("Demandez une dérogation à l'échelle");
    expect(e.message).toContain("collectivité plus large (département, région, PETR, syndicat mixte)");
    expect(e.message).not.toMatch(/EPCI entier,|communes manquantes/);
  });

  it("accepte la demande de dérogation jointe, avec un constat juste", () => {
    const e = seul(faitsYeu({ derogationDemandee: true, pieces: [...faitsLocal().pieces, "demande_derogation"] }));
    expect(e).toMatchObject({ code: "R3_DEROGATION_DEMANDEE", etat: "avertissement" });
    expect(e.message).toContain("L'Île-d'Yeu n'appartient à aucun EPCI");
  });

  it("garde le conseil habituel quand une commune du périmètre appartient à un EPCI", () => {
    const e = seul(faitsYeu({ perimetre: perimetre([YEU, ANDOUILLE]) }));
    expect(e.code).toBe("R3_ECHELLE_LOCAL");
    expect(e.message).toContain("Ajoutez les communes manquantes ou l'EPCI entier");
  });
});

describe("R3 — la dérogation à l'échelle ne concerne que l'atelier local", () => {
  it("ne la propose qu'à l'atelier local", () => {
    expect(DEROGATION_ECHELLE_POSSIBLE).toEqual({ local: true, flash: false, national: false });
  });

  it("n'en tient aucun compte pour un atelier flash", () => {
    expect(seul(faitsFlash({ derogationDemandee: true })).code).toBe("R3_ECHELLE_OK");
  });
});
