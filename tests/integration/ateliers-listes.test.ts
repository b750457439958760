// « Mes ateliers » et la fiche d'un atelier (issue 14) sur un vrai PostgreSQL : la portée de chaque
// rôle (une collectivité ses ateliers, la DDT ceux de son département, la DGALN tous, un juré aucun),
// chaque filtre dont « phases en retard » compté à une date donnée, les compteurs par statut, le tri,
// l'export par la vraie route (exactement la sélection de la liste, cellules neutralisées) et la
// fiche introuvable hors portée.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { atelierDeCandidature, lireFicheAtelier } from "@/lib/ateliers/fiche";
import { lireFiltresAteliers } from "@/lib/ateliers/filtres";
import { lireListeAteliers, optionsListeAteliers } from "@/lib/ateliers/liste";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { creerAdaptateur, type UtilisateurAuth } from "@/lib/auth/adapter";
import type { Acteur } from "@/lib/auth/acteur";
import { aUnDroit } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { Prisma, StatutAtelier, StatutPhase } from "@/lib/generated/prisma/client";
import { acteurDe } from "@/tests/helpers/acteurs";
import * as f from "@/tests/helpers/factories";
import { GET } from "@/app/api/ateliers/export/route";

const cookie = vi.hoisted(() => ({ jeton: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (nom: string) => (cookie.jeton ? { name: nom, value: cookie.jeton } : undefined) }),
}));

async function exporter(acteur: { id: string }, requete: string) {
  cookie.jeton = randomUUID();
  await prisma.sessionConnexion.create({ data: { sessionToken: cookie.jeton, utilisateurId: acteur.id, expires: new Date(Date.now() + 3_600_000) } });
  return GET(new Request(`http://localhost/api/ateliers/export?${requete}`), undefined);
}

const PROFILS = ["andouille", "laval", "ddt53", "ddtm44", "referent", "jure", "sans", "sansAtelier"] as const;
const acteurs = {} as Record<(typeof PROFILS)[number], Acteur>;
const ids = {} as Record<"atA" | "atL" | "atN" | "atAb", string>;
const candidatures = {} as Record<"atA" | "atN", string>;
const jour = (j: string) => new Date(`${j}T00:00:00Z`);
/** Le « maintenant » des tests de retard : la fin prévue de l'animation d'Andouillé (31 mars 2027) est passée. */
const LE_10_AVRIL_2027 = new Date("2027-04-10T10:00:00Z");

type Phases = Partial<Record<"appropriation" | "animation" | "restitution", { statut: StatutPhase; finPrevue: string }>>;

async function atelier(
  cle: keyof typeof ids,
  options: Parameters<typeof f.creerCandidature>[0],
  donnees: { statut: StatutAtelier; creeLe: string; phases: Phases } & Omit<Prisma.AtelierUpdateInput, "phases" | "creeLe" | "statut">,
) {
  const c = await f.creerCandidature({ ...options, statut: "retenue" });
  const a = await f.creerAtelier(c);
  const { phases, creeLe, ...reste } = donnees;
  await prisma.atelier.update({ where: { id: a.id }, data: { ...reste, creeLe: new Date(`${creeLe}T10:00:00Z`) } });
  for (const [type, p] of Object.entries(phases)) {
    await prisma.phase.update({ where: { atelierId_type: { atelierId: a.id, type: type as keyof Phases } }, data: { statut: p.statut, finPrevue: jour(p.finPrevue) } });
  }
  ids[cle] = a.id;
  return { atelier: a, candidature: c };
}

async function titres(acteur: Acteur, adresse = "", maintenant = LE_10_AVRIL_2027): Promise<string[]> {
  const liste = await lireListeAteliers(acteur, lireFiltresAteliers(new URLSearchParams(adresse)), { maintenant });
  return liste.lignes.map((l) => l.id).map((id) => nomDe(id));
}

