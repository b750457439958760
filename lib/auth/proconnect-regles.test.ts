import { describe, expect, it } from "vitest";
import { choisirOrganisation, normaliserSiret, profilDepuisClaims, ROLE_PAR_DEFAUT, sirenDuSiret, type OrganisationCandidate } from "./proconnect-regles";

const andouille: OrganisationCandidate = { id: "a", type: "commune", siret: null, siren: "215300054", nom: "Andouillé" };
const ddt: OrganisationCandidate = { id: "d", type: "service_etat", siret: "13000123400017", siren: "130001234", nom: "DDT de la Mayenne" };
const autreEtablissement: OrganisationCandidate = { id: "e", type: "service_etat", siret: "13000123400025", siren: "130001234", nom: "Autre" };

describe("rattachement ProConnect par SIRET", () => {
  it("normalise un SIRET à 14 chiffres et rejette le reste", () => {
    expect(normaliserSiret("215 300 054 00016")).toBe("21530005400016");
    expect(normaliserSiret(21530005400016)).toBe("21530005400016");
    expect(normaliserSiret("2153000540001")).toBeNull();
    expect(normaliserSiret("21530005400016A")).toBeNull();
    expect(normaliserSiret(undefined)).toBeNull();
  });

  it("extrait le SIREN des 9 premiers chiffres", () => {
    expect(sirenDuSiret("21530005400016")).toBe("215300054");
  });

  it("préfère le SIRET exact au SIREN", () => {
    expect(choisirOrganisation("13000123400017", [autreEtablissement, ddt])).toEqual({ organisation: ddt, par: "siret" });
  });

  it("se rabat sur le SIREN quand aucun SIRET ne correspond (communes du référentiel)", () => {
    expect(choisirOrganisation("21530005400016", [andouille])).toEqual({ organisation: andouille, par: "siren" });
  });

  it("ne rattache pas quand rien ne correspond ou que le SIREN est ambigu", () => {
    expect(choisirOrganisation("99999999900011", [andouille])).toBeNull();
    const memeSiren = { ...ddt, siret: null };
    expect(choisirOrganisation("13000123499999", [memeSiren, { ...memeSiren, id: "x" }])).toBeNull();
  });

  it("donne le rôle par défaut du type d'organisation, et aucun pour la DGALN", () => {
    expect(ROLE_PAR_DEFAUT.commune).toBe("membre");
    expect(ROLE_PAR_DEFAUT.epci).toBe("membre");
    expect(ROLE_PAR_DEFAUT.service_etat).toBe("agent");
    expect(ROLE_PAR_DEFAUT.dgaln).toBeNull();
  });
});

describe("profil ProConnect", () => {
  it("lit les claims ProConnect", () => {
    expect(
      profilDepuisClaims({ sub: "abc", email: "Agent@Exemple.gouv.fr", given_name: "Agnès", usual_name: "Durand", siret: "21530005400016" }),
    ).toEqual({ id: "abc", email: "agent@exemple.gouv.fr", prenom: "Agnès", nom: "Durand", name: "Agnès Durand", siret: "21530005400016" });
  });

  it("exige sub et email", () => {
    expect(() => profilDepuisClaims({ sub: "abc" })).toThrow(/email/);
    expect(() => profilDepuisClaims({ email: "a@b.fr" })).toThrow(/sub/);
  });
});
