// Le résumé quotidien (8 h, heure de Paris ; planifié par la file de tâches) : à chaque personne
// active qui a choisi `quotidien`, un courriel qui reprend ses notifications pas encore résumées ni
// envoyées une à une, groupées par candidature. Rien à résumer : pas de courriel.
//
// Envoi unique par personne et par jour, même si deux processus lancent le résumé en même temps :
// chaque personne est traitée dans une transaction qui insère D'ABORD la ligne ResumeQuotidien
// (clé utilisateurId + jour de Paris) avec ON CONFLICT DO NOTHING. La seconde transaction attend
// sur la clé que la première se termine, puis n'insère rien et n'envoie rien. Le courriel (sa ligne
// dans la table `courriel`) et le marquage `resumeLe` sont écrits dans la même transaction : un
// échec annule tout, et le prochain passage reprend ces notifications.
import "server-only";
import { OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";
import { envoyerCourriel } from "@/lib/courriels/envoyer";
import { jourDeParis } from "@/lib/dates/paris";
import { prisma } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { contenuResume } from "./contenu-resume";

type Tx = Prisma.TransactionClient;

/** Notifications à résumer : ni résumées, ni déjà envoyées par un courriel immédiat, créées avant l'instant. */
const aResumer = (maintenant: Date) => ({ resumeLe: null, courrielId: null, creeLe: { lt: maintenant } }) satisfies Prisma.NotificationWhereInput;

const SELECTION = {
  id: true,
  titre: true,
  texte: true,
  lien: true,
  creeLe: true,
  candidatureId: true,
  candidature: { select: { reference: true, titre: true } },
} as const satisfies Prisma.NotificationSelect;


export type BilanResumes = { courriels: number; notifications: number };

/** Envoie les résumés du jour de Paris de `maintenant` ; rend le nombre de courriels et de notifications reprises. */
export async function envoyerResumesQuotidiens(maintenant: Date, client: PrismaClient = prisma): Promise<BilanResumes> {
  const jour = new Date(`${jourDeParis(maintenant)}T00:00:00Z`);
  const personnes = await client.utilisateur.findMany({
    where: { actif: true, frequenceCourriels: "quotidien", notifications: { some: aResumer(maintenant) } },
    select: { id: true, email: true },
    orderBy: { id: "asc" },
  });
  const bilan: BilanResumes = { courriels: 0, notifications: 0 };
  for (const personne of personnes) {
    const nombre = await client.$transaction((tx) => resumerPour(tx, personne, jour, maintenant), OPTIONS_TRANSACTION);
    if (nombre > 0) {
      bilan.courriels += 1;
      bilan.notifications += nombre;
    }
  }
  return bilan;
}

async function resumerPour(tx: Tx, personne: { id: string; email: string }, jour: Date, maintenant: Date): Promise<number> {
  const { count } = await tx.resumeQuotidien.createMany({ data: [{ utilisateurId: personne.id, jour }], skipDuplicates: true });
  if (count === 0) return 0; // Déjà résumé aujourd'hui (par ce processus ou un autre).
  const notifications = await tx.notification.findMany({
    where: { utilisateurId: personne.id, ...aResumer(maintenant) },
    select: SELECTION,
    orderBy: [{ creeLe: "asc" }, { id: "asc" }],
  });
  if (notifications.length === 0) {
    // Reprises entre-temps (personne repassée en « à chaque événement ») : rien à envoyer aujourd'hui.
    await tx.resumeQuotidien.delete({ where: { utilisateurId_jour: { utilisateurId: personne.id, jour } } });
    return 0;
  }
  const courriel = await envoyerCourriel(tx, { destinataire: personne.email, ...contenuResume(notifications, maintenant), categorie: "resume" });
  await tx.resumeQuotidien.update({
    where: { utilisateurId_jour: { utilisateurId: personne.id, jour } },
    data: { courrielId: courriel.id, nombre: notifications.length },
  });
  await tx.notification.updateMany({
    where: { id: { in: notifications.map((n) => n.id) } },
    data: { resumeLe: maintenant, courrielId: courriel.id },
  });
  return notifications.length;
}
