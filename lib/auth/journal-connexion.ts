// Événements d'audit de la connexion, chacun dans sa propre transaction (journal chaîné,
// lib/audit/journal.ts). Jamais de jeton ni de secret dans les données : l'adresse saisie, la
// méthode, la raison d'un échec et l'adresse IP seulement.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enregistrerEvenement } from "@/lib/audit/journal";

export type MethodeConnexion = "lien" | "proconnect" | "demo";

export type RaisonEchec =
  | "adresse_inconnue"
  | "compte_desactive"
  | "invitation_expiree"
  | "lien_invalide_ou_expire"
  | "session_active_autre_compte"
  | "erreur_fournisseur";

type Client = Pick<PrismaClient, "$transaction">;

const LIBELLES_METHODE: Record<MethodeConnexion, string> = {
  lien: "lien de connexion",
  proconnect: "ProConnect",
  demo: "compte de démonstration",
};

export function libelleMethode(methode: MethodeConnexion): string {
  return LIBELLES_METHODE[methode];
}

export async function journaliserConnexionReussie(
  prisma: Client,
  { utilisateurId, methode, ip, nouveauCompte = false }: { utilisateurId: string; methode: MethodeConnexion; ip?: string; nouveauCompte?: boolean },
) {
  await prisma.$transaction((tx) =>
    enregistrerEvenement(tx, {
      acteurId: utilisateurId,
      type: methode === "demo" ? "connexion.demo" : "connexion.reussie",
      entite: "utilisateur",
      entiteId: utilisateurId,
      resume: `Connexion par ${libelleMethode(methode)}`,
      donnees: { methode, ip, ...(nouveauCompte && { nouveauCompte }) },
    }),
  );
}

export async function journaliserConnexionEchouee(
  prisma: Client,
  {
    methode,
    raison,
    email,
    utilisateurId = null,
    ip,
    detail,
  }: { methode: MethodeConnexion; raison: RaisonEchec; email?: string; utilisateurId?: string | null; ip?: string; detail?: string },
) {
  await prisma.$transaction((tx) =>
    enregistrerEvenement(tx, {
      acteurId: utilisateurId,
      type: "connexion.echouee",
      entite: utilisateurId ? "utilisateur" : "connexion",
      entiteId: utilisateurId ?? email ?? "inconnu",
      resume: `Échec de connexion par ${libelleMethode(methode)} : ${raison.replaceAll("_", " ")}`,
      donnees: { methode, raison, email, ip, detail },
    }),
  );
}

export async function journaliserLimiteAtteinte(
  prisma: Client,
  { portee, email, ip, limite }: { portee: "adresse" | "ip"; email: string; ip: string; limite: number },
) {
  await prisma.$transaction((tx) =>
    enregistrerEvenement(tx, {
      type: "connexion.limitee",
      entite: "connexion",
      entiteId: portee === "adresse" ? email : ip,
      resume: `Demandes de lien de connexion limitées (${portee === "adresse" ? "adresse" : "adresse IP"}, ${limite} par quart d'heure)`,
      donnees: { portee, email, ip, limite },
    }),
  );
}

export async function journaliserDeconnexion(prisma: Client, { utilisateurId }: { utilisateurId: string }) {
  await prisma.$transaction((tx) =>
    enregistrerEvenement(tx, {
      acteurId: utilisateurId,
      type: "deconnexion",
      entite: "utilisateur",
      entiteId: utilisateurId,
      resume: "Déconnexion",
    }),
  );
}
