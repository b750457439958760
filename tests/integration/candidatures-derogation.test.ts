// La dérogation à l'échelle (R3) sur une vraie base : elle ne se demande que pour un atelier local ;
// pour un atelier flash, le serveur la refuse avec un message en français et n'écrit rien.
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import { creerCandidature } from "@/lib/candidatures/creer-candidature";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { prisma } from "@/lib/db";
import { acteurDe } from "@/tests/helpers/acteurs";
import { donnees } from "@/tests/helpers/candidatures";
import * as f from "@/tests/helpers/factories";

async function candidature(format: "flash" | "local") {
  const andouille = await f.commune("53005");
  const membre = await acteurDe((await f.creerMembre(andouille, "membre")).id);
  const { candidatureId } = donnees(await executerAction(creerCandidature, membre, { collectiviteId: andouille.id, format }));
  return { membre, candidatureId };
}

describe("dérogation à l'échelle", () => {
  it("est refusée pour un atelier flash, avec un message en français, sans rien écrire", async () => {
    const { membre, candidatureId } = await candidature("flash");
    const r = await executerAction(modifierCandidature, membre, { candidatureId, version: 1, section: "perimetre", communes: ["53005"], epci: [], derogationDemandee: true });
    expect(r).toMatchObject({
      ok: false,
      code: "INVALIDE",
      fieldErrors: { derogationDemandee: ["La dérogation à l'échelle ne concerne que les ateliers locaux : un atelier flash ou national n'a pas à la demander."] },
    });
    expect(await prisma.candidature.findUniqueOrThrow({ where: { id: candidatureId } })).toMatchObject({ version: 1, derogationDemandee: false });
  });

  it("s'enregistre pour un atelier local", async () => {
    const { membre, candidatureId } = await candidature("local");
    donnees(await executerAction(modifierCandidature, membre, { candidatureId, version: 1, section: "perimetre", communes: ["53005"], epci: [], derogationDemandee: true }));
    expect(await prisma.candidature.findUniqueOrThrow({ where: { id: candidatureId } })).toMatchObject({ version: 2, derogationDemandee: true });
  });
});
