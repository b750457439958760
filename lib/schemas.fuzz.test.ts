// Fuzz de chaque schéma zod d'une frontière (lib/**/*.schema.ts) : quelle que soit l'entrée, l'analyse
// ne lève jamais d'exception, et tout refus parle français (jamais un message par défaut de zod).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as connexion from "@/lib/auth/connexion.schema";
import * as contrat from "@/lib/ateliers/contrat/contrat.schema";
import * as phases from "@/lib/ateliers/phases/phases.schema";
import * as inSitu from "@/lib/ateliers/in-situ/in-situ.schema";
import * as avis from "@/lib/avis/avis.schema";
import * as candidature from "@/lib/candidatures/candidature.schema";
import * as inviterSignataire from "@/lib/candidatures/inviter-signataire.schema";
import * as instruction from "@/lib/instruction/decider.schema";
import * as vues from "@/lib/instruction/vues.schema";
import * as messages from "@/lib/messages/ecrire-message.schema";
import * as marquerLus from "@/lib/messages/marquer-lus.schema";
import * as notifications from "@/lib/notifications/notifications.schema";
import * as organisations from "@/lib/organisations/organisations.schema";
import * as pieces from "@/lib/pieces/pieces.schema";
import * as selection from "@/lib/selection/session.schema";
import { entreeDepuis, messageAnglais, optionsFuzz, tailleFuzz } from "@/tests/helpers/fuzz";

const RUNS = tailleFuzz(200);

const estSchema = (v: unknown): v is z.ZodType => typeof v === "object" && v !== null && "_zod" in v && "safeParse" in v;

const SCHEMAS = Object.entries({ avis, connexion, candidature, contrat, inSitu, inviterSignataire, instruction, marquerLus, messages, notifications, organisations, phases, pieces, selection, vues }).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>).flatMap(([nom, v]) => (estSchema(v) ? [[`${module}.${nom}`, v] as const] : [])),
);

describe("fuzz des schémas zod", () => {
  it("trouve les schémas de chaque module", () => {
    expect(SCHEMAS.length).toBeGreaterThanOrEqual(15);
  });

  for (const [nom, schema] of SCHEMAS) {
    it(`${nom} : jamais d'exception, refus en français`, { timeout: 10_000 + RUNS * 5 }, () => {
      fc.assert(
        fc.property(entreeDepuis(schema), (entree) => {
          const resultat = schema.safeParse(entree);
          if (resultat.success) return;
          for (const issue of resultat.error.issues) {
            expect(issue.message.length, `${nom} ${issue.path.join(".")}`).toBeGreaterThan(0);
            expect(messageAnglais(issue.message), `${nom} ${issue.path.join(".")} : « ${issue.message} »`).toBe(false);
          }
        }),
        optionsFuzz(RUNS),
      );
    });
  }
});
