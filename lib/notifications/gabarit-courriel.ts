// La mise en page commune des courriels de l'application (courriel d'une notification, résumé
// quotidien) : « Bonjour, », le corps, la signature de la DGALN et la mention d'envoi automatique,
// en texte brut et en HTML. Un seul gabarit, pour que tous les courriels se ressemblent.
import "server-only";
import { echapperHtml } from "@/lib/courriels/html";
import { originePublique } from "@/lib/invitations/courriel";

const SIGNATURE = "Ateliers des territoires — Direction générale de l'aménagement, du logement et de la nature (DGALN)";
const AUTOMATIQUE = "Ce message est envoyé automatiquement, merci de ne pas y répondre.";

export type ContenuCourriel = { sujet: string; texte: string; html: string };

/** Adresse absolue d'un chemin de l'application. */
export const adresseAbsolue = (chemin: string) => `${originePublique()}${chemin}`;

/** Le bouton principal d'un courriel (lien absolu), suivi de l'adresse en clair. */
export function boutonHtml(lien: string, libelle: string): string {
  return `<p><a href="${echapperHtml(lien)}" style="display: inline-block; background: #000091; color: #ffffff; padding: 8px 16px; text-decoration: none;">${echapperHtml(libelle)}</a></p>
<p>Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :<br><a href="${echapperHtml(lien)}">${echapperHtml(lien)}</a></p>`;
}

/** Habille le corps (lignes de texte brut ; fragment HTML déjà échappé) de l'en-tête et de la signature. */
export function gabaritCourriel(sujet: string, corps: { texte: string[]; html: string }): ContenuCourriel {
  const texte = ["Bonjour,", "", ...corps.texte, "", `— ${SIGNATURE}`, AUTOMATIQUE, ""].join("\n");
  const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${echapperHtml(sujet)}</title></head>
<body style="font-family: Arial, sans-serif; color: #161616; line-height: 1.5;">
<p>Bonjour,</p>
${corps.html}
<p style="color: #666666; font-size: 14px;">— ${echapperHtml(SIGNATURE)}<br>${echapperHtml(AUTOMATIQUE)}</p>
</body>
</html>
`;
  return { sujet, texte, html };
}

export type MessageCandidature = {
  sujet: string;
  paragraphes: string[];
  /** Chemin dans l'application (« /candidatures/… ») ; l'origine publique est ajoutée. */
  chemin: string;
  libelleLien: string;
};

/** Le courriel d'un événement : ses paragraphes, puis un bouton vers la page concernée. */
export function contenuCourriel(m: MessageCandidature): ContenuCourriel {
  const lien = adresseAbsolue(m.chemin);
  return gabaritCourriel(m.sujet, {
    texte: [...m.paragraphes.flatMap((p) => [p, ""]), `${m.libelleLien} : ${lien}`],
    html: [...m.paragraphes.map((p) => `<p>${echapperHtml(p)}</p>`), boutonHtml(lien, m.libelleLien)].join("\n"),
  });
}
