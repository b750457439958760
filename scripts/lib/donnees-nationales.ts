// Générateur des données nationales du banc (issue 10) : 20 ans du programme (2007–2026) à
// l'échelle 1 — ~5 000 personnes, ~20 000 candidatures, ~3 000 ateliers, ~300 000 événements —
// par-dessus le référentiel et les données de démonstration (dont les comptes restent utilisables).
// Reproductible : la graine fixe chaque tirage et chaque identifiant ; les dates partent de
// `maintenant` (par défaut minuit UTC du jour : deux exécutions le même jour sont identiques).
// Écritures ensemblistes (COPY) par un client pg, dans une transaction, sans les index secondaires
// ni les clés étrangères des tables chargées : ils sont recréés après coup (un tri par index, une
// jointure par clé qui revérifie toutes les lignes), bien plus vite que ligne à ligne. Puis VACUUM ANALYZE.
import { createHash } from "node:crypto";
import pg from "pg";
import { pdfDemonstration } from "@/lib/fichiers/pdf-demo";
import type { TypePiece } from "@/lib/generated/prisma/enums";
import { LIBELLES_PIECES } from "@/lib/candidatures/pieces-requises";
import { createPrismaClient } from "@/lib/prisma-client";
import { importReferentiel } from "@/lib/referentiel/import";
import { seedIfEmpty } from "@/prisma/seed/seed";
import { creerAteliers } from "./donnees-nationales/ateliers";
import { declarerTablesCandidatures } from "./donnees-nationales/candidature-lignes";
import { creerCandidatures, type Fichiers } from "./donnees-nationales/candidatures";
import { construireReferentiel, Contexte, lireReferentiel } from "./donnees-nationales/contexte";
import { completerParDesConnexions, ecrireJournal } from "./donnees-nationales/journal";
import { creerPersonnes } from "./donnees-nationales/personnes";
import { creerSessions } from "./donnees-nationales/sessions";
import { applyMigrations } from "./migrations";
import { resetDatabase } from "./postgres-admin";

export type OptionsGenerateur = {
  url: string;
  echelle?: number;
  graine?: number;
  maintenant?: Date;
  /** Supprime et recrée la base, puis applique les migrations (faux : base déjà migrée, tests). */
  reinitialiser?: boolean;
  log?: (message: string) => void;
};

export type ResultatGenerateur = { etapes: { etape: string; secondes: number }[]; comptes: Record<string, number> };

export const TABLES_COMPTEES = [
  "organisation", "utilisateur", "appartenance", "session_ami", "critere_evaluation", "membre_jury", "fichier", "candidature",
  "candidature_porteuse", "perimetre_commune", "perimetre_epci", "contact_candidature", "piece", "signature", "message", "depot",
  "decision", "affectation_jury", "evaluation", "atelier", "atelier_collectivite", "membre_equipe", "phase", "validation_phase",
  "atelier_in_situ", "livrable", "frais_materiel", "evenement",
] as const;

const minuitUtc = () => new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);