const noms = new Map<string, string>();
const nomDe = (id: string) => noms.get(id) ?? id;

beforeAll(async () => {
  const [andouille, laval, saintNazaire, ddt53, ddtm44, dgaln] = await Promise.all([
    f.commune("53005"), f.commune("53130"), f.commune("44184"), f.serviceEtat("53"), f.serviceEtat("44"), f.dgaln(),
  ]);
  const session = await f.creerSession({ statut: "cloturee" });
  const jure = await f.creerUtilisateur();
  await f.ajouterJure(session, jure);
  const utilisateurs = {
    andouille: await f.creerMembre(andouille, "membre"),
    laval: await f.creerMembre(laval, "signataire"),
    ddt53: await f.creerMembre(ddt53, "agent"),
    ddtm44: await f.creerMembre(ddtm44, "agent"),
    referent: await f.creerMembre(dgaln, "referent", "Référente"),
    jure,
    sans: await f.creerUtilisateur(),
    // Une commune de la Mayenne qui ne porte aucun atelier.
    sansAtelier: await f.creerMembre(await f.commune("53062"), "membre"),
  };
  for (const p of PROFILS) acteurs[p] = await acteurDe(utilisateurs[p].id);

  const a = await atelier(
    "atA",
    { collectivitePrincipale: andouille, format: "flash", titre: "Centre-bourg d'Andouillé" },
    {
      statut: "en_cours", creeLe: "2023-03-15", typeContrat: "bon_de_commande", referenceContrat: "BC 2023-053-01", coutEquipeEuros: 20_000,
      pilote: { connect: { id: utilisateurs.ddt53.id } }, referentDgaln: { connect: { id: utilisateurs.referent.id } },
      phases: { appropriation: { statut: "validee", finPrevue: "2023-04-28" }, animation: { statut: "en_cours", finPrevue: "2027-03-31" }, restitution: { statut: "a_venir", finPrevue: "2027-06-30" } },
    },
  );
  candidatures.atA = a.candidature.id;
  // Laval porte cet atelier avec Andouillé : le titre commence par « + », une formule pour un tableur.
  await atelier(
    "atL",
    { collectivitePrincipale: laval, porteuses: [andouille], format: "local", titre: "+Laval : les faubourgs" },
    { statut: "en_cours", creeLe: "2026-02-01", phases: { appropriation: { statut: "en_cours", finPrevue: "2027-05-31" } } },
  );
  const n = await atelier(
    "atN",
    { collectivitePrincipale: saintNazaire, format: "national", titre: "Saint-Nazaire, ville-port" },
    {
      statut: "termine", creeLe: "2023-06-01",
      phases: { appropriation: { statut: "validee", finPrevue: "2023-12-15" }, animation: { statut: "validee", finPrevue: "2024-10-31" }, restitution: { statut: "validee", finPrevue: "2025-03-31" } },
    },
  );
  candidatures.atN = n.candidature.id;
  // Abandonné avec une phase jamais validée : il n'est plus « en retard ».
  await atelier(
    "atAb",
    { collectivitePrincipale: saintNazaire, format: "local", titre: "Estuaire abandonné" },
    { statut: "abandonne", creeLe: "2024-09-01", phases: { appropriation: { statut: "en_cours", finPrevue: "2025-01-31" } } },
  );
  for (const [cle, id] of Object.entries(ids)) noms.set(id, cle);
  await prisma.$transaction((tx) =>
    enregistrerEvenement(tx, {
      type: "atelier.cree", entite: "atelier", entiteId: ids.atA, atelierId: ids.atA, candidatureId: candidatures.atA,
      acteurId: utilisateurs.referent.id, resume: "Ouverture de l'atelier d'Andouillé.", donnees: { reference: "ADT-TEST" },
    }),
  );
});

