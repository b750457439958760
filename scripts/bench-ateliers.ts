// Banc des ateliers (issue 14) : sur la base du banc national (`npm run bench:donnees` : ~3 000
// ateliers sur vingt ans, avec leurs phases, ateliers in situ, frais et livrables), chaque lecture
// des pages des ateliers appelée en série (c = 1) par la fonction même de l'application, pour la
// DGALN, la DDT la plus fournie et la collectivité la plus fournie : « Mes ateliers » (filtres,
// retard, recherche), options des filtres, export, carte et statistiques nationales, page publique
// « Ateliers réalisés », fiche d'un atelier et ses phases.
//
//   npm run bench:ateliers [-- --repetitions 30] [--echauffement 5] [--seulement <texte>]
//
// Base : BANC_DATABASE_URL, sinon la grappe embarquée du banc (scripts/lib/base-banc.ts).
import type { Acteur } from "@/lib/auth/acteur";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { afficherResultats, executerMesures, lireArgumentsBanc, type Mesure } from "./lib/banc-mesures";
import { avecBaseBanc } from "./lib/base-banc";
import { applyMigrations } from "./lib/migrations";

const ARGS = lireArgumentsBanc();
const log = (m: string) => console.error(`[banc des ateliers] ${m}`);

class ErreurBanc extends Error {}

type Contexte = {
  prisma: PrismaClient;
  dgaln: Acteur;
  ddt: Acteur;
  collectivite: Acteur;
  /** L'atelier le plus fourni (événements, ateliers in situ, livrables) du département de la DDT. */
  atelierId: string;
  regionDdt: string;
};

const liste = async (acteur: Acteur, filtres: Record<string, string>, attendu: (total: number) => boolean, libelle: string) => {
  const { lireListeAteliers } = await import("../lib/ateliers/liste");
  const { lireFiltresAteliers } = await import("../lib/ateliers/filtres");
  const l = await lireListeAteliers(acteur, lireFiltresAteliers(filtres));
  if (!attendu(l.total) || (l.total > 0 && l.lignes.length === 0)) throw new Error(`${libelle} : ${l.total} ateliers, ${l.lignes.length} lignes affichées.`);
  return `${l.total} ateliers, ${l.lignes.length} affichés, ${l.lignes.filter((a) => a.enRetard).length} en retard sur la page`;
};

const MESURES: Mesure<Contexte>[] = [
  { nom: "Mes ateliers — DGALN, tous (page 1)", mesurer: ({ dgaln }) => liste(dgaln, {}, (n) => n >= 1000, "DGALN") },
  { nom: "Mes ateliers — DGALN, phases en retard", mesurer: ({ dgaln }) => liste(dgaln, { enRetard: "1" }, () => true, "DGALN en retard") },
  { nom: "Mes ateliers — DGALN, recherche « centre »", mesurer: ({ dgaln }) => liste(dgaln, { q: "centre" }, () => true, "DGALN recherche") },
  {
    nom: "Mes ateliers — DGALN, région + format local + tri par titre",
    mesurer: ({ dgaln, regionDdt }) => liste(dgaln, { region: regionDdt, format: "local", tri: "titre" }, () => true, "DGALN région"),
  },
  { nom: "Mes ateliers — DDT la plus fournie", mesurer: ({ ddt }) => liste(ddt, {}, (n) => n >= 1, "DDT") },
  { nom: "Mes ateliers — collectivité la plus fournie", mesurer: ({ collectivite }) => liste(collectivite, {}, (n) => n >= 1, "collectivité") },
  {
    nom: "Options des filtres (années, régions, départements) — DGALN",
    async mesurer({ dgaln }) {
      const { optionsListeAteliers } = await import("../lib/ateliers/liste");
      const o = await optionsListeAteliers(dgaln);
      if (o.annees.length < 10) throw new Error(`${o.annees.length} années proposées.`);
      return `${o.annees.length} années, ${o.regions.length} régions`;
    },
  },
  {
    nom: "Export de tous les ateliers (lignes, par lots de 500) — DGALN",
    repetitionsMax: 10,
    async mesurer({ prisma, dgaln }) {
      const { lotsExportAteliers } = await import("../lib/ateliers/export");
      const { selectionAteliers } = await import("../lib/ateliers/liste");
      const { lireFiltresAteliers } = await import("../lib/ateliers/filtres");
      let lignes = 0;
      for await (const lot of lotsExportAteliers(prisma, selectionAteliers(dgaln, lireFiltresAteliers({})))) lignes += lot.length;
      if (lignes < 1000) throw new Error(`${lignes} lignes exportées.`);
      return `${lignes} lignes`;
    },
  },
  {
    nom: "Carte et statistiques nationales — DGALN, sans filtre",
    async mesurer({ dgaln }) {
      const { lireStatistiquesAteliers } = await import("../lib/ateliers/statistiques");
      const s = await lireStatistiquesAteliers(dgaln, {});
      if (s.total < 1000 || s.parDepartement.length < 50) throw new Error(`${s.total} ateliers sur ${s.parDepartement.length} départements.`);
      return `${s.total} ateliers, ${s.parDepartement.length} départements, ${s.parAnnee.length} années, ${s.delais.termines} terminés`;
    },
  },
  {
    nom: "Carte et statistiques nationales — DGALN, ateliers locaux terminés",
    async mesurer({ dgaln }) {
      const { lireStatistiquesAteliers } = await import("../lib/ateliers/statistiques");
      const s = await lireStatistiquesAteliers(dgaln, { format: "local", statut: "termine" });
      return `${s.total} ateliers, ${s.parDepartement.length} départements`;
    },
  },
  {
    nom: "Ateliers réalisés (page publique), page 1",
    async mesurer() {
      const { lireAteliersPublics, lireFiltresPublics } = await import("../lib/ateliers/publics");
      const p = await lireAteliersPublics(lireFiltresPublics({}));
      if (p.total < 1000 || p.lignes.length === 0) throw new Error(`${p.total} ateliers publics, ${p.lignes.length} affichés.`);
      return `${p.total} ateliers publics, ${p.lignes.length} affichés, ${p.lignes.filter((l) => l.livrables.length).length} avec livrable publié`;
    },
  },
  {
    nom: "Fiche d'un atelier et ses trois phases — DDT",
    async mesurer({ ddt, atelierId }) {
      const { lireFicheAtelier } = await import("../lib/ateliers/fiche");
      const { lirePhasesAtelier } = await import("../lib/ateliers/phases/lecture");
      const [fiche, phases] = await Promise.all([lireFicheAtelier(ddt, atelierId), lirePhasesAtelier(ddt, atelierId)]);
      if (!fiche || phases?.length !== 3) throw new Error("Fiche ou phases introuvables pour la DDT de l'atelier.");
      return `${fiche.evenements.length} événements, ${phases.reduce((n, p) => n + p.livrables.length, 0)} livrables`;
    },
  },
];

