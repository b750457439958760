// Configuration next-auth 4.24, construite pour chaque requête : les rappels connaissent ainsi
// l'adresse IP (limitation de débit, audit), le chemin de retour et la session déjà ouverte.
// Sessions en base (stratégie « database ») : révocables en supprimant la ligne.
import "server-only";
import type { AuthOptions, Session } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { prisma } from "@/lib/db";
import { expediteur } from "@/lib/courriels/configuration";
import { creerAdaptateur, type UtilisateurAuth } from "./adapter";
import {
  journaliserConnexionEchouee,
  journaliserConnexionReussie,
  journaliserDeconnexion,
  type RaisonEchec,
} from "./journal-connexion";
import { genererJetonSession } from "./jeton-session";
import { deciderDemandeLien, envoyerLienConnexion, refusUtilisationLien } from "./lien-connexion";
import { ID_LIEN, ID_PROCONNECT, INACTIVITE_MAX_S, PROLONGATION_TOUS_LES_S, VALIDITE_LIEN_MINUTES } from "./parametres";
import { fournisseurProConnect } from "./proconnect";
import { finaliserConnexionProConnect } from "./proconnect-rattachement";
import { normaliserSiret } from "./proconnect-regles";
import { journal } from "@/lib/journalisation/logger";
import { compterNonLues } from "@/lib/notifications/queries";

export type ContexteAuth = {
  ip: string;
  /** Chemin de retour demandé (formulaire de connexion), conservé si la demande est refusée. */
  callbackUrl?: string;
  /** Jeton de la session déjà ouverte dans ce navigateur, le cas échéant. */
  jetonSession?: string;
};

/** `notificationsNonLues` : le nombre affiché sur la cloche de l'en-tête. */
export type SessionAteliers = Session & { administration: boolean; instruction: boolean; ateliers: boolean; notificationsNonLues: number };

/** URL absolue d'une page de l'application (les rappels de next-auth renvoient des URL). */
function url(chemin: string, parametres?: Record<string, string>): string {
  const base = (process.env.NEXTAUTH_URL ?? "").replace(/\/+$/, "");
  return `${base}${chemin}${parametres ? `?${new URLSearchParams(parametres)}` : ""}`;
}

async function sansBloquer(nom: string, action: () => Promise<unknown>) {
  // Un incident du journal ne doit pas laisser l'utilisateur connecté devant une page d'erreur
  // (next-auth a déjà posé le cookie) : on le consigne dans les journaux du serveur.
  try {
    await action();
  } catch (erreur) {
    journal.error({ etape: nom, erreur }, `auth : ${nom} en échec`);
  }
}