describe("Mes ateliers : portée de chaque rôle", () => {
  it("une collectivité voit ses ateliers, ceux qu'elle porte avec une autre compris, et aucun autre", async () => {
    expect((await titres(acteurs.andouille)).sort()).toEqual(["atA", "atL"]);
    expect(await titres(acteurs.laval)).toEqual(["atL"]);
  });

  it("la DDT voit les ateliers de son département, la DGALN tous", async () => {
    expect((await titres(acteurs.ddt53)).sort()).toEqual(["atA", "atL"]);
    expect((await titres(acteurs.ddtm44)).sort()).toEqual(["atAb", "atN"]);
    expect((await titres(acteurs.referent)).sort()).toEqual(["atA", "atAb", "atL", "atN"]);
  });

  it("un juré et un utilisateur sans organisation n'ont pas la page, et rien ne leur est lu", async () => {
    for (const p of ["jure", "sans"] as const) {
      expect(aUnDroit(acteurs[p], "atelier", "lire")).toBe(false);
      expect(await titres(acteurs[p])).toEqual([]);
      expect(await optionsListeAteliers(acteurs[p])).toEqual({ annees: [], regions: [], departements: [] });
    }
  });

  it("les listes de choix ne proposent que les départements et années de la portée", async () => {
    const options = await optionsListeAteliers(acteurs.ddt53);
    expect(options.departements.map((d) => d.code)).toEqual(["53"]);
    expect(options.annees).toEqual([2026, 2025, 2024, 2023]);
    expect((await optionsListeAteliers(acteurs.referent)).departements.map((d) => d.code)).toEqual(["44", "53"]);
  });
});

describe("Lien « Mes ateliers » de l'en-tête", () => {
  it("pour l'État, la DGALN et une collectivité qui porte un atelier ; ni pour une collectivité sans atelier, ni pour un juré", async () => {
    const adapter = creerAdaptateur(prisma);
    const lien = async (p: (typeof PROFILS)[number]) => {
      const jeton = randomUUID();
      await prisma.sessionConnexion.create({ data: { sessionToken: jeton, utilisateurId: acteurs[p].id, expires: new Date(Date.now() + 3_600_000) } });
      return ((await adapter.getSessionAndUser!(jeton))!.user as UtilisateurAuth).ateliers;
    };
    expect(await lien("andouille")).toBe(true);
    expect(await lien("laval")).toBe(true);
    expect(await lien("ddt53")).toBe(true);
    expect(await lien("referent")).toBe(true);
    expect(await lien("sansAtelier")).toBe(false);
    expect(await lien("jure")).toBe(false);
    // La page lui reste ouverte, vide : elle dit d'où viennent les ateliers.
    expect(aUnDroit(acteurs.sansAtelier, "atelier", "lire")).toBe(true);
    expect(await titres(acteurs.sansAtelier)).toEqual([]);
  });
});