/** La personne de ce rôle dont l'organisation (de ce type) porte le plus d'ateliers. */
async function titulaire(prisma: PrismaClient, role: string, jointure: "service" | "collectivite") {
  const lien = jointure === "service" ? `a2."serviceEtatId" = o.id` : `EXISTS (SELECT 1 FROM atelier_collectivite ac WHERE ac."atelierId" = a2.id AND ac."organisationId" = o.id)`;
  const [u] = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT u.id FROM utilisateur u JOIN appartenance a ON a."utilisateurId" = u.id JOIN organisation o ON o.id = a."organisationId"
      WHERE u.actif AND a.role = $1::"RoleAppartenance"
      ORDER BY (SELECT count(*) FROM atelier a2 WHERE ${lien}) DESC, u.email LIMIT 1`,
    role,
  );
  return u?.id;
}

async function banc(url: string): Promise<void> {
  const appliquees = await applyMigrations({ url });
  if (appliquees.length) log(`Migrations appliquées : ${appliquees.join(", ")}.`);
  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL ??= "warn";
  // Avant le premier import de lib/db : le client compte alors chaque requête SQL qu'il envoie.
  process.env.BANC_COMPTER_REQUETES = "1";
  const { prisma } = await import("../lib/db");
  const { chargerActeur } = await import("../lib/auth/acteur-chargement");
  try {
    const ateliers = await prisma.atelier.count();
    if (ateliers < 1000) throw new ErreurBanc(`La base du banc n'a que ${ateliers} ateliers : lancez \`npm run bench:donnees\`.`);
    const ids = { dgaln: await titulaire(prisma, "referent", "service"), ddt: await titulaire(prisma, "agent", "service"), collectivite: await titulaire(prisma, "membre", "collectivite") };
    const [dgaln, ddt, collectivite] = await Promise.all([ids.dgaln, ids.ddt, ids.collectivite].map((id) => (id ? chargerActeur(prisma, id) : null)));
    if (!dgaln || !ddt || !collectivite) throw new ErreurBanc("La base du banc n'a pas de référent DGALN, d'agent de DDT ou de membre de collectivité : lancez `npm run bench:donnees`.");
    const serviceId = ddt.appartenances.find((a) => a.role === "agent")!.organisationId;
    const [fourni] = await prisma.$queryRaw<{ id: string; codeRegion: string }[]>`
      SELECT a.id, a."codeRegion" FROM atelier a WHERE a."serviceEtatId" = ${serviceId}::uuid
       ORDER BY (SELECT count(*) FROM evenement e WHERE e."atelierId" = a.id) + (SELECT count(*) FROM livrable l WHERE l."atelierId" = a.id) DESC LIMIT 1`;
    if (!fourni) throw new ErreurBanc("La DDT la plus fournie n'a pas d'atelier.");
    const ctx: Contexte = { prisma, dgaln, ddt, collectivite, atelierId: fourni.id, regionDdt: fourni.codeRegion };

    const resultats = await executerMesures(MESURES, ctx, { ...ARGS, log });
    const [{ v: versionPg } = { v: "?" }] = await prisma.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`;
    const [compte] = await prisma.$queryRaw<{ ateliers: number; annees: number; phases: number; in_situ: number; livrables: number; frais: number }[]>`
      SELECT (SELECT count(*)::int FROM atelier) AS ateliers, (SELECT count(DISTINCT date_part('year', "creeLe"))::int FROM atelier) AS annees,
             (SELECT count(*)::int FROM phase) AS phases, (SELECT count(*)::int FROM atelier_in_situ) AS in_situ,
             (SELECT count(*)::int FROM livrable) AS livrables, (SELECT count(*)::int FROM frais_materiel) AS frais`;
    afficherResultats("Ateliers à l'échelle nationale", versionPg, ARGS.echauffement, resultats, [
      `Base : ${compte!.ateliers} ateliers sur ${compte!.annees} années, ${compte!.phases} phases, ${compte!.in_situ} ateliers in situ, ${compte!.livrables} livrables, ${compte!.frais} frais matériels.`,
    ]);
  } finally {
    await prisma.$disconnect();
  }
}

try {
  await avecBaseBanc(log, banc);
} catch (e) {
  if (!(e instanceof ErreurBanc)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
