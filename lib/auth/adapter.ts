// Adaptateur next-auth sur nos tables en français : utilisateur, compte_connexion,
// session_connexion, jeton_verification. Particularités (docs/decisions/006-authentification.md) :
// - l'identifiant ProConnect (`sub`) vit dans `utilisateur.proconnectSub`, qui fait foi ;
// - aucun jeton OAuth (accès, rafraîchissement, id_token) n'est conservé ;
// - une session ne dépasse jamais sa fin absolue (DUREE_MAX_SESSION_S), même prolongée ;
// - un jeton de lien de connexion est supprimé à sa lecture (DELETE … RETURNING) : usage unique,
//   même sous deux clics simultanés.
import type { Adapter, AdapterAccount, AdapterSession, AdapterUser, VerificationToken } from "next-auth/adapters";
import type { Appartenance, Organisation, PrismaClient, Utilisateur } from "@/lib/generated/prisma/client";
import { aUnDroit, peutAdministrer } from "@/lib/autorisations/politique";
import { finAbsolueSession, ID_PROCONNECT } from "./parametres";

/** Utilisateur tel que next-auth le manipule, avec ce que nos rappels (callbacks) lisent en plus. */
export type UtilisateurAuth = AdapterUser & {
  prenom: string | null;
  nom: string | null;
  actif: boolean;
  /** DGALN administrateur ou référent : lien « Administration » dans l'en-tête. */
  administration?: boolean;
  /** Droit au tableau d'instruction (politique, `candidature.tableau`) : lien dans l'en-tête. */
  instruction?: boolean;
  /** Lien « Mes ateliers » : État et DGALN, ou une collectivité qui porte au moins un atelier. */
  ateliers?: boolean;
};

/** Profil ProConnect transformé par `profile()` (lib/auth/proconnect.ts), tel que reçu par createUser. */
type NouvelUtilisateur = Omit<AdapterUser, "id"> & { prenom?: string | null; nom?: string | null };

function nomComplet(u: Pick<Utilisateur, "prenom" | "nom" | "email">): string {
  return [u.prenom, u.nom].filter(Boolean).join(" ") || u.email;
}

type AppartenanceLue = Appartenance & { organisation: Pick<Organisation, "type"> & { _count?: { ateliersCollectivites: number } } };

/** Ce que l'en-tête affiche selon la politique : l'administration, le tableau d'instruction, les ateliers. */
function habilitationsDe(appartenances: AppartenanceLue[]) {
  const versHabilitation = (a: AppartenanceLue) => ({ organisationId: a.organisationId, typeOrganisation: a.organisation.type, role: a.role });
  const habilitations = { appartenances: appartenances.map(versHabilitation), jury: [] };
  // « Mes ateliers » : une collectivité sans atelier n'y verrait qu'une liste vide, le lien attend son premier atelier.
  const avecAteliers = {
    appartenances: appartenances.filter((a) => a.organisation.type === "service_etat" || a.organisation.type === "dgaln" || (a.organisation._count?.ateliersCollectivites ?? 0) > 0).map(versHabilitation),
    jury: [],
  };
  return {
    administration: peutAdministrer(habilitations),
    instruction: aUnDroit(habilitations, "candidature", "tableau"),
    ateliers: aUnDroit(avecAteliers, "atelier", "lire"),
  };
}

function versUtilisateurAuth(
  u: Utilisateur,
  appartenances?: AppartenanceLue[],
): UtilisateurAuth {
  return {
    id: u.id,
    email: u.email,
    emailVerified: u.emailVerifieLe,
    name: nomComplet(u),
    prenom: u.prenom,
    nom: u.nom,
    actif: u.actif,
    ...(appartenances && habilitationsDe(appartenances)),
  };
}

function versSession(s: { sessionToken: string; utilisateurId: string; expires: Date; creeLe: Date }): AdapterSession {
  const fin = finAbsolueSession(s.creeLe);
  return { sessionToken: s.sessionToken, userId: s.utilisateurId, expires: s.expires < fin ? s.expires : fin };
}

