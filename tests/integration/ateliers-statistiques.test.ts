// Vue nationale des ateliers (issue 14, points 6 et 7 ; décision 035) sur un vrai PostgreSQL : chaque
// chiffre (par département, par région, par année et format, durées, part à temps, coûts par an)
// calculé sur des ateliers construits ici, avec les filtres de « Mes ateliers », l'année de création
// lue à l'heure de Paris ; et le refus, rôle par rôle, en INTROUVABLE.
import { beforeAll, describe, expect, it } from "vitest";
import { lireFiltresAteliers } from "@/lib/ateliers/filtres";
import { lireStatistiquesAteliers, type FiltresStatistiques } from "@/lib/ateliers/statistiques";
import type { Acteur } from "@/lib/auth/acteur";
import { aUnDroit } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { FormatAtelier, StatutAtelier } from "@/lib/generated/prisma/client";
import { acteurDe } from "@/tests/helpers/acteurs";
import * as f from "@/tests/helpers/factories";

const PROFILS = ["referent", "administrateur", "collectivite", "signataire", "ddt", "jure", "sans"] as const;
const acteurs = {} as Record<(typeof PROFILS)[number], Acteur>;
const jour = (j: string | undefined) => (j ? new Date(`${j}T00:00:00Z`) : null);

type Bornes = { debutPrevu?: string; debutReel?: string; finPrevue?: string; finReelle?: string };

async function atelier(
  collectivite: Awaited<ReturnType<typeof f.commune>>,
  d: { format: FormatAtelier; statut: StatutAtelier; creeLe: string; cout?: number; appropriation?: Bornes; restitution?: Bornes; frais?: [string, number][] },
) {
  const c = await f.creerCandidature({ collectivitePrincipale: collectivite, format: d.format, statut: "retenue" });
  const a = await f.creerAtelier(c);
  await prisma.atelier.update({ where: { id: a.id }, data: { statut: d.statut, creeLe: new Date(d.creeLe), coutEquipeEuros: d.cout ?? null } });
  for (const type of ["appropriation", "restitution"] as const) {
    const b = d[type];
    if (!b) continue;
    await prisma.phase.update({
      where: { atelierId_type: { atelierId: a.id, type } },
      data: { debutPrevu: jour(b.debutPrevu), debutReel: jour(b.debutReel), finPrevue: jour(b.finPrevue), finReelle: jour(b.finReelle) },
    });
  }
  for (const [engageLe, montantCentimes] of d.frais ?? []) {
    await prisma.fraisMateriel.create({ data: { atelierId: a.id, libelle: "Location de salle", montantCentimes, engageLe: jour(engageLe)! } });
  }
}

const stats = (acteur: Acteur, adresse = "") => lireStatistiquesAteliers(acteur, lireFiltresAteliers(new URLSearchParams(adresse)) as FiltresStatistiques);
const parCode = (l: { code: string; nombre: number }[]) => Object.fromEntries(l.map((d) => [d.code, d.nombre]));

