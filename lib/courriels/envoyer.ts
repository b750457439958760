// Envoi d'un courriel : toujours enregistré dans la table `courriel` (traçabilité), puis envoyé
// par SMTP (nodemailer) si SMTP_URL est défini. Sans SMTP, il reste dans la table et se lit dans
// la boîte de développement. Les `secrets` (jeton d'un lien de connexion…) ne sont conservés en
// clair que pour la boîte de développement : quand SMTP est configuré, la copie enregistrée les
// masque — la base ne contient alors aucun lien utilisable.
import nodemailer from "nodemailer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expediteur, smtpConfigure } from "./configuration";

type Client = Pick<PrismaClient, "courriel">;

export type Courriel = {
  destinataire: string;
  sujet: string;
  texte: string;
  html?: string;
  /** Chaînes à masquer dans la copie enregistrée quand le courriel part par SMTP. */
  secrets?: string[];
  /** Catégorie pour l'administration (« lien_connexion », « invitation », « notification », « resume »…). */
  categorie?: string;
};

export type ResultatEnvoi = { id: string; envoye: boolean; erreur?: string };

export const MASQUE = "[masqué]";

export function masquer(contenu: string, secrets: string[]): string {
  return secrets.filter(Boolean).reduce((texte, secret) => texte.split(secret).join(MASQUE), contenu);
}

let transporteur: nodemailer.Transporter | undefined;
let urlTransporteur: string | undefined;

function transport(url: string): nodemailer.Transporter {
  if (!transporteur || urlTransporteur !== url) {
    transporteur = nodemailer.createTransport(url);
    urlTransporteur = url;
  }
  return transporteur;
}

export async function envoyerCourriel(prisma: Client, courriel: Courriel, env = process.env): Promise<ResultatEnvoi> {
  const parSmtp = smtpConfigure(env);
  const secrets = parSmtp ? (courriel.secrets ?? []) : [];
  const enregistre = await prisma.courriel.create({
    data: {
      destinataire: courriel.destinataire,
      sujet: courriel.sujet,
      texte: masquer(courriel.texte, secrets),
      html: courriel.html === undefined ? null : masquer(courriel.html, secrets),
      categorie: courriel.categorie ?? null,
      statut: parSmtp ? "en_attente" : "envoye",
    },
    select: { id: true },
  });
  if (!parSmtp) return { id: enregistre.id, envoye: false };

  try {
    await transport(env.SMTP_URL!.trim()).sendMail({
      from: expediteur(env),
      to: courriel.destinataire,
      subject: courriel.sujet,
      text: courriel.texte,
      html: courriel.html,
    });
    await prisma.courriel.update({
      where: { id: enregistre.id },
      data: { statut: "envoye", envoyeLe: new Date(), tentatives: { increment: 1 }, erreur: null },
    });
    return { id: enregistre.id, envoye: true };
  } catch (cause) {
    const erreur = cause instanceof Error ? cause.message : String(cause);
    await prisma.courriel.update({
      where: { id: enregistre.id },
      data: { erreur: erreur.slice(0, 1_000), tentatives: { increment: 1 } },
    });
    return { id: enregistre.id, envoye: false, erreur };
  }
}
