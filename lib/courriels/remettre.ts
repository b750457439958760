// Le travail de la file « courriel » : remettre une ligne `courriel` au serveur SMTP. Idempotent (un
// courriel déjà remis n'est pas renvoyé). Un échec est noté sur la ligne (erreur, tentatives) puis
// relancé pour que pg-boss reprenne la tâche plus tard ; au dernier essai, la ligne passe « en échec ».
import nodemailer from "nodemailer";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dechiffrerContenu } from "./chiffrement";
import { expediteur, smtpConfigure } from "./configuration";

type Client = Pick<Prisma.TransactionClient, "courriel">;
type Env = Record<string, string | undefined>;

let transporteur: nodemailer.Transporter | undefined;
let urlTransporteur: string | undefined;

function transport(url: string): nodemailer.Transporter {
  if (!transporteur || urlTransporteur !== url) {
    transporteur = nodemailer.createTransport(url);
    urlTransporteur = url;
  }
  return transporteur;
}

export type Remise = "envoye" | "deja_envoye" | "introuvable" | "boite_dev";

export async function remettreCourriel(
  client: Client,
  courrielId: string,
  options: { dernierEssai: boolean; maintenant?: Date },
  env: Env = process.env,
): Promise<Remise> {
  const courriel = await client.courriel.findUnique({ where: { id: courrielId } });
  if (!courriel) return "introuvable";
  if (courriel.statut === "envoye") return "deja_envoye";
  const maintenant = options.maintenant ?? new Date();

  if (!smtpConfigure(env)) {
    // Sans SMTP, la boîte de développement est la destination : le courriel y est déjà lisible.
    await client.courriel.update({ where: { id: courrielId }, data: { statut: "envoye", envoyeLe: maintenant, derniereTentativeLe: maintenant } });
    return "boite_dev";
  }

  const contenu = courriel.contenuChiffre ? dechiffrerContenu(courriel.contenuChiffre, env) : { texte: courriel.texte, html: courriel.html };
  try {
    await transport(env.SMTP_URL!.trim()).sendMail({
      from: expediteur(env),
      to: courriel.destinataire,
      subject: courriel.sujet,
      text: contenu.texte,
      html: contenu.html ?? undefined,
    });
  } catch (cause) {
    const erreur = (cause instanceof Error ? cause.message : String(cause)).slice(0, 1_000);
    await client.courriel.update({
      where: { id: courrielId },
      data: { erreur, tentatives: { increment: 1 }, derniereTentativeLe: maintenant, statut: options.dernierEssai ? "echec" : "en_attente" },
    });
    throw cause;
  }
  await client.courriel.update({
    where: { id: courrielId },
    data: { statut: "envoye", envoyeLe: maintenant, derniereTentativeLe: maintenant, tentatives: { increment: 1 }, erreur: null, contenuChiffre: null },
  });
  return "envoye";
}
