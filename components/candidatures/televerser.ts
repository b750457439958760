// Envoi d'un fichier à POST /api/candidatures/:id/pieces par XMLHttpRequest : seul XHR donne la
// progression de l'envoi (`upload.onprogress`), que fetch n'expose pas.
export type ReponseTeleversement = { ok: true } | { ok: false; code: string; message: string };

const MESSAGE_RESEAU = "L'envoi a échoué (connexion interrompue). Vérifiez votre connexion, puis réessayez.";

export function televerser(
  candidatureId: string,
  fichier: File,
  cible: { type: string } | { emplacement: string },
  progression: (pourcentage: number) => void,
): Promise<ReponseTeleversement> {
  const corps = new FormData();
  corps.set("fichier", fichier);
  for (const [cle, valeur] of Object.entries(cible)) corps.set(cle, valeur);
  return new Promise((resoudre) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/candidatures/${candidatureId}/pieces`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) progression(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      const r = xhr.response as { ok?: boolean; code?: string; message?: string } | null;
      if (xhr.status >= 200 && xhr.status < 300 && r?.ok) resoudre({ ok: true });
      else resoudre({ ok: false, code: r?.code ?? "ERREUR_INATTENDUE", message: r?.message ?? MESSAGE_RESEAU });
    };
    xhr.onerror = () => resoudre({ ok: false, code: "RESEAU", message: MESSAGE_RESEAU });
    xhr.send(corps);
  });
}