describe("Mes ateliers : filtres, compteurs, tri", () => {
  it("filtre par format, statut, année de création, région, département et recherche", async () => {
    const dgaln = acteurs.referent;
    expect(await titres(dgaln, "format=flash")).toEqual(["atA"]);
    expect(await titres(dgaln, "statut=termine")).toEqual(["atN"]);
    expect((await titres(dgaln, "annee=2023")).sort()).toEqual(["atA", "atN"]);
    expect((await titres(dgaln, "departement=44")).sort()).toEqual(["atAb", "atN"]);
    expect(await titres(dgaln, "region=53")).toEqual([]);
    expect((await titres(dgaln, "region=52")).sort()).toEqual(["atA", "atAb", "atL", "atN"]);
    // Le titre ou le nom d'une collectivité (ici la porteuse associée de Laval), majuscules indifférentes.
    expect((await titres(dgaln, "q=ANDOUILL")).sort()).toEqual(["atA", "atL"]);
    expect(await titres(dgaln, "q=ville-port")).toEqual(["atN"]);
    // La DDT de Loire-Atlantique ne reçoit pas l'atelier mayennais que sa recherche trouverait.
    expect(await titres(acteurs.ddtm44, "q=andouill")).toEqual([]);
  });

  it("« phases en retard » : fin prévue passée (jour de Paris), phase non validée, atelier suivi", async () => {
    expect(await titres(acteurs.referent, "enRetard=1")).toEqual(["atA"]);
    // Le 31 mars 2027 à Paris, l'animation finit ce jour-là : pas encore en retard.
    expect(await titres(acteurs.referent, "enRetard=1", new Date("2027-03-31T21:00:00Z"))).toEqual([]);
    // À 22 h 30 UTC, c'est déjà le 1er avril à Paris.
    expect(await titres(acteurs.referent, "enRetard=1", new Date("2027-03-31T22:30:00Z"))).toEqual(["atA"]);
    expect(await titres(acteurs.ddtm44, "enRetard=1")).toEqual([]);
  });

  it("chaque ligne dit la phase en cours, sa fin prévue et le retard", async () => {
    const liste = await lireListeAteliers(acteurs.referent, lireFiltresAteliers({ tri: "titre" }), { maintenant: LE_10_AVRIL_2027 });
    expect(liste.lignes.map((l) => nomDe(l.id))).toEqual(["atL", "atA", "atAb", "atN"]);
    const a = liste.lignes.find((l) => l.id === ids.atA)!;
    expect(a).toMatchObject({ collectivitePrincipale: "Andouillé", departement: "Mayenne", enRetard: true, phaseCourante: { type: "animation", finPrevue: jour("2027-03-31"), enRetard: true } });
    expect(liste.lignes.find((l) => l.id === ids.atN)).toMatchObject({ phaseCourante: null, enRetard: false });
    expect(liste.lignes.find((l) => l.id === ids.atAb)).toMatchObject({ phaseCourante: { type: "appropriation", enRetard: false }, enRetard: false });
  });

  it("compte les ateliers par statut avec les autres filtres", async () => {
    const tous = await lireListeAteliers(acteurs.referent, lireFiltresAteliers({ statut: "termine" }));
    expect(tous.total).toBe(1);
    expect(tous.parStatut).toEqual({ en_preparation: 0, en_cours: 2, termine: 1, abandonne: 1 });
    const mayenne = await lireListeAteliers(acteurs.referent, lireFiltresAteliers({ departement: "53" }));
    expect(mayenne.parStatut).toEqual({ en_preparation: 0, en_cours: 2, termine: 0, abandonne: 0 });
  });
});

