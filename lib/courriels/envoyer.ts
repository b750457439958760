// Envoi d'un courriel : une ligne dans la table `courriel` (traçabilité, boîte de développement) et
// une tâche de la file durable « courriel » (pg-boss, décision 024), écrites dans la transaction de
// l'appelant. Un travailleur — dans chaque instance de l'application, ou à part — remet ensuite le
// courriel au serveur SMTP, avec reprises espacées ; après la dernière, le courriel est « en échec »
// et apparaît aux administrateurs DGALN (/admin/courriels), qui peuvent le relancer. Sans SMTP, le
// travailleur le marque remis : il se lit dans la boîte de développement.
// Les `secrets` (jeton d'un lien de connexion…) ne sont conservés en clair que pour la boîte de
// développement : quand SMTP est configuré, la copie lisible les masque et le contenu complet n'est
// gardé que chiffré (lib/courriels/chiffrement.ts) jusqu'à l'envoi — la base ne contient alors aucun
// lien utilisable.
import type { Prisma } from "@/lib/generated/prisma/client";
import { FILES } from "@/lib/file/files";
import { mettreEnFile } from "@/lib/file/producteur";
import { chiffrerContenu } from "./chiffrement";
import { smtpConfigure } from "./configuration";

type Client = Pick<Prisma.TransactionClient, "courriel" | "$queryRawUnsafe">;

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

/** `id` : la ligne `courriel` ; le courriel est en file, remis par le travailleur. */
export type ResultatEnvoi = { id: string; erreur?: string };

export const MASQUE = "[masqué]";

export function masquer(contenu: string, secrets: string[]): string {
  return secrets.filter(Boolean).reduce((texte, secret) => texte.split(secret).join(MASQUE), contenu);
}

export async function envoyerCourriel(
  client: Client,
  courriel: Courriel,
  env: Record<string, string | undefined> = process.env,
): Promise<ResultatEnvoi> {
  const parSmtp = smtpConfigure(env);
  const secrets = parSmtp ? (courriel.secrets ?? []).filter(Boolean) : [];
  const html = courriel.html ?? null;
  const enregistre = await client.courriel.create({
    data: {
      destinataire: courriel.destinataire,
      sujet: courriel.sujet,
      texte: masquer(courriel.texte, secrets),
      html: html === null ? null : masquer(html, secrets),
      categorie: courriel.categorie ?? null,
      contenuChiffre: secrets.length > 0 ? chiffrerContenu({ texte: courriel.texte, html }, env) : null,
    },
    select: { id: true },
  });
  await mettreEnFile(client, FILES.courriel.name, { courrielId: enregistre.id });
  return { id: enregistre.id };
}
