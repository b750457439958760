// Courriel du lien de connexion (lien magique) : texte brut et HTML simple, sans image ni
// ressource externe, lisible par toutes les messageries.
import { echapperHtml } from "../html";

export const SUJET_LIEN_CONNEXION = "Votre lien de connexion aux Ateliers des territoires";

export function courrielLienConnexion({ url, validiteMinutes }: { url: string; validiteMinutes: number }) {
  const validite = `Ce lien expire dans ${validiteMinutes} minutes et ne fonctionne qu'une seule fois.`;
  const ignorer =
    "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : personne ne peut se connecter sans ce lien.";
  const signature = "L'équipe des Ateliers des territoires, Direction générale de l'aménagement, du logement et de la nature (DGALN)";
  const automatique = "Ce message est envoyé automatiquement, merci de ne pas y répondre.";

  const texte = [
    "Bonjour,",
    "",
    "Vous avez demandé à vous connecter aux Ateliers des territoires. Pour vous connecter, ouvrez ce lien :",
    "",
    url,
    "",
    validite,
    ignorer,
    "",
    signature,
    automatique,
    "",
  ].join("\n");

  const lien = echapperHtml(url);
  const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${echapperHtml(SUJET_LIEN_CONNEXION)}</title></head>
<body style="font-family: Arial, sans-serif; color: #161616; line-height: 1.5;">
<p>Bonjour,</p>
<p>Vous avez demandé à vous connecter aux Ateliers des territoires.</p>
<p><a href="${lien}" style="display: inline-block; background: #000091; color: #ffffff; padding: 8px 16px; text-decoration: none;">Se connecter aux Ateliers des territoires</a></p>
<p>Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :<br><a href="${lien}">${lien}</a></p>
<p><strong>${echapperHtml(validite)}</strong></p>
<p>${echapperHtml(ignorer)}</p>
<p style="color: #666666; font-size: 14px;">${echapperHtml(signature)}<br>${echapperHtml(automatique)}</p>
</body>
</html>
`;
  return { sujet: SUJET_LIEN_CONNEXION, texte, html };
}