describe("Exports des ateliers", () => {
  it("le CSV de la DDT : exactement la sélection de sa liste, en-têtes français, formule neutralisée", async () => {
    const reponse = await exporter(acteurs.ddt53, "fichier=csv&tri=titre");
    expect(reponse.status).toBe(200);
    expect(reponse.headers.get("content-disposition")).toMatch(/^attachment; filename="ateliers-\d{4}-\d{2}-\d{2}\.csv"$/);
    // Les octets : `Response.text()` retirerait le BOM qu'un tableur français attend.
    const texte = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await reponse.arrayBuffer());
    expect(texte.startsWith("\uFEFFTitre;Format;Statut;Collectivité principale;SIREN / code INSEE;Département;Région;Service de l'État;Pilote;Référent DGALN;Phase en cours;Fin prévue;En retard;Contrat (type, référence);Coût de l'équipe (€);Créé le\r\n")).toBe(true);
    const lignes = texte.replace(/^\uFEFF/, "").split("\r\n").slice(1).filter(Boolean).map((l) => l.split(";"));
    const liste = await lireListeAteliers(acteurs.ddt53, lireFiltresAteliers({}));
    expect(lignes.map((l) => l[0]).sort()).toEqual(liste.lignes.map((l) => (l.titre.startsWith("+") ? `'${l.titre}` : l.titre)).sort());
    const andouille = lignes.find((l) => l[0] === "Centre-bourg d'Andouillé")!;
    expect(andouille.slice(1, 8)).toEqual(["Atelier flash", "En cours", "Andouillé", "53005", "53 — Mayenne", "Pays de la Loire", andouille[7]]);
    // Le retard de l'export est compté au jour même, comme la liste lue sans date imposée.
    const retard = liste.lignes.find((l) => l.id === ids.atA)!.enRetard ? "Oui" : "Non";
    expect(andouille.slice(10, 13)).toEqual(["Animation", "31/03/2027", retard]);
    expect(andouille[13]).toBe("Bon de commande — BC 2023-053-01");
    expect(andouille[14]).toBe("20000");
  });

  it("les filtres de l'adresse valent pour l'export ; le XLSX se relit", async () => {
    const reponse = await exporter(acteurs.referent, "fichier=xlsx&departement=44");
    expect(reponse.status).toBe(200);
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load(Buffer.from(await reponse.arrayBuffer()) as unknown as ArrayBuffer);
    const feuille = classeur.getWorksheet("Ateliers")!;
    const valeurs: string[] = [];
    feuille.eachRow((r, i) => {
      if (i > 1) valeurs.push(String(r.getCell(1).value));
    });
    expect(valeurs.sort()).toEqual(["Estuaire abandonné", "Saint-Nazaire, ville-port"]);
  });

  it("refuse un juré (403) et un type de fichier inconnu (400), en français", async () => {
    const refus = await exporter(acteurs.jure, "fichier=csv");
    expect(refus.status).toBe(403);
    expect((await refus.json()).message).toMatch(/réservé/);
    expect((await exporter(acteurs.referent, "fichier=pdf")).status).toBe(400);
  });
});

describe("Fiche d'un atelier", () => {
  it("se lit dans la portée : collectivités (principale d'abord), contrat, phases, chronologie", async () => {
    const fiche = (await lireFicheAtelier(acteurs.andouille, ids.atL, { maintenant: LE_10_AVRIL_2027 }))!;
    expect(fiche.collectivites.map((c) => [c.organisation.nom, c.principale])).toEqual([["Laval", true], ["Andouillé", false]]);
    const a = (await lireFicheAtelier(acteurs.ddt53, ids.atA, { maintenant: LE_10_AVRIL_2027 }))!;
    expect(a).toMatchObject({ departement: "Mayenne", region: "Pays de la Loire", typeContrat: "bon_de_commande", enRetard: true });
    expect(a.phases.map((p) => [p.type, p.enRetard])).toEqual([["appropriation", false], ["animation", true], ["restitution", false]]);
    expect(a.evenements).toMatchObject([{ libelle: "Atelier créé", resume: "Ouverture de l'atelier d'Andouillé.", acteur: "Test Référente" }]);
    expect(a.candidature).toMatchObject({ id: candidatures.atA, lisible: true });
  });

  it("hors de la portée, l'atelier n'est jamais chargé (404) ; l'identifiant malformé non plus", async () => {
    expect(await lireFicheAtelier(acteurs.ddtm44, ids.atA)).toBeNull();
    expect(await lireFicheAtelier(acteurs.laval, ids.atA)).toBeNull();
    expect(await lireFicheAtelier(acteurs.jure, ids.atN)).toBeNull();
    expect(await lireFicheAtelier(acteurs.referent, "pas-un-uuid")).toBeNull();
    expect(await lireFicheAtelier(acteurs.referent, ids.atN)).not.toBeNull();
  });

  it("« Voir l'atelier » depuis la candidature retenue : seulement pour qui peut le lire", async () => {
    expect(await atelierDeCandidature(acteurs.andouille, candidatures.atA)).toEqual({ id: ids.atA });
    expect(await atelierDeCandidature(acteurs.ddtm44, candidatures.atA)).toBeNull();
    expect(await atelierDeCandidature(acteurs.referent, candidatures.atN)).toEqual({ id: ids.atN });
  });
});