beforeAll(async () => {
  const [andouille, laval, saintNazaire, bordeaux, ddt53, dgaln] = await Promise.all([
    f.commune("53005"), f.commune("53130"), f.commune("44184"), f.commune("33063"), f.serviceEtat("53"), f.dgaln(),
  ]);
  const session = await f.creerSession({ statut: "cloturee" });
  const jure = await f.creerUtilisateur();
  await f.ajouterJure(session, jure);
  const utilisateurs = {
    referent: await f.creerMembre(dgaln, "referent"),
    administrateur: await f.creerMembre(dgaln, "administrateur"),
    collectivite: await f.creerMembre(andouille, "membre"),
    signataire: await f.creerMembre(laval, "signataire"),
    ddt: await f.creerMembre(ddt53, "signataire_etat"),
    jure,
    sans: await f.creerUtilisateur(),
  };
  for (const p of PROFILS) acteurs[p] = await acteurDe(utilisateurs[p].id);

  // Mayenne (53) : deux ateliers en cours.
  await atelier(andouille, { format: "flash", statut: "en_cours", creeLe: "2023-03-15T10:00:00Z", cout: 20_000, frais: [["2023-05-10", 150_000], ["2024-02-01", 50_000]] });
  await atelier(laval, { format: "local", statut: "en_cours", creeLe: "2026-02-01T10:00:00Z" });
  // Loire-Atlantique (44) : terminé à temps, terminé en retard, terminé sans fin réelle, abandonné.
  await atelier(saintNazaire, {
    format: "national", statut: "termine", creeLe: "2023-06-01T10:00:00Z", cout: 100_000,
    appropriation: { debutPrevu: "2023-09-01", debutReel: "2023-09-15" }, restitution: { finPrevue: "2025-03-31", finReelle: "2025-03-20" },
  });
  await atelier(saintNazaire, {
    format: "local", statut: "termine", creeLe: "2024-09-01T10:00:00Z", cout: 30_000, frais: [["2025-01-15", 80_000]],
    appropriation: { debutPrevu: "2024-10-01", debutReel: "2024-10-01" }, restitution: { finPrevue: "2025-06-30", finReelle: "2025-09-30" },
  });
  await atelier(saintNazaire, {
    format: "flash", statut: "termine", creeLe: "2024-01-10T10:00:00Z", cout: 10_000,
    appropriation: { debutPrevu: "2024-02-01", debutReel: "2024-02-01" }, restitution: { finPrevue: "2024-06-30" },
  });
  // Créé le 31 décembre 2023 à 23 h 30 UTC : le 1er janvier 2024 à Paris, donc compté en 2024.
  await atelier(saintNazaire, { format: "local", statut: "abandonne", creeLe: "2023-12-31T23:30:00Z" });
  // Gironde (33), une autre région.
  await atelier(bordeaux, { format: "national", statut: "en_preparation", creeLe: "2025-05-05T10:00:00Z", cout: 50_000 });
});

describe("Vue nationale : chaque chiffre", () => {
  it("compte les ateliers par département et par région, avec leurs noms", async () => {
    const s = await stats(acteurs.referent);
    expect(s.total).toBe(7);
    expect(s.parDepartement).toEqual([
      { code: "33", nom: "Gironde", nombre: 1 },
      { code: "44", nom: "Loire-Atlantique", nombre: 4 },
      { code: "53", nom: "Mayenne", nombre: 2 },
    ]);
    expect(s.parRegion).toEqual([
      { code: "75", nom: "Nouvelle-Aquitaine", nombre: 1 },
      { code: "52", nom: "Pays de la Loire", nombre: 6 },
    ]);
  });

  it("compte par année de création (heure de Paris) et par format", async () => {
    const s = await stats(acteurs.referent);
    expect(s.parAnnee).toEqual([
      { annee: 2023, parFormat: { national: 1, local: 0, flash: 1 }, total: 2 },
      { annee: 2024, parFormat: { national: 0, local: 2, flash: 1 }, total: 3 },
      { annee: 2025, parFormat: { national: 1, local: 0, flash: 0 }, total: 1 },
      { annee: 2026, parFormat: { national: 0, local: 1, flash: 0 }, total: 1 },
    ]);
  });

  it("durée moyenne prévue et réelle des ateliers terminés, de la première à la dernière phase", async () => {
    // À temps : prévue 2023-09-01 → 2025-03-31 = 577 j, réelle 2023-09-15 → 2025-03-20 = 552 j.
    // En retard : prévue 2024-10-01 → 2025-06-30 = 272 j, réelle 2024-10-01 → 2025-09-30 = 364 j.
    // Le terminé sans fin réelle n'entre pas dans la moyenne.
    const s = await stats(acteurs.referent);
    expect(s.durees).toEqual({ ateliers: 2, prevueJours: 425, reelleJours: 458 });
  });

  it("part des ateliers terminés à temps : fin réelle de la restitution au plus tard à sa fin prévue", async () => {
    const s = await stats(acteurs.referent);
    expect(s.delais).toEqual({ termines: 2, aTemps: 1 });
  });

  it("montants des équipes (année de création) et frais matériels (année d'engagement) par an", async () => {
    const s = await stats(acteurs.referent);
    expect(s.couts).toEqual([
      { annee: 2023, equipesEuros: 120_000, fraisCentimes: 150_000 },
      { annee: 2024, equipesEuros: 40_000, fraisCentimes: 50_000 },
      { annee: 2025, equipesEuros: 50_000, fraisCentimes: 80_000 },
      { annee: 2026, equipesEuros: 0, fraisCentimes: 0 },
    ]);
  });
});

