import { describe, expect, it } from "vitest";
import { StatutCandidature } from "@/lib/generated/prisma/enums";
import { faitsFlash, faitsNational, SESSION_OUVERTE } from "./faits.fixture";
import { regleR7Unicite } from "./r7-unicite";
import type { AutreCandidature } from "./types";

const autre = (modifs: Partial<AutreCandidature>): AutreCandidature => ({
  id: "cand-2",
  reference: "ADT-2026-00042",
  format: "flash",
  statut: "brouillon",
  sessionId: null,
  ...modifs,
});

const seul = (faits: Parameters<typeof regleR7Unicite>[0]) => {
  const elements = regleR7Unicite(faits);
  expect(elements).toHaveLength(1);
  return elements[0]!;
};

describe("R7 — une seule candidature active par collectivité et format", () => {
  it("accepte quand l'autre candidature du même format est retirée", () => {
    const e = seul(faitsFlash({ autresCandidatures: [autre({ statut: "retiree" })] }));
    expect(e).toMatchObject({ code: "R7_UNIQUE_OK", etat: "ok" });
    expect(e.message).toBe("Andouillé n'a pas d'autre candidature en cours à un atelier flash.");
  });

  it("refuse quand une autre candidature du même format est en brouillon, en citant sa référence", () => {
    const e = seul(faitsFlash({ autresCandidatures: [autre({ statut: "brouillon" })] }));
    expect(e).toMatchObject({ code: "R7_CANDIDATURE_EN_COURS", etat: "refuse" });
    expect(e.message).toBe(
      "Andouillé a déjà une candidature en cours à un atelier flash : ADT-2026-00042 (statut « brouillon »). Une seule peut être en cours à la fois : poursuivez celle qui existe ou retirez-la.",
    );
  });

  it.each(Object.values(StatutCandidature))("une autre candidature au statut %s fait obstacle si elle n'est pas finale", (statut) => {
    const finale = ["irrecevable", "retenue", "non_retenue", "retiree"].includes(statut);
    expect(seul(faitsFlash({ autresCandidatures: [autre({ statut })] })).code).toBe(finale ? "R7_UNIQUE_OK" : "R7_CANDIDATURE_EN_COURS");
  });

  it("ignore une candidature active d'un autre format", () => {
    expect(seul(faitsFlash({ autresCandidatures: [autre({ format: "local" })] })).code).toBe("R7_UNIQUE_OK");
  });

  it("ne se compte pas elle-même", () => {
    expect(seul(faitsFlash({ autresCandidatures: [autre({ id: "cand-1" })] })).code).toBe("R7_UNIQUE_OK");
  });

  it("vaut à la création, avant que la candidature ait un identifiant", () => {
    expect(seul(faitsFlash({ id: null, autresCandidatures: [autre({ id: "cand-2" })] })).code).toBe("R7_CANDIDATURE_EN_COURS");
  });

  it("pour le national, ne compare que les candidatures de la même session", () => {
    const meme = autre({ format: "national", sessionId: SESSION_OUVERTE.id, statut: "deposee" });
    const precedente = autre({ format: "national", sessionId: "session-2023", statut: "en_instruction", reference: "ADT-2023-00007" });
    expect(seul(faitsNational({ autresCandidatures: [precedente] })).code).toBe("R7_UNIQUE_OK");
    const e = seul(faitsNational({ autresCandidatures: [precedente, meme] }));
    expect(e.code).toBe("R7_CANDIDATURE_EN_COURS");
    expect(e.message).toContain(`pour la session « ${SESSION_OUVERTE.theme} » : ADT-2026-00042 (statut « déposée »)`);
    expect(e.message).not.toContain("ADT-2023-00007");
  });

  it("cite toutes les candidatures en cours", () => {
    const e = seul(faitsFlash({ autresCandidatures: [autre({}), autre({ id: "cand-3", reference: "ADT-2026-00043", statut: "a_corriger" })] }));
    expect(e.message).toContain("ADT-2026-00042 (statut « brouillon »), ADT-2026-00043 (statut « à corriger »)");
  });
});
