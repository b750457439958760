import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SessionLaureats } from "@/lib/sessions/queries";
import { Laureats } from "./Laureats";

const texte = (sessions: SessionLaureats[]) =>
  renderToStaticMarkup(<Laureats sessions={sessions} />)
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/\s+/g, " ");

const session = (noms: string[]): SessionLaureats => ({
  id: "s1",
  theme: "Aménager des territoires productifs, sobres et créateurs de valeurs",
  ouvertureLe: new Date("2023-01-16T00:00:00+01:00"),
  selectionLe: new Date("2023-06-15T12:00:00+02:00"),
  laureats: noms.map((collectivite, i) => ({ id: `c${i}`, collectivite, departement: null })),
});

describe("lauréats des sessions précédentes, sur la page d'accueil", () => {
  it("annonce autant de lauréats qu'elle en liste", () => {
    const lu = texte([session(["CC des Coëvrons", "CA du Pays de Saint-Omer", "CA Le Grand Chalon"])]);
    expect(lu).toContain("Session 2023 — 3 lauréats, désignés le 15 juin 2023");
    expect(lu).toContain("Communauté de communes des Coëvrons");
  });

  it("accorde au singulier, et ne montre rien sans lauréat", () => {
    expect(texte([session(["CC des Coëvrons"])])).toContain("1 lauréat, désigné le");
    expect(texte([session([])])).toBe("");
  });
});
