// Lien de connexion (« lien magique ») : qui peut en recevoir un, à quel rythme, et l'envoi.
// Seules les adresses d'un compte actif ou d'une invitation en cours reçoivent un lien ; pour toute
// autre adresse, la page affichée est la même (« consultez votre messagerie ») : on ne révèle pas
// qui a un compte. Les demandes sont limitées par adresse et par adresse IP (lib/limites).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { envoyerCourriel } from "@/lib/courriels/envoyer";
import { courrielLienConnexion } from "@/lib/courriels/modeles/lien-connexion";
import { consommer } from "@/lib/limites/limiter";
import { journaliserConnexionEchouee, journaliserLimiteAtteinte } from "./journal-connexion";
import { limitesLiens, VALIDITE_LIEN_MINUTES } from "./parametres";

export type DecisionDemandeLien =
  | { envoyer: true }
  | { envoyer: false; raison: "limite"; minutes: number }
  | { envoyer: false; raison: "silence" };

type Statut = "actif" | "desactive" | "invite" | "inconnu";

/** Statut d'une adresse : compte actif, compte désactivé, invitation en cours, ou inconnue. */
export async function statutAdresse(prisma: PrismaClient, email: string, maintenant = new Date()): Promise<Statut> {
  const adresse = email.toLowerCase();
  const utilisateur = await prisma.utilisateur.findUnique({ where: { email: adresse }, select: { actif: true } });
  if (utilisateur) return utilisateur.actif ? "actif" : "desactive";
  const invitation = await prisma.invitation.findFirst({
    where: { email: { equals: adresse, mode: "insensitive" }, utiliseeLe: null, expireLe: { gt: maintenant } },
    select: { id: true },
  });
  return invitation ? "invite" : "inconnu";
}

/** Demande d'un lien : limites de débit, puis existence de l'adresse. Journalise les refus. */
export async function deciderDemandeLien(
  prisma: PrismaClient,
  { email, ip }: { email: string; ip: string },
  maintenant = new Date(),
): Promise<DecisionDemandeLien> {
  const adresse = email.toLowerCase();
  const limites = limitesLiens();
  // Les deux compteurs avancent à chaque demande, connue ou non : le débit ne dit rien de l'adresse.
  const [parAdresse, parIp] = await Promise.all([
    consommer(prisma, `connexion:adresse:${adresse}`, limites.parAdresse, maintenant),
    consommer(prisma, `connexion:ip:${ip}`, limites.parIp, maintenant),
  ]);
  if (!parAdresse.autorise || !parIp.autorise) {
    // Un seul événement par fenêtre et par clé : un robot qui insiste ne remplit pas le journal.
    if (parAdresse.premierRefus) {
      await journaliserLimiteAtteinte(prisma, { portee: "adresse", email: adresse, ip, limite: limites.parAdresse.limite });
    }
    if (parIp.premierRefus) {
      await journaliserLimiteAtteinte(prisma, { portee: "ip", email: adresse, ip, limite: limites.parIp.limite });
    }
    const minutes = Math.max(
      parAdresse.autorise ? 0 : parAdresse.reessayerDansMinutes,
      parIp.autorise ? 0 : parIp.reessayerDansMinutes,
    );
    return { envoyer: false, raison: "limite", minutes };
  }

  const statut = await statutAdresse(prisma, adresse, maintenant);
  if (statut === "actif" || statut === "invite") return { envoyer: true };
  await journaliserConnexionEchouee(prisma, {
    methode: "lien",
    raison: statut === "desactive" ? "compte_desactive" : "adresse_inconnue",
    email: adresse,
    ip,
  });
  return { envoyer: false, raison: "silence" };
}

/**
 * Au clic sur le lien (jeton valide) : le compte doit être actif, ou l'invitation encore en cours
 * pour une adresse sans compte. Renvoie la raison du refus, ou null.
 */
export async function refusUtilisationLien(prisma: PrismaClient, email: string, maintenant = new Date()) {
  const statut = await statutAdresse(prisma, email, maintenant);
  if (statut === "desactive") return "compte_desactive" as const;
  if (statut === "inconnu") return "invitation_expiree" as const;
  return null;
}

/** Met en file le courriel du lien (remis par le travailleur, avec reprises). Le jeton n'est conservé en clair que pour la boîte de développement. */
export async function envoyerLienConnexion(prisma: PrismaClient, { email, url, jeton }: { email: string; url: string; jeton: string }) {
  const contenu = courrielLienConnexion({ url, validiteMinutes: VALIDITE_LIEN_MINUTES });
  return envoyerCourriel(prisma, { destinataire: email, ...contenu, secrets: [jeton], categorie: "lien_connexion" });
}
