"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { LIBELLES_PIECES } from "@/lib/candidatures/pieces-requises";
import type { TypePiece } from "@/lib/generated/prisma/enums";
import { ConfirmationEnLigne } from "./ConfirmationEnLigne";
import { AIDE_FORMATS, FORMATS_ACCEPTES, televerser } from "./televerser";

/**
 * Joindre une pièce (choix du type) ou remplacer une pièce existante (`emplacement`) : l'ancienne
 * version est conservée par le serveur. La barre montre la progression de l'envoi ; les refus
 * (type de fichier, taille) sont les messages français du serveur (R8).
 */
export function EnvoiPiece({
  candidatureId,
  emplacement,
  libelle,
  consequenceSignatures,
}: {
  candidatureId: string;
  emplacement?: { id: string; nom: string };
  libelle?: string;
  /** « la collectivité (…) devra signer de nouveau » quand le contenu actuel est signé : l'envoi demande confirmation. */
  consequenceSignatures?: string | null;
}) {
  const id = useId();
  const router = useRouter();
  const [type, setType] = useState<TypePiece>("note_opportunite");
  const [fichier, setFichier] = useState<File | null>(null);
  const [progression, setProgression] = useState<number | null>(null);
  const [retour, setRetour] = useState<{ ok: boolean; message: string; connexion?: boolean } | null>(null);
  const champRef = useRef<HTMLInputElement>(null);
  const boutonRef = useRef<HTMLButtonElement>(null);
  const [confirmation, setConfirmation] = useState(false);

  function demander() {
    if (!fichier) {
      setRetour({ ok: false, message: "Choisissez le fichier à joindre." });
      return;
    }
    // Une candidature signée : la pièce change le contenu signé, on dit d'abord qui devra signer de nouveau.
    if (consequenceSignatures) setConfirmation(true);
    else void envoyer();
  }

  async function envoyer() {
    if (!fichier) return;
    setConfirmation(false);
    setRetour(null);
    setProgression(0);
    const r = await televerser(candidatureId, fichier, emplacement ? { emplacement: emplacement.id } : { type }, setProgression);
    setProgression(null);
    if (r.ok) {
      // Le champ est vidé : un second clic n'envoie pas le même fichier une deuxième fois.
      setFichier(null);
      if (champRef.current) champRef.current.value = "";
      setRetour({ ok: true, message: emplacement ? "Nouvelle version enregistrée ; la précédente est conservée." : `« ${fichier.name} » : pièce jointe enregistrée.` });
      router.refresh();
    } else setRetour({ ok: false, message: r.message, connexion: r.code === "NON_AUTHENTIFIE" });
  }

  return (
    <div className={fr.cx("fr-mb-3w")}>
      {!emplacement && (
        <Select label="Type de pièce" nativeSelectProps={{ value: type, onChange: (e) => setType(e.target.value as TypePiece) }}>
          {(Object.keys(LIBELLES_PIECES) as TypePiece[]).map((t) => (
            <option key={t} value={t}>
              {LIBELLES_PIECES[t]}
            </option>
          ))}
        </Select>
      )}
      <div className={fr.cx("fr-upload-group", "fr-mb-2w")}>
        <label className={fr.cx("fr-label")} htmlFor={`${id}-fichier`}>
          {libelle ?? (emplacement ? `Remplacer « ${emplacement.nom} »` : "Fichier")}
          <span className={fr.cx("fr-hint-text")}>{AIDE_FORMATS}</span>
        </label>
        <input ref={champRef} id={`${id}-fichier`} className={fr.cx("fr-upload")} type="file" accept={FORMATS_ACCEPTES} onChange={(e) => setFichier(e.target.files?.[0] ?? null)} />
      </div>
      {progression !== null && (
        <div className={fr.cx("fr-mb-2w")}>
          <label htmlFor={`${id}-progression`} className={fr.cx("fr-text--sm")}>
            Envoi en cours : {progression} %
          </label>
          <progress id={`${id}-progression`} max={100} value={progression} style={{ display: "block", width: "100%", accentColor: "var(--background-action-high-blue-france)" }} />
        </div>
      )}
      {retour && (
        <Alert
          small
          severity={retour.ok ? "success" : "error"}
          className={fr.cx("fr-mb-2w")}
          description={
            <>
              {retour.message}
              {retour.connexion && (
                <>
                  {" "}
                  <a href="/connexion" target="_blank" rel="noopener">
                    Se reconnecter dans un nouvel onglet
                  </a>
                </>
              )}
            </>
          }
        />
      )}
      {confirmation && fichier ? (
        <ConfirmationEnLigne
          titre={emplacement ? `Remplacer « ${emplacement.nom} » par « ${fichier.name} » ?` : `Joindre « ${fichier.name} » à la candidature ?`}
          libelleConfirmer={emplacement ? "Remplacer la pièce" : "Joindre la pièce"}
          libelleEnCours="Envoi en cours…"
          iconId="fr-icon-upload-line"
          enCours={progression !== null}
          onConfirmer={() => void envoyer()}
          onAnnuler={() => {
            setConfirmation(false);
            requestAnimationFrame(() => boutonRef.current?.focus());
          }}
        >
          <p>Les signatures déjà données seront annulées : {consequenceSignatures}.</p>
        </ConfirmationEnLigne>
      ) : (
        <Button
          ref={boutonRef}
          type="button"
          priority={emplacement ? "secondary" : "primary"}
          size="small"
          onClick={demander}
          disabled={progression !== null}
          iconId="fr-icon-upload-line"
          iconPosition="left"
        >
          {emplacement ? "Remplacer" : "Joindre la pièce"}
        </Button>
      )}
    </div>
  );
}
