"use client";

// Déposer un support d'atelier in situ (pilote) : photo, plan, diaporama exporté en PDF… La barre
// suit l'envoi (XHR, comme les livrables) ; les refus sont les messages français du serveur.
import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { AIDE_FORMATS, FORMATS_ACCEPTES, televerserVers } from "@/components/candidatures/televerser";
import { MessageStatut } from "../phases/MessageStatut";

export function DepotSupport({ adresse, titreAtelierInSitu }: { adresse: string; titreAtelierInSitu: string }) {
  const id = useId();
  const router = useRouter();
  const [fichier, setFichier] = useState<File | null>(null);
  const [progression, setProgression] = useState<number | null>(null);
  const [retour, setRetour] = useState<{ ok: boolean; message: string } | null>(null);
  const champRef = useRef<HTMLInputElement>(null);

  async function envoyer() {
    if (!fichier) {
      setRetour({ ok: false, message: "Choisissez le fichier du support." });
      champRef.current?.focus();
      return;
    }
    setRetour(null);
    setProgression(0);
    const r = await televerserVers(adresse, fichier, {}, setProgression);
    setProgression(null);
    if (r.ok) {
      setRetour({ ok: true, message: `Support « ${fichier.name} » déposé.` });
      setFichier(null);
      if (champRef.current) champRef.current.value = "";
      router.refresh();
    } else setRetour({ ok: false, message: r.message });
  }

  const erreur = retour && !retour.ok ? retour.message : null;
  return (
    <div className={fr.cx("fr-mb-3w")}>
      <div className={fr.cx("fr-upload-group", "fr-mb-2w", erreur ? "fr-upload-group--error" : undefined)}>
        <label className={fr.cx("fr-label")} htmlFor={`${id}-fichier`}>
          Ajouter un support à « {titreAtelierInSitu} »
          <span className={fr.cx("fr-hint-text")}>Photo, plan, diaporama exporté. {AIDE_FORMATS}</span>
        </label>
        <input
          ref={champRef}
          id={`${id}-fichier`}
          className={fr.cx("fr-upload")}
          type="file"
          accept={FORMATS_ACCEPTES}
          aria-describedby={erreur ? `${id}-erreur` : undefined}
          onChange={(e) => setFichier(e.target.files?.[0] ?? null)}
        />
        {erreur && (
          <p id={`${id}-erreur`} className={fr.cx("fr-error-text")}>
            {erreur}
          </p>
        )}
      </div>
      {progression !== null && (
        <div className={fr.cx("fr-mb-2w")}>
          <label htmlFor={`${id}-progression`} className={fr.cx("fr-text--sm")}>
            Envoi en cours : {progression} %
          </label>
          <progress id={`${id}-progression`} max={100} value={progression} style={{ display: "block", width: "100%", accentColor: "var(--background-action-high-blue-france)" }} />
        </div>
      )}
      <MessageStatut message={retour?.ok ? retour.message : null} />
      {erreur && <Alert small severity="error" className={fr.cx("fr-mb-2w")} description={erreur} />}
      <Button type="button" priority="secondary" size="small" iconId="fr-icon-upload-line" iconPosition="left" onClick={() => void envoyer()} disabled={progression !== null}>
        Déposer le support
      </Button>
    </div>
  );
}
