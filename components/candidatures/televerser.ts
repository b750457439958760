// Envoi d'un fichier en multipart par XMLHttpRequest : seul XHR donne la progression de l'envoi
// (`upload.onprogress`), que fetch n'expose pas. Sert aux pièces et aux livrables des ateliers.
export type ReponseTeleversement = { ok: true } | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

/** Les formats des pièces et des livrables (R8 : le type est vérifié d'après le contenu). */
export const FORMATS_ACCEPTES =
  ".pdf,.odt,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg";
export const AIDE_FORMATS = "PDF, ODT, DOCX, PNG ou JPEG, 20 Mo au plus. Le type est vérifié d'après le contenu du fichier.";

const MESSAGE_RESEAU = "L'envoi a échoué (connexion interrompue). Vérifiez votre connexion, puis réessayez.";

/** POST multipart vers `url` : le fichier sous `fichier`, et les champs donnés. */
export function televerserVers(url: string, fichier: File, champs: Record<string, string>, progression: (pourcentage: number) => void): Promise<ReponseTeleversement> {
  const corps = new FormData();
  corps.set("fichier", fichier);
  for (const [cle, valeur] of Object.entries(champs)) corps.set(cle, valeur);
  return new Promise((resoudre) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) progression(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      const r = xhr.response as { ok?: boolean; code?: string; message?: string; fieldErrors?: Record<string, string[]> } | null;
      if (xhr.status >= 200 && xhr.status < 300 && r?.ok) resoudre({ ok: true });
      else resoudre({ ok: false, code: r?.code ?? "ERREUR_INATTENDUE", message: r?.message ?? MESSAGE_RESEAU, fieldErrors: r?.fieldErrors });
    };
    xhr.onerror = () => resoudre({ ok: false, code: "RESEAU", message: MESSAGE_RESEAU });
    xhr.send(corps);
  });
}

/** Une pièce de candidature : nouvelle (`type`) ou remplacement (`emplacement`). */
export function televerser(
  candidatureId: string,
  fichier: File,
  cible: { type: string } | { emplacement: string },
  progression: (pourcentage: number) => void,
): Promise<ReponseTeleversement> {
  return televerserVers(`/api/candidatures/${candidatureId}/pieces`, fichier, cible, progression);
}