export async function genererDonneesNationales(opts: OptionsGenerateur): Promise<ResultatGenerateur> {
  const { url, echelle = 1, graine = 2026, maintenant = minuitUtc(), reinitialiser = true } = opts;
  const log = opts.log ?? (() => {});
  const etapes: ResultatGenerateur["etapes"] = [];
  const etape = async <T>(libelle: string, fn: () => Promise<T>): Promise<T> => {
    const debut = performance.now();
    const r = await fn();
    const secondes = (performance.now() - debut) / 1000;
    etapes.push({ etape: libelle, secondes });
    log(`${libelle} : ${secondes.toFixed(1)} s`);
    return r;
  };

  if (reinitialiser) {
    await etape("Base recréée", () => resetDatabase(url));
    await etape("Migrations", () => applyMigrations({ url }));
  }
  const prisma = createPrismaClient(url);
  try {
    await etape("Référentiel", () => importReferentiel({ prisma }));
    await etape("Données de démonstration", () => seedIfEmpty(prisma));
  } finally {
    await prisma.$disconnect();
  }

  const client = new pg.Client({ connectionString: url, application_name: "banc-donnees" });
  await client.connect();
  try {
    const ctx = await etape("Génération en mémoire", async () => {
      const lu = await lireReferentiel(client);
      const ctx = new Contexte(graine, echelle, maintenant, { departements: [], parId: lu.parId, membresEpci: lu.membresEpci, epciDeCommune: lu.epciDeCommune, dgaln: lu.dgaln });
      Object.assign(ctx.ref, construireReferentiel(lu, ctx.alea, echelle));
      creerPersonnes(ctx);
      const sessions = creerSessions(ctx);
      const fichiers = await creerFichiers(ctx, client);
      declarerTablesCandidatures(ctx);
      const { rows } = await client.query<{ annee: number; dernier: number }>(
        `SELECT substring(reference FROM 5 FOR 4)::int AS annee, max(substring(reference FROM 10)::int) AS dernier
         FROM candidature WHERE reference ~ '^ADT-[0-9]{4}-[0-9]+$' GROUP BY 1`,
      );
      const retenues = await creerCandidatures(ctx, sessions, fichiers, new Map(rows.map((r) => [r.annee, r.dernier])));
      creerAteliers(ctx, retenues, fichiers);
      completerParDesConnexions(ctx, ctx.n(300_000));
      return ctx;
    });
    await client.query("BEGIN");
    const secondaires = await etape("Index secondaires et clés étrangères retirés", () =>
      retirerSecondaires(client, [...ctx.tables.map((t) => t.nom), "evenement"]),
    );
    for (const table of ctx.tables) {
      await etape(`Insertion ${table.nom} (${table.taille})`, () => table.inserer(client));
      table.lignes.length = 0; // plus retenues : le tas reste petit pendant le journal (ramasse-miettes)
    }
    await etape(`Journal chaîné (${ctx.journal.length} événements)`, () => ecrireJournal(ctx, client));
    // Recherche plein texte du tableau d'instruction : la même fonction SQL que l'application, une
    // fois tout chargé (périmètres, porteuses) et avant l'index GIN recréé ci-dessous.
    await etape("Documents de recherche plein texte", () => client.query("UPDATE candidature SET recherche = candidature_document_recherche(id)"));
    await etape(`Index secondaires recréés (${secondaires.index.length})`, () => secondaires.recreerIndex());
    await etape(`Clés étrangères revérifiées (${secondaires.cles.length})`, () => secondaires.recreerCles());
    await etape("Validation", () => client.query("COMMIT"));
    // VACUUM en plus d'ANALYZE : la carte de visibilité est à jour comme après le passage de
    // l'autovacuum en production (sinon les comptes ne peuvent pas lire seulement les index).
    await etape("VACUUM ANALYZE", () => client.query("VACUUM ANALYZE"));
    const comptes: Record<string, number> = {};
    const { rows } = await client.query<Record<string, number>>(
      `SELECT ${TABLES_COMPTEES.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(", ")}`,
    );
    Object.assign(comptes, rows[0]);
    return { etapes, comptes };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

/** Quelques PDF minuscules et valides, stockés une fois et partagés par toutes les pièces. */
async function creerFichiers(ctx: Contexte, client: pg.ClientBase): Promise<Fichiers> {
  const ecrire = async (lignes: string[]) => {
    const contenu = pdfDemonstration(lignes);
    const id = ctx.alea.uuid();
    const sha256 = createHash("sha256").update(contenu).digest("hex");
    await client.query(`INSERT INTO fichier (id, sha256, taille, "typeMime", contenu) VALUES ($1, $2, $3, 'application/pdf', $4)`, [id, sha256, contenu.length, contenu]);
    return { id, sha256, taille: contenu.length };
  };
  const pieces = {} as Fichiers["pieces"];
  for (const type of Object.keys(LIBELLES_PIECES) as TypePiece[]) pieces[type] = await ecrire([LIBELLES_PIECES[type], "Banc national", "Document de banc d'essai."]);
  const recepisse = await ecrire(["Récépissé de dépôt", "Banc national", "Document de banc d'essai."]);
  const livrable = await ecrire(["Livrable d'atelier", "Banc national", "Document de banc d'essai."]);
  return { pieces, recepisse: recepisse.id, livrable: livrable.id };
}

/**
 * Retire les index secondaires (uniques compris : recréés, ils revérifient l'unicité) et les clés
 * étrangères des tables à charger, dans la transaction en cours (un échec les restaure), et rend de
 * quoi les recréer à l'identique. Les clés primaires et les index portés par une contrainte restent.
 */
async function retirerSecondaires(client: pg.ClientBase, tables: string[]) {
  const relations = tables.map((t) => `"${t}"`);
  const { rows: cles } = await client.query<{ relation: string; nom: string; definition: string }>(
    `SELECT conrelid::regclass::text AS relation, conname AS nom, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[]) ORDER BY 1, 2`,
    [relations],
  );
  const { rows: index } = await client.query<{ nom: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS nom, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) ORDER BY 1`,
    [relations],
  );
  const ident = (nom: string) => `"${nom.replaceAll('"', '""')}"`;
  for (const c of cles) await client.query(`ALTER TABLE ${c.relation} DROP CONSTRAINT ${ident(c.nom)}`);
  if (index.length) await client.query(`DROP INDEX ${index.map((i) => i.nom).join(", ")}`);
  return {
    index,
    cles,
    recreerIndex: async () => {
      for (const i of index) await client.query(i.definition);
    },
    recreerCles: async () => {
      for (const c of cles) await client.query(`ALTER TABLE ${c.relation} ADD CONSTRAINT ${ident(c.nom)} ${c.definition}`);
    },
  };
}
