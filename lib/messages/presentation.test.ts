import { describe, expect, it } from "vitest";
import { formatFichier, qualiteAuteur } from "./presentation";

const candidature = { collectivitePrincipaleId: "c1", porteuseIds: ["c2"], serviceEtatId: "s53", codeDepartement: "53" };
const org = (id: string, nom: string, type: "commune" | "epci" | "service_etat" | "dgaln", codeDepartement: string | null = "53") => ({ id, nom, type, codeDepartement });

describe("qualité de l'auteur d'un message", () => {
  it("retient l'organisation qui le rattache à la candidature, porteuse d'abord", () => {
    const appartenances = [
      { role: "referent" as const, organisation: org("d", "DGALN", "dgaln", null) },
      { role: "signataire" as const, organisation: org("c2", "CC de l'Ernée", "epci") },
    ];
    expect(qualiteAuteur(appartenances, candidature)).toBe("CC de l'Ernée · Signataire");
  });

  it("un service de l'État : le service compétent, sinon un service du département", () => {
    expect(qualiteAuteur([{ role: "agent", organisation: org("s53", "DDT de la Mayenne", "service_etat") }], candidature)).toBe("DDT de la Mayenne · Agent");
    expect(qualiteAuteur([{ role: "agent", organisation: org("s44", "DDTM de la Loire-Atlantique", "service_etat", "44") }], candidature)).toBeNull();
  });

  it("ignore une collectivité qui ne porte pas la candidature", () => {
    expect(qualiteAuteur([{ role: "signataire", organisation: org("c9", "Saint-Nazaire", "commune", "44") }], candidature)).toBeNull();
  });

  it("nomme le format d'après le type reconnu, jamais le type MIME", () => {
    expect(formatFichier("application/pdf")).toBe("PDF");
    expect(formatFichier("image/jpeg")).toBe("JPEG");
    expect(formatFichier("application/octet-stream")).toBe("Fichier");
  });
});
