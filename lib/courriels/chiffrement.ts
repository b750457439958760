// Contenu complet d'un courriel (liens de connexion et d'invitation compris) en attente d'envoi SMTP :
// chiffré (AES-256-GCM) par une clé dérivée de NEXTAUTH_SECRET, qui n'est pas en base. La copie
// lisible enregistrée masque les secrets ; la copie chiffrée est effacée dès l'envoi réussi.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

type Env = Record<string, string | undefined>;
export type ContenuCourriel = { texte: string; html: string | null };

function cle(env: Env): Buffer {
  const secret = env.NEXTAUTH_SECRET?.trim();
  if (!secret) throw new Error("NEXTAUTH_SECRET est requis pour mettre en file un courriel contenant un lien personnel quand SMTP est configuré.");
  return Buffer.from(hkdfSync("sha256", secret, "ateliers-des-territoires", "courriels-en-attente", 32));
}

export function chiffrerContenu(contenu: ContenuCourriel, env: Env = process.env): string {
  const iv = randomBytes(12);
  const chiffreur = createCipheriv("aes-256-gcm", cle(env), iv);
  const corps = Buffer.concat([chiffreur.update(JSON.stringify(contenu), "utf8"), chiffreur.final()]);
  return Buffer.concat([iv, chiffreur.getAuthTag(), corps]).toString("base64url");
}

export function dechiffrerContenu(chiffre: string, env: Env = process.env): ContenuCourriel {
  const octets = Buffer.from(chiffre, "base64url");
  const dechiffreur = createDecipheriv("aes-256-gcm", cle(env), octets.subarray(0, 12));
  dechiffreur.setAuthTag(octets.subarray(12, 28));
  const clair = Buffer.concat([dechiffreur.update(octets.subarray(28)), dechiffreur.final()]).toString("utf8");
  return JSON.parse(clair) as ContenuCourriel;
}
