import { describe, expect, it } from "vitest";
import { ecrireFiltres, lireFiltres, sensParDefaut, TRIS_TABLEAU } from "./filtres";

describe("lireFiltres", () => {
  it("sans paramètre : aucun filtre, les plus récemment déposées d'abord, page 1", () => {
    expect(lireFiltres({})).toEqual({
      q: undefined, format: undefined, statut: undefined, session: undefined, region: undefined, departement: undefined,
      epci: undefined, commune: undefined, deposeeDu: undefined, deposeeAu: undefined, signaturesIncompletes: undefined,
      enRetard: undefined, tri: "deposeeLe", sens: "desc", page: 1,
    });
  });

  it("lit chaque filtre reconnu, depuis un objet de Next comme depuis URLSearchParams", () => {
    const attendu = {
      q: "centre bourg", format: "flash", statut: "deposee", session: "0b8a4a4e-3c1f-4c7e-9a43-2f1d6f2e9c10", region: "52",
      departement: "2A", epci: "245300355", commune: "2B033", deposeeDu: "2026-01-31", deposeeAu: "2026-02-28",
      signaturesIncompletes: true, enRetard: true, tri: "titre", sens: "desc", page: 3,
    };
    const brut = {
      q: "  centre   bourg ", format: "flash", statut: "deposee", session: "0B8A4A4E-3C1F-4C7E-9A43-2F1D6F2E9C10", region: "52",
      departement: "2a", epci: "245300355", commune: "2b033", deposeeDu: "2026-01-31", deposeeAu: "2026-02-28",
      signaturesIncompletes: "1", enRetard: "1", tri: "titre", sens: "desc", page: "3",
    };
    expect(lireFiltres(brut)).toEqual(attendu);
    expect(lireFiltres(new URLSearchParams(brut))).toEqual(attendu);
  });

  it("ignore les valeurs inconnues ou mal formées au lieu de refuser l'adresse", () => {
    const f = lireFiltres({
      format: "geant", statut: "DEPOSEE", session: "pas-un-uuid", region: "5", departement: "999", epci: "24530035",
      commune: "5300", deposeeDu: "2026-02-30", deposeeAu: "31/01/2026", signaturesIncompletes: "oui", enRetard: "true",
      tri: "prix", sens: "haut", page: "-2",
    });
    expect(f).toMatchObject({ tri: "deposeeLe", sens: "desc", page: 1 });
    for (const cle of ["format", "statut", "session", "region", "departement", "epci", "commune", "deposeeDu", "deposeeAu", "signaturesIncompletes", "enRetard"] as const) {
      expect(f[cle], cle).toBeUndefined();
    }
    expect(lireFiltres({ page: "abc" }).page).toBe(1);
  });

  it("ne garde que la première valeur d'un paramètre répété, et borne la recherche", () => {
    expect(lireFiltres({ statut: ["brouillon", "deposee"] }).statut).toBe("brouillon");
    expect(lireFiltres({ q: "a".repeat(500) }).q).toHaveLength(200);
    expect(lireFiltres({ q: "   " }).q).toBeUndefined();
  });

  it("avec une recherche, trie par pertinence ; sans recherche, la pertinence n'a pas de sens", () => {
    expect(lireFiltres({ q: "andouille" })).toMatchObject({ tri: "pertinence", sens: "desc" });
    expect(lireFiltres({ tri: "pertinence" })).toMatchObject({ tri: "deposeeLe" });
    expect(lireFiltres({ q: "andouille", tri: "reference" })).toMatchObject({ tri: "reference", sens: "asc" });
  });
});

describe("ecrireFiltres", () => {
  it("n'écrit ni les valeurs par défaut ni la page 1", () => {
    expect(ecrireFiltres(lireFiltres({}))).toBe("");
    expect(ecrireFiltres(lireFiltres({ q: "andouille" }))).toBe("q=andouille");
    expect(ecrireFiltres(lireFiltres({ tri: "reference", sens: "asc", page: "1" }))).toBe("tri=reference");
  });

  it("aller-retour : l'adresse écrite redonne les mêmes filtres", () => {
    const adresses = [
      "q=ANDOUILL%C3%89&statut=a_corriger&enRetard=1",
      "format=national&session=0b8a4a4e-3c1f-4c7e-9a43-2f1d6f2e9c10&tri=collectivite&sens=desc&page=4",
      "departement=53&commune=53005&epci=245300355&deposeeDu=2026-01-01&deposeeAu=2026-12-31&signaturesIncompletes=1",
      "region=52&tri=modifieLe&sens=asc",
    ];
    for (const adresse of adresses) {
      const filtres = lireFiltres(new URLSearchParams(adresse));
      expect(lireFiltres(new URLSearchParams(ecrireFiltres(filtres)))).toEqual(filtres);
    }
  });

  it("retire les clés demandées (la page d'une vue enregistrée, le statut des compteurs)", () => {
    const filtres = lireFiltres({ statut: "deposee", format: "local", page: "2" });
    expect(ecrireFiltres(filtres, ["page"])).toBe("format=local&statut=deposee");
    expect(ecrireFiltres(filtres, ["page", "statut"])).toBe("format=local");
  });
});

describe("sensParDefaut", () => {
  it("texte de A à Z, dates du plus récent au plus ancien", () => {
    const attendus = Object.fromEntries(TRIS_TABLEAU.map((t) => [t, sensParDefaut(t)]));
    expect(attendus).toMatchObject({ reference: "asc", titre: "asc", collectivite: "asc", deposeeLe: "desc", modifieLe: "desc", pertinence: "desc" });
  });
});