export function optionsAuth(contexte: ContexteAuth = { ip: "inconnue" }): AuthOptions {
  const { ip } = contexte;
  const proconnect = fournisseurProConnect();
  // Rempli par le rappel signIn, lu par l'événement signIn de la même requête.
  let nouveauCompteProConnect = false;

  const refuser = async (raison: RaisonEchec, code: string, details: { methode: "lien" | "proconnect"; email?: string; utilisateurId?: string | null }) => {
    await journaliserConnexionEchouee(prisma, { ...details, raison, ip });
    return url("/connexion/erreur", { error: code });
  };

  return {
    secret: process.env.NEXTAUTH_SECRET,
    adapter: creerAdaptateur(prisma),
    session: {
      strategy: "database",
      maxAge: INACTIVITE_MAX_S,
      updateAge: PROLONGATION_TOUS_LES_S,
      generateSessionToken: genererJetonSession,
    },
    pages: { signIn: "/connexion", signOut: "/deconnexion", verifyRequest: "/connexion/verification", error: "/connexion/erreur" },
    providers: [
      EmailProvider({
        from: expediteur(),
        maxAge: VALIDITE_LIEN_MINUTES * 60,
        async sendVerificationRequest({ identifier, url: lien, token }) {
          await envoyerLienConnexion(prisma, { email: identifier, url: lien, jeton: token });
        },
      }),
      ...(proconnect ? [proconnect] : []),
    ],
    callbacks: {
      async signIn({ user, account, email }) {
        const adresse = (user.email ?? "").toLowerCase();
        if (account?.provider === ID_LIEN) {
          if (email?.verificationRequest) {
            const decision = await deciderDemandeLien(prisma, { email: adresse, ip });
            if (decision.envoyer) return true;
            if (decision.raison === "limite") {
              return url("/connexion", {
                erreur: "TropDeDemandes",
                attente: String(decision.minutes),
                ...(contexte.callbackUrl && { callbackUrl: contexte.callbackUrl }),
              });
            }
            // Adresse inconnue : exactement la même redirection qu'après un envoi réel (next-auth
            // renvoie vers /api/auth/verify-request), pour ne pas révéler qui a un compte.
            return url("/api/auth/verify-request", { provider: ID_LIEN, type: "email" });
          }
          const refus = await refusUtilisationLien(prisma, adresse);
          if (refus === "compte_desactive") return refuser(refus, "CompteDesactive", { methode: "lien", email: adresse, utilisateurId: user.id });
          if (refus) return refuser(refus, "Verification", { methode: "lien", email: adresse });
          return true;
        }

        if (account?.provider === ID_PROCONNECT) {
          // `user` est le compte trouvé par `sub` s'il existe, sinon le profil ProConnect.
          const cible =
            "actif" in user
              ? (user as UtilisateurAuth)
              : await prisma.utilisateur.findUnique({ where: { email: adresse }, select: { id: true, actif: true } });
          nouveauCompteProConnect = !cible;
          if (cible && !cible.actif) return refuser("compte_desactive", "CompteDesactive", { methode: "proconnect", email: adresse, utilisateurId: cible.id });
          if (contexte.jetonSession) {
            // next-auth rattacherait l'identité ProConnect au compte déjà connecté : on l'interdit
            // si ce n'est pas le même compte.
            const ouverte = await prisma.sessionConnexion.findUnique({
              where: { sessionToken: contexte.jetonSession },
              select: { utilisateurId: true, expires: true },
            });
            if (ouverte && ouverte.expires > new Date() && ouverte.utilisateurId !== cible?.id) {
              return refuser("session_active_autre_compte", "SessionActive", { methode: "proconnect", email: adresse, utilisateurId: ouverte.utilisateurId });
            }
          }
          return true;
        }
        return false;
      },

      async session({ session, user }): Promise<SessionAteliers> {
        const u = user as UtilisateurAuth;
        // L'en-tête lit la session à chaque changement de page : le compte des non lues y vient avec
        // elle (une requête, bornée par la politique), sans seconde requête HTTP.
        return {
          expires: session.expires,
          user: { name: u.name, email: u.email },
          administration: Boolean(u.administration),
          instruction: Boolean(u.instruction),
          ateliers: Boolean(u.ateliers),
          notificationsNonLues: await compterNonLues({ id: u.id }),
        };
      },
    },
    events: {
      async signIn({ user, account, profile, isNewUser }) {
        if (account?.provider === ID_PROCONNECT) {
          const siret = normaliserSiret((profile as Record<string, unknown> | undefined)?.siret);
          await sansBloquer("connexion ProConnect", () =>
            finaliserConnexionProConnect(prisma, { utilisateurId: user.id, siret, ip, nouveauCompte: nouveauCompteProConnect }),
          );
        } else if (account?.provider === ID_LIEN) {
          await sansBloquer("journal de connexion", () =>
            journaliserConnexionReussie(prisma, { utilisateurId: user.id, methode: "lien", ip, nouveauCompte: Boolean(isNewUser) }),
          );
        }
      },
      async signOut({ session }) {
        const utilisateurId = (session as unknown as { userId?: string } | null)?.userId;
        if (utilisateurId) await sansBloquer("journal de déconnexion", () => journaliserDeconnexion(prisma, { utilisateurId }));
      },
    },
  };
}
