// Courriel d'un expert extérieur sans compte : le lien de sa demande d'avis (jeton à usage personnel,
// masqué dans la copie enregistrée quand le courriel part par SMTP, comme les invitations).
import "server-only";
import type { Client } from "@/lib/autorisations/exiger";
import { envoyerCourriel } from "@/lib/courriels/envoyer";
import { echapperHtml } from "@/lib/courriels/html";
import { formaterDate, formaterDateHeure } from "@/lib/format/dates";
import { originePublique } from "@/lib/invitations/courriel";

export const cheminLienExpert = (jeton: string) => `/avis-expert/${jeton}`;

export function contenuCourrielExpert(p: {
  demandeur: string;
  reference: string;
  collectivite: string;
  question: string;
  echeance: Date;
  expireLe: Date;
  destinataire: string;
  lien: string;
}): { sujet: string; texte: string; html: string } {
  const sujet = `Demande d'avis d'expert sur la candidature ${p.reference}`;
  const demande = `${p.demandeur}, de la DGALN, vous demande un avis d'expert sur la candidature ${p.reference} (${p.collectivite}) au programme Ateliers des territoires.`;
  const question = `Question posée : « ${p.question} »`;
  const echeance = `Votre avis est attendu au plus tard le ${formaterDate(p.echeance)}.`;
  const consigne = `Pour consulter la candidature et rendre votre avis, ouvrez le lien ci-dessous, puis connectez-vous avec cette adresse électronique (${p.destinataire}) ; votre compte est créé à cette occasion si vous n'en avez pas.`;
  const validite = `Ce lien est personnel et valable jusqu'au ${formaterDateHeure(p.expireLe)} (heure de Paris).`;
  const signature = "Ateliers des territoires — Direction générale de l'aménagement, du logement et de la nature (DGALN)";
  const automatique = "Ce message est envoyé automatiquement, merci de ne pas y répondre.";
  const texte = ["Bonjour,", "", demande, "", question, "", echeance, "", consigne, "", p.lien, "", validite, "", `— ${signature}`, automatique, ""].join("\n");
  const lien = echapperHtml(p.lien);
  const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${echapperHtml(sujet)}</title></head>
<body style="font-family: Arial, sans-serif; color: #161616; line-height: 1.5;">
<p>Bonjour,</p>
<p>${echapperHtml(demande)}</p>
<p>${echapperHtml(question)}</p>
<p><strong>${echapperHtml(echeance)}</strong></p>
<p>${echapperHtml(consigne)}</p>
<p><a href="${lien}" style="display: inline-block; background: #000091; color: #ffffff; padding: 8px 16px; text-decoration: none;">Voir la demande d'avis</a></p>
<p>Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :<br><a href="${lien}">${lien}</a></p>
<p>${echapperHtml(validite)}</p>
<p style="color: #666666; font-size: 14px;">— ${echapperHtml(signature)}<br>${echapperHtml(automatique)}</p>
</body>
</html>
`;
  return { sujet, texte, html };
}

export async function envoyerCourrielExpert(
  client: Client,
  p: Omit<Parameters<typeof contenuCourrielExpert>[0], "lien"> & { jeton: string },
) {
  const contenu = contenuCourrielExpert({ ...p, lien: `${originePublique()}${cheminLienExpert(p.jeton)}` });
  return envoyerCourriel(client, { destinataire: p.destinataire, ...contenu, secrets: [p.jeton], categorie: "avis_expert" });
}
