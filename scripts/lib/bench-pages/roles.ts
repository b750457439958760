// Les rôles mesurés, et qui les tient dans la base du banc : le compte de démonstration s'il existe
// (prisma/seed/comptes-demo.ts), sinon la personne de ce rôle dont l'organisation a le plus de
// candidatures (jeu national). La connexion se fait directement : une ligne session_connexion et
// son cookie, comme le ferait next-auth après un lien de connexion.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { nomCookieSession } from "../../../lib/auth/parametres";

export const ROLES = [
  "anonyme",
  "collectivite-membre",
  "collectivite-signataire",
  "ddt-agent",
  "ddt-signataire",
  "dgaln-referent",
  "dgaln-administrateur",
  "jure",
] as const;
export type Role = (typeof ROLES)[number];

type Titulaire = { email: string; role?: string; typesOrganisation?: string[] };

const COLLECTIVITES = ["commune", "epci", "departement", "region", "syndicat_mixte", "petr", "autre_collectivite"];

const TITULAIRES: Record<Exclude<Role, "anonyme">, Titulaire> = {
  "collectivite-membre": { email: "claire.martin@andouille.example", role: "membre", typesOrganisation: COLLECTIVITES },
  "collectivite-signataire": { email: "jean.dupont@andouille.example", role: "signataire", typesOrganisation: COLLECTIVITES },
  "ddt-agent": { email: "paul.girard@ddt-mayenne.example", role: "agent", typesOrganisation: ["service_etat"] },
  "ddt-signataire": { email: "anne.roux@ddt-mayenne.example", role: "signataire_etat", typesOrganisation: ["service_etat"] },
  "dgaln-referent": { email: "emma.leroy@dgaln.example", role: "referent", typesOrganisation: ["dgaln"] },
  "dgaln-administrateur": { email: "thomas.blanc@dgaln.example", role: "administrateur", typesOrganisation: ["dgaln"] },
  jure: { email: "isabelle.noel@jury.example" },
};

export type Connexion = { utilisateurId: string; email: string; cookie: string | null };

async function titulaire(client: pg.Client, role: Exclude<Role, "anonyme">): Promise<{ id: string; email: string } | null> {
  const t = TITULAIRES[role];
  const demo = await client.query<{ id: string; email: string }>(`SELECT id, email FROM utilisateur WHERE email = $1 AND actif`, [t.email]);
  if (demo.rows[0]) return demo.rows[0];
  const repli = t.role
    ? await client.query<{ id: string; email: string }>(
        `SELECT u.id, u.email FROM utilisateur u JOIN appartenance a ON a."utilisateurId" = u.id
         JOIN organisation o ON o.id = a."organisationId"
         WHERE u.actif AND a.role = $1::"RoleAppartenance" AND o.type::text = ANY($2)
         ORDER BY (SELECT count(*) FROM candidature c WHERE c."collectivitePrincipaleId" = o.id OR c."serviceEtatId" = o.id) DESC, u.email
         LIMIT 1`,
        [t.role, t.typesOrganisation],
      )
    : await client.query<{ id: string; email: string }>(
        `SELECT u.id, u.email FROM utilisateur u JOIN membre_jury m ON m."utilisateurId" = u.id WHERE u.actif
         ORDER BY (SELECT count(*) FROM affectation_jury af WHERE af."membreJuryId" = m.id) DESC, u.email LIMIT 1`,
      );
  return repli.rows[0] ?? null;
}

/** Ouvre une session par rôle (8 h) ; les rôles sans titulaire dans la base sont absents du résultat. */
export async function ouvrirSessions(url: string, origine: string): Promise<Map<Role, Connexion>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const nomCookie = nomCookieSession({ NEXTAUTH_URL: origine });
  const connexions = new Map<Role, Connexion>([["anonyme", { utilisateurId: "", email: "", cookie: null }]]);
  try {
    for (const role of ROLES) {
      if (role === "anonyme") continue;
      const u = await titulaire(client, role);
      if (!u) continue;
      const jeton = randomBytes(32).toString("base64url");
      await client.query(
        `INSERT INTO session_connexion (id, "sessionToken", "utilisateurId", expires, "creeLe") VALUES (gen_random_uuid(), $1, $2, now() + interval '8 hours', now())`,
        [jeton, u.id],
      );
      connexions.set(role, { utilisateurId: u.id, email: u.email, cookie: `${nomCookie}=${jeton}` });
    }
  } finally {
    await client.end();
  }
  return connexions;
}

/** Retire les sessions ouvertes par le banc. */
export async function fermerSessions(url: string, connexions: Map<Role, Connexion>): Promise<void> {
  const jetons = [...connexions.values()].flatMap((c) => (c.cookie ? [c.cookie.split("=").slice(1).join("=")] : []));
  if (jetons.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DELETE FROM session_connexion WHERE "sessionToken" = ANY($1)`, [jetons]);
  } finally {
    await client.end();
  }
}