export function creerAdaptateur(prisma: PrismaClient): Adapter {
  return {
    async createUser(utilisateur: NouvelUtilisateur) {
      const cree = await prisma.utilisateur.create({
        data: {
          email: utilisateur.email.toLowerCase(),
          emailVerifieLe: utilisateur.emailVerified ?? null,
          prenom: utilisateur.prenom ?? null,
          nom: utilisateur.nom ?? null,
        },
      });
      return versUtilisateurAuth(cree);
    },

    async getUser(id) {
      const u = await prisma.utilisateur.findUnique({ where: { id } }).catch(() => null);
      return u ? versUtilisateurAuth(u) : null;
    },

    // Les comptes désactivés sont renvoyés aussi : sinon next-auth tenterait de recréer l'adresse.
    // C'est le rappel signIn (lib/auth/options.ts) qui les refuse.
    async getUserByEmail(email) {
      const u = await prisma.utilisateur.findUnique({ where: { email: email.toLowerCase() } });
      return u ? versUtilisateurAuth(u) : null;
    },

    async getUserByAccount({ provider, providerAccountId }) {
      if (provider === ID_PROCONNECT) {
        const u = await prisma.utilisateur.findUnique({ where: { proconnectSub: providerAccountId } });
        return u ? versUtilisateurAuth(u) : null;
      }
      const compte = await prisma.compteConnexion.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        include: { utilisateur: true },
      });
      return compte ? versUtilisateurAuth(compte.utilisateur) : null;
    },

    async updateUser({ id, emailVerified, name: _name, ...reste }) {
      void _name;
      const u = await prisma.utilisateur.update({
        where: { id },
        data: {
          ...(emailVerified !== undefined && { emailVerifieLe: emailVerified }),
          ...(reste.email && { email: reste.email.toLowerCase() }),
        },
      });
      return versUtilisateurAuth(u);
    },

    async linkAccount(compte: AdapterAccount) {
      const donnees = {
        utilisateurId: compte.userId,
        type: compte.type,
        token_type: typeof compte.token_type === "string" ? compte.token_type : null,
        scope: typeof compte.scope === "string" ? compte.scope : null,
        expires_at: typeof compte.expires_at === "number" ? compte.expires_at : null,
      };
      await prisma.$transaction(async (tx) => {
        await tx.compteConnexion.upsert({
          where: { provider_providerAccountId: { provider: compte.provider, providerAccountId: compte.providerAccountId } },
          create: { ...donnees, provider: compte.provider, providerAccountId: compte.providerAccountId },
          update: donnees,
        });
        if (compte.provider === ID_PROCONNECT) {
          const u = await tx.utilisateur.findUniqueOrThrow({ where: { id: compte.userId }, select: { emailVerifieLe: true } });
          await tx.utilisateur.update({
            where: { id: compte.userId },
            // L'adresse fournie par ProConnect est vérifiée par le fournisseur d'identité.
            data: { proconnectSub: compte.providerAccountId, emailVerifieLe: u.emailVerifieLe ?? new Date() },
          });
        }
      });
    },

    async createSession({ sessionToken, userId, expires }) {
      const s = await prisma.sessionConnexion.create({ data: { sessionToken, utilisateurId: userId, expires } });
      return versSession(s);
    },

    async getSessionAndUser(sessionToken) {
      const s = await prisma.sessionConnexion.findUnique({
        where: { sessionToken },
        include: {
          utilisateur: {
            include: { appartenances: { include: { organisation: { select: { type: true, _count: { select: { ateliersCollectivites: true } } } } } } },
          },
        },
      });
      if (!s || !s.utilisateur.actif) return null;
      return { session: versSession(s), user: versUtilisateurAuth(s.utilisateur, s.utilisateur.appartenances) };
    },

    async updateSession({ sessionToken, expires }) {
      const s = await prisma.sessionConnexion.findUnique({ where: { sessionToken } });
      if (!s) return null;
      if (!expires) return versSession(s);
      const fin = finAbsolueSession(s.creeLe);
      const maj = await prisma.sessionConnexion.update({
        where: { sessionToken },
        data: { expires: expires < fin ? expires : fin },
      });
      return versSession(maj);
    },

    async deleteSession(sessionToken) {
      const [s] = await prisma.$queryRaw<{ sessionToken: string; utilisateurId: string; expires: Date; creeLe: Date }[]>`
        DELETE FROM session_connexion WHERE "sessionToken" = ${sessionToken}
        RETURNING "sessionToken", "utilisateurId"::text AS "utilisateurId", expires, "creeLe"`;
      return s ? versSession(s) : null;
    },

    async createVerificationToken(jeton: VerificationToken) {
      // Les jetons jamais utilisés s'accumuleraient : on purge les expirés au passage.
      await prisma.jetonVerification.deleteMany({ where: { expires: { lt: new Date() } } });
      await prisma.jetonVerification.create({ data: jeton });
      return jeton;
    },

    async useVerificationToken({ identifier, token }) {
      const [jeton] = identifier
        ? await prisma.$queryRaw<VerificationToken[]>`
            DELETE FROM jeton_verification WHERE token = ${token} AND identifier = ${identifier}
            RETURNING identifier, token, expires`
        : await prisma.$queryRaw<VerificationToken[]>`
            DELETE FROM jeton_verification WHERE token = ${token} RETURNING identifier, token, expires`;
      return jeton ?? null;
    },
  };
}
