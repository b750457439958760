import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Acteur } from "@/lib/auth/acteur";
import { AppError } from "@/lib/errors";
import { journal } from "@/lib/journalisation/logger";
import { executerAction, type DefinitionAction } from "./pipeline";

const acteur: Acteur = { id: "0b7e0c8a-5e2a-4c1b-9f3d-1a2b3c4d5e6f", email: "marie@mairie.example", prenom: "Marie", nom: "Curie", appartenances: [] } as unknown as Acteur;

function action(executer: DefinitionAction<z.ZodObject<{ n: z.ZodNumber }>, number>["executer"]): DefinitionAction<z.ZodObject<{ n: z.ZodNumber }>, number> {
  return { nom: "essai.action", schema: z.object({ n: z.number() }), executer };
}

afterEach(() => vi.restoreAllMocks());

describe("ligne de journal de chaque action", () => {
  it("succès : nom, requête, acteur, durée, issue « ok », sans donnée personnelle", async () => {
    const info = vi.spyOn(journal, "info").mockImplementation(() => undefined);
    await executerAction(action(async ({ donnees }) => donnees.n), acteur, { n: 1 }, { idRequete: "req-1" });
    expect(info).toHaveBeenCalledTimes(1);
    const [ligne] = info.mock.calls[0] as unknown as [Record<string, unknown>];
    expect(ligne).toEqual({ idRequete: "req-1", acteurId: acteur.id, action: "essai.action", dureeMs: expect.any(Number), issue: "ok" });
    expect(JSON.stringify(info.mock.calls)).not.toMatch(/marie|Curie/i);
  });

  it("refus attendu : l'issue est le code", async () => {
    const info = vi.spyOn(journal, "info").mockImplementation(() => undefined);
    await executerAction(action(async () => { throw new AppError("ETAT_INCOMPATIBLE", "Déjà déposée."); }), acteur, { n: 1 });
    await executerAction(action(async () => 1), acteur, { n: "x" });
    await executerAction(action(async () => 1), null, { n: 1 });
    expect(info.mock.calls.map((c) => (c[0] as unknown as { issue: string }).issue)).toEqual(["ETAT_INCOMPATIBLE", "INVALIDE", "NON_AUTHENTIFIE"]);
  });

  it("erreur inattendue : une ligne d'erreur avec l'erreur, l'utilisateur lit le message générique", async () => {
    const error = vi.spyOn(journal, "error").mockImplementation(() => undefined);
    const resultat = await executerAction(action(async () => { throw new Error("boum"); }), acteur, { n: 1 });
    expect(resultat).toMatchObject({ ok: false, code: "ERREUR_INATTENDUE" });
    expect(error.mock.calls[0]?.[0]).toMatchObject({ action: "essai.action", issue: "ERREUR_INATTENDUE", erreur: expect.any(Error) });
  });
});