describe("Vue nationale : les filtres de « Mes ateliers »", () => {
  it("format, statut, département et région restreignent chaque chiffre", async () => {
    expect(parCode((await stats(acteurs.referent, "format=flash")).parDepartement)).toEqual({ "44": 1, "53": 1 });
    const termines = await stats(acteurs.referent, "statut=termine");
    expect(parCode(termines.parDepartement)).toEqual({ "44": 3 });
    expect(termines.couts.map((c) => c.annee)).toEqual([2023, 2024, 2025]);
    const mayenne = await stats(acteurs.referent, "departement=53");
    expect(mayenne.total).toBe(2);
    expect(mayenne.durees).toEqual({ ateliers: 0, prevueJours: null, reelleJours: null });
    expect(mayenne.delais).toEqual({ termines: 0, aTemps: 0 });
    expect(mayenne.couts).toEqual([
      { annee: 2023, equipesEuros: 20_000, fraisCentimes: 150_000 },
      { annee: 2024, equipesEuros: 0, fraisCentimes: 50_000 },
      { annee: 2026, equipesEuros: 0, fraisCentimes: 0 },
    ]);
    expect(parCode((await stats(acteurs.referent, "region=75")).parRegion)).toEqual({ "75": 1 });
  });

  it("l'année restreint la carte et les délais, pas les séries par année", async () => {
    const s = await stats(acteurs.referent, "annee=2024");
    expect(parCode(s.parDepartement)).toEqual({ "44": 3 });
    expect(s.durees).toEqual({ ateliers: 1, prevueJours: 272, reelleJours: 364 });
    expect(s.delais).toEqual({ termines: 1, aTemps: 0 });
    expect(s.parAnnee.map((a) => a.annee)).toEqual([2023, 2024, 2025, 2026]);
    expect(s.couts.map((c) => c.annee)).toEqual([2023, 2024, 2025, 2026]);
  });

  it("la recherche et le retard de « Mes ateliers » n'y changent rien", async () => {
    expect(await stats(acteurs.referent, "q=zzz&enRetard=1")).toEqual(await stats(acteurs.referent));
  });

  it("un filtre sans atelier donne des zéros, pas une erreur", async () => {
    const s = await stats(acteurs.referent, "departement=2A");
    expect(s).toEqual({ total: 0, parDepartement: [], parRegion: [], parAnnee: [], durees: { ateliers: 0, prevueJours: null, reelleJours: null }, delais: { termines: 0, aTemps: 0 }, couts: [] });
  });
});

describe("Vue nationale : réservée à la DGALN", () => {
  it("le référent et l'administrateur de la DGALN la lisent, avec les mêmes chiffres", async () => {
    expect(aUnDroit(acteurs.referent, "atelier", "statistiques")).toBe(true);
    expect(await stats(acteurs.administrateur)).toEqual(await stats(acteurs.referent));
  });

  it.each(["collectivite", "signataire", "ddt", "jure", "sans"] as const)("refusée à « %s » comme une page introuvable", async (profil) => {
    expect(aUnDroit(acteurs[profil], "atelier", "statistiques")).toBe(false);
    await expect(stats(acteurs[profil])).rejects.toMatchObject({ code: "INTROUVABLE" });
  });
});
