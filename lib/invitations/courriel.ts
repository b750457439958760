// Courriel d'invitation, en français : texte brut et HTML simple (comme le lien de connexion), avec
// le lien d'acceptation à usage unique. Le jeton est un « secret » : masqué dans la copie enregistrée
// quand le courriel part par SMTP (lib/courriels/envoyer.ts).
import "server-only";
import { LIBELLES_ROLE } from "@/lib/auth/libelles";
import { envoyerCourriel, type ResultatEnvoi } from "@/lib/courriels/envoyer";
import { echapperHtml } from "@/lib/courriels/html";
import { prisma } from "@/lib/db";
import { formaterDateHeure } from "@/lib/format/dates";
import type { RoleAppartenance } from "@/lib/generated/prisma/client";
import { DESCRIPTIONS_ROLES } from "@/lib/organisations/roles";
import { cheminInvitation, DUREE_INVITATION_JOURS } from "./jeton";

type Personne = { email: string; prenom: string | null; nom: string | null };

/** Origine publique de l'application (celle des liens des courriels). */
export function originePublique(): string {
  return (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

export function contenuCourrielInvitation(p: {
  destinataire: string;
  organisation: string;
  role: RoleAppartenance;
  invitant: Personne;
  lien: string;
  expireLe: Date;
}): { sujet: string; texte: string; html: string } {
  const nomInvitant = [p.invitant.prenom, p.invitant.nom].filter(Boolean).join(" ");
  const qui = nomInvitant ? `${nomInvitant} (${p.invitant.email})` : p.invitant.email;
  const sujet = `Invitation à rejoindre ${p.organisation} sur Ateliers des territoires`;
  const invitation = `${qui} vous invite à rejoindre ${p.organisation} sur Ateliers des territoires, le service de la DGALN pour candidater aux ateliers des territoires et les suivre.`;
  const role = `Votre rôle : ${LIBELLES_ROLE[p.role]}, pour ${DESCRIPTIONS_ROLES[p.role]}.`;
  const consigne = `Pour accepter, ouvrez le lien ci-dessous, puis connectez-vous avec cette adresse électronique (${p.destinataire}) :`;
  const validite = `Ce lien est valable ${DUREE_INVITATION_JOURS} jours, jusqu'au ${formaterDateHeure(p.expireLe)} (heure de Paris), et ne sert qu'une fois.`;
  const ignorer = "Si vous ne vous attendiez pas à cette invitation, ignorez ce message : rien ne sera fait sans votre accord.";
  const signature = "Ateliers des territoires — Direction générale de l'aménagement, du logement et de la nature (DGALN)";
  const automatique = "Ce message est envoyé automatiquement, merci de ne pas y répondre.";

  const texte = ["Bonjour,", "", invitation, "", role, "", consigne, "", p.lien, "", validite, ignorer, "", `— ${signature}`, automatique, ""].join("\n");
  const lien = echapperHtml(p.lien);
  const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${echapperHtml(sujet)}</title></head>
<body style="font-family: Arial, sans-serif; color: #161616; line-height: 1.5;">
<p>Bonjour,</p>
<p>${echapperHtml(invitation)}</p>
<p>${echapperHtml(role)}</p>
<p>${echapperHtml(consigne)}</p>
<p><a href="${lien}" style="display: inline-block; background: #000091; color: #ffffff; padding: 8px 16px; text-decoration: none;">Voir l'invitation</a></p>
<p>Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :<br><a href="${lien}">${lien}</a></p>
<p><strong>${echapperHtml(validite)}</strong></p>
<p>${echapperHtml(ignorer)}</p>
<p style="color: #666666; font-size: 14px;">— ${echapperHtml(signature)}<br>${echapperHtml(automatique)}</p>
</body>
</html>
`;
  return { sujet, texte, html };
}

export async function envoyerCourrielInvitation(p: {
  destinataire: string;
  organisation: string;
  role: RoleAppartenance;
  invitant: Personne;
  jeton: string;
  expireLe: Date;
}): Promise<ResultatEnvoi> {
  const contenu = contenuCourrielInvitation({ ...p, lien: `${originePublique()}${cheminInvitation(p.jeton)}` });
  return envoyerCourriel(prisma, { destinataire: p.destinataire, ...contenu, secrets: [p.jeton], categorie: "invitation" });
}
