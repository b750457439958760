// Fixtures des tests de bout en bout : chaque test crée ses propres utilisateurs (identités
// uniques) et leur session directement dans la base du serveur de test, puis pose le cookie de
// session de next-auth. Aucun test ne dépend d'un clic sur un compte de démonstration ni de
// l'état laissé par un autre test (la base est celle de playwright.config.ts, E2E_DATABASE_URL).
import { execFile } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { test as base, type Page } from "@playwright/test";
import pg from "pg";

export { expect } from "@playwright/test";

type RoleCollectivite = "membre" | "signataire";
type RoleEtat = "agent" | "signataire_etat";

/** Qui est l'utilisateur : son rôle, et dans quelle organisation. */
export type Profil =
  | { role: RoleCollectivite; organisationId: string }
  | { role: RoleEtat; codeDepartement: string }
  | { role: "referent" | "administrateur" }
  | { role: "jure" }
  | { role: "sans_appartenance" };

export type UtilisateurTest = { id: string; email: string; prenom: string; nom: string; nomComplet: string; organisationId?: string | null };

/** Une candidature flash complète d'une commune libre (de la Mayenne par défaut), et ses quatre acteurs. */
export type CandidaturePreparee = {
  id: string;
  reference: string;
  /** L'atelier, quand la candidature a été retenue (`retenue`). */
  atelierId?: string;
  commune: string;
  codeInsee: string;
  /** Sans `membre` ni `maire` quand la commune n'a pas de compte (`communeSansCompte`). */
  utilisateurs: Record<"membre" | "maire" | "agent" | "signataireEtat", UtilisateurTest>;
};

export type Organisation = { id: string; nom: string; codeDepartement: string | null };
/** Une commune, avec son code INSEE et sa population (référentiel). */
export type Commune = Organisation & { codeInsee: string; population: number };
/** Un EPCI, avec son SIREN et le nombre de ses communes (référentiel). */
export type Epci = Organisation & { siren: string; communes: number };

export type OptionsPreparation = {
  signatures?: ("collectivite" | "etat")[];
  /** La DDT crée et rédige : la commune n'a aucun compte. */
  communeSansCompte?: boolean;
  /** Code du département de la commune (et du service de l'État) ; « 53 » par défaut. */
  departement?: string;
  /** Signée par les deux parties puis déposée par la signataire de l'État. */
  depot?: boolean;
  /** Atelier national de cette session ouverte, qui n'exige que les trois pièces d'un flash. */
  sessionId?: string;
  /** Déposée, déclarée recevable puis retenue (flash) par une référente DGALN : l'atelier existe. */
  retenue?: boolean;
  /** Une commune libre membre de cet EPCI (SIREN), par exemple la CC des Coëvrons (200033298). */
  epci?: string;
};

export type OutilsBase = {
  /** Requête SQL sur la base du serveur de test. */
  sql: <T extends pg.QueryResultRow = pg.QueryResultRow>(texte: string, valeurs?: unknown[]) => Promise<T[]>;
  /** Crée un utilisateur avec son appartenance (ou sa place dans un jury). */
  creerUtilisateur: (profil: Profil, identite?: { prenom?: string; nom?: string }) => Promise<UtilisateurTest>;
  /** Pose la session de l'utilisateur dans le contexte de la page (sans naviguer). */
  connecter: (page: Page, utilisateur: UtilisateurTest) => Promise<void>;
  /** Crée l'utilisateur et le connecte. */
  seConnecterComme: (page: Page, profil: Profil, identite?: { prenom?: string; nom?: string }) => Promise<UtilisateurTest>;
  /**
   * Une commune du département sans candidature (ni membre) : un test peut y créer la sienne sans
   * rencontrer R7 ni les données d'un autre test.
   */
  communeLibre: (codeDepartement?: string) => Promise<Commune>;
  /** Un EPCI du département sans candidature ni membre, hors des SIREN exclus. */
  epciLibre: (codeDepartement?: string, exclus?: string[]) => Promise<Epci>;
  /** Le service de l'État d'un département. */
  serviceEtat: (codeDepartement: string) => Promise<Organisation>;
  /**
   * Candidature prête à signer (préparée par les vrais cas d'usage, tests/e2e/helpers/preparer-candidature.ts),
   * déjà signée par les parties demandées, ou déposée.
   */
  preparerCandidature: (options?: OptionsPreparation) => Promise<CandidaturePreparee>;
};

const JOURS_SESSION = 1;

function urlBase(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL manque : lancez les tests avec playwright.config.ts.");
  return url;
}

export const test = base.extend<OutilsBase, { pool: pg.Pool }>({
  pool: [
    async ({}, fournir) => {
      const pool = new pg.Pool({ connectionString: urlBase(), max: 2 });
      await fournir(pool);
      await pool.end();
    },
    { scope: "worker" },
  ],

  sql: async ({ pool }, fournir) => {
    await fournir(async (texte, valeurs) => (await pool.query(texte, valeurs)).rows);
  },

  creerUtilisateur: async ({ sql }, fournir) => {
    await fournir(async (profil, identite = {}) => {
      const suffixe = randomUUID().slice(0, 8);
      const prenom = identite.prenom ?? "Camille";
      const nom = identite.nom ?? `Test-${suffixe}`;
      const email = `e2e-${profil.role.replace("_", "-")}-${suffixe}@exemple.fr`;
      const [u] = await sql<{ id: string }>(
        `INSERT INTO utilisateur (id, email, "emailVerifieLe", prenom, nom, "modifieLe") VALUES ($1, $2, now(), $3, $4, now()) RETURNING id`,
        [randomUUID(), email, prenom, nom],
      );
      let organisationId: string | null = null;
      if (profil.role === "membre" || profil.role === "signataire") {
        organisationId = profil.organisationId;
      } else if (profil.role === "agent" || profil.role === "signataire_etat") {
        organisationId = (await sql<{ id: string }>(`SELECT id FROM organisation WHERE type = 'service_etat' AND "codeDepartement" = $1 LIMIT 1`, [profil.codeDepartement]))[0]!.id;
      } else if (profil.role === "referent" || profil.role === "administrateur") {
        organisationId = (await sql<{ id: string }>(`SELECT id FROM organisation WHERE type = 'dgaln' LIMIT 1`))[0]!.id;
      }
      if (organisationId && profil.role !== "jure" && profil.role !== "sans_appartenance") {
        await sql(`INSERT INTO appartenance (id, "utilisateurId", "organisationId", role) VALUES ($1, $2, $3, $4)`, [randomUUID(), u!.id, organisationId, profil.role]);
      }
      if (profil.role === "jure") {
        // La session ouverte de la démonstration, jamais celle qu'un autre test vient de créer : un juré
        // ajouté à la session d'un parcours en cours y recevrait des affectations (tests en parallèle).
        const [session] = await sql<{ id: string }>(
          `SELECT id FROM session_ami ORDER BY (slug = '2026-sobriete-fonciere') DESC, "ouvertureLe" DESC LIMIT 1`,
        );
        await sql(`INSERT INTO membre_jury (id, "sessionId", "utilisateurId") VALUES ($1, $2, $3)`, [randomUUID(), session!.id, u!.id]);
      }
      return { id: u!.id, email, prenom, nom, nomComplet: `${prenom} ${nom}`, organisationId };
    });
  },

  connecter: async ({ sql, baseURL }, fournir) => {
    await fournir(async (page, utilisateur) => {
      const jeton = randomBytes(32).toString("hex");
      const expire = new Date(Date.now() + JOURS_SESSION * 86_400_000);
      await sql(`INSERT INTO session_connexion (id, "sessionToken", "utilisateurId", expires) VALUES ($1, $2, $3, $4)`, [randomUUID(), jeton, utilisateur.id, expire]);
      await page.context().addCookies([
        { name: "next-auth.session-token", value: jeton, url: baseURL ?? "http://localhost:3100", httpOnly: true, sameSite: "Lax", expires: expire.getTime() / 1000 },
      ]);
    });
  },

  seConnecterComme: async ({ creerUtilisateur, connecter }, fournir) => {
    await fournir(async (page, profil, identite) => {
      const utilisateur = await creerUtilisateur(profil, identite);
      await connecter(page, utilisateur);
      return utilisateur;
    });
  },

  communeLibre: async ({ sql }, fournir) => {
    await fournir(async (codeDepartement = "53") => {
      const [o] = await sql<Commune>(
        `SELECT o.id, o.nom, o."codeDepartement", o."codeInsee", c.population FROM organisation o
           JOIN commune c ON c."codeInsee" = o."codeInsee"
          WHERE o.type = 'commune' AND o."codeDepartement" = $1
            AND NOT EXISTS (SELECT 1 FROM candidature c WHERE c."collectivitePrincipaleId" = o.id)
            AND NOT EXISTS (SELECT 1 FROM candidature_porteuse p WHERE p."organisationId" = o.id)
            AND NOT EXISTS (SELECT 1 FROM appartenance a WHERE a."organisationId" = o.id)
          ORDER BY random() LIMIT 1`,
        [codeDepartement],
      );
      if (!o) throw new Error(`Plus de commune libre dans le département ${codeDepartement}.`);
      return o;
    });
  },

  epciLibre: async ({ sql }, fournir) => {
    await fournir(async (codeDepartement = "53", exclus = []) => {
      const [o] = await sql<Epci>(
        `SELECT o.id, o.nom, o."codeDepartement", o.siren, (SELECT count(*)::int FROM commune c WHERE c."epciSiren" = o.siren) AS communes
           FROM organisation o
          WHERE o.type = 'epci' AND o."codeDepartement" = $1 AND NOT (o.siren = ANY($2::text[]))
            AND NOT EXISTS (SELECT 1 FROM candidature c WHERE c."collectivitePrincipaleId" = o.id)
            AND NOT EXISTS (SELECT 1 FROM candidature_porteuse p WHERE p."organisationId" = o.id)
            AND NOT EXISTS (SELECT 1 FROM appartenance a WHERE a."organisationId" = o.id)
          ORDER BY random() LIMIT 1`,
        [codeDepartement, exclus],
      );
      if (!o) throw new Error(`Plus d'EPCI libre dans le département ${codeDepartement}.`);
      return o;
    });
  },

  preparerCandidature: async ({}, fournir) => {
    await fournir(async (options = {}) => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "tests/e2e/helpers/preparer-candidature.ts", JSON.stringify(options)],
        { env: { ...process.env, DATABASE_URL: urlBase(), DATABASE_POOL_MAX: "2" } },
      );
      return JSON.parse(stdout.trim().split("\n").at(-1)!) as CandidaturePreparee;
    });
  },

  serviceEtat: async ({ sql }, fournir) => {
    await fournir(async (codeDepartement) => {
      const [o] = await sql<Organisation>(`SELECT id, nom, "codeDepartement" FROM organisation WHERE type = 'service_etat' AND "codeDepartement" = $1 LIMIT 1`, [codeDepartement]);
      return o!;
    });
  },
});
