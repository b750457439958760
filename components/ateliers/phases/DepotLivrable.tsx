"use client";

// Déposer un livrable de la phase (pilote) : type parmi ceux de la phase, titre, fichier ; la barre
// suit l'envoi (XHR, comme les pièces). Quand des validations sont en cours, une confirmation dit
// d'abord qu'elles seront annulées. Les refus sont les messages français du serveur ; la saisie reste.
import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { ConfirmationEnLigne } from "@/components/candidatures/ConfirmationEnLigne";
import { MessageStatut } from "./MessageStatut";
import { AIDE_FORMATS, FORMATS_ACCEPTES, televerserVers } from "@/components/candidatures/televerser";
import type { TypeLivrable } from "@/lib/generated/prisma/enums";

type Props = {
  /** Adresse de dépôt (POST multipart). */
  adresse: string;
  dePhase: string;
  typesAdmis: { type: TypeLivrable; libelle: string }[];
  /** « la validation de la collectivité » : ce que le dépôt annulera, s'il y a lieu. */
  validationsAnnulees: string | null;
};

type Retour = { ok: boolean; message: string; champs?: Record<string, string[]> };

const majuscule = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export function DepotLivrable({ adresse, dePhase, typesAdmis, validationsAnnulees }: Props) {
  const id = useId();
  const router = useRouter();
  const [type, setType] = useState<TypeLivrable>(typesAdmis[0]!.type);
  const [titre, setTitre] = useState("");
  const [fichier, setFichier] = useState<File | null>(null);
  const [progression, setProgression] = useState<number | null>(null);
  const [retour, setRetour] = useState<Retour | null>(null);
  const [confirmation, setConfirmation] = useState(false);
  const champRef = useRef<HTMLInputElement>(null);
  const boutonRef = useRef<HTMLButtonElement>(null);
  const libelleType = typesAdmis.find((t) => t.type === type)?.libelle ?? "";

  function demander() {
    if (!fichier) {
      setRetour({ ok: false, message: "Choisissez le fichier du livrable.", champs: { fichier: ["Choisissez le fichier du livrable."] } });
      return;
    }
    if (validationsAnnulees) setConfirmation(true);
    else void envoyer();
  }

  async function envoyer() {
    if (!fichier) return;
    setConfirmation(false);
    setRetour(null);
    setProgression(0);
    const r = await televerserVers(adresse, fichier, { type, titre: titre.trim() || majuscule(libelleType) }, setProgression);
    setProgression(null);
    if (r.ok) {
      setFichier(null);
      setTitre("");
      if (champRef.current) champRef.current.value = "";
      setRetour({ ok: true, message: `« ${fichier.name} » : livrable « ${libelleType} » déposé dans la phase ${dePhase}.` });
      router.refresh();
    } else setRetour({ ok: false, message: r.message, champs: r.fieldErrors });
  }

  const erreur = (champ: string) => (retour && !retour.ok ? retour.champs?.[champ]?.[0] : undefined);
  return (
    <fieldset className={fr.cx("fr-fieldset", "fr-mb-3w")} aria-labelledby={`${id}-legende`}>
      <legend id={`${id}-legende`} className={fr.cx("fr-fieldset__legend", "fr-text--md")}>
        Déposer un livrable
      </legend>
      <div className={fr.cx("fr-fieldset__element")}>
        <Select
          label="Type de livrable"
          state={erreur("type") ? "error" : "default"}
          stateRelatedMessage={erreur("type")}
          nativeSelectProps={{ value: type, onChange: (e) => setType(e.target.value as TypeLivrable) }}
        >
          {typesAdmis.map((t) => (
            <option key={t.type} value={t.type}>
              {majuscule(t.libelle)}
            </option>
          ))}
        </Select>
        <Input
          label="Titre"
          hintText={`Par défaut : « ${majuscule(libelleType)} ».`}
          state={erreur("titre") ? "error" : "default"}
          stateRelatedMessage={erreur("titre")}
          nativeInputProps={{ value: titre, onChange: (e) => setTitre(e.target.value), maxLength: 300 }}
        />
        <div className={fr.cx("fr-upload-group", "fr-mb-2w", erreur("fichier") ? "fr-upload-group--error" : undefined)}>
          <label className={fr.cx("fr-label")} htmlFor={`${id}-fichier`}>
            Fichier du livrable
            <span className={fr.cx("fr-hint-text")}>{AIDE_FORMATS}</span>
          </label>
          <input
            ref={champRef}
            id={`${id}-fichier`}
            className={fr.cx("fr-upload")}
            type="file"
            accept={FORMATS_ACCEPTES}
            aria-describedby={erreur("fichier") ? `${id}-fichier-erreur` : undefined}
            onChange={(e) => setFichier(e.target.files?.[0] ?? null)}
          />
          {erreur("fichier") && (
            <p id={`${id}-fichier-erreur`} className={fr.cx("fr-error-text")}>
              {erreur("fichier")}
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
        {retour && !retour.ok && <Alert small severity="error" className={fr.cx("fr-mb-2w")} description={retour.message} />}
        {confirmation && fichier ? (
          <ConfirmationEnLigne
            titre={`Déposer « ${fichier.name} » comme ${libelleType} ?`}
            libelleConfirmer="Déposer le livrable"
            libelleEnCours="Envoi en cours…"
            iconId="fr-icon-upload-line"
            enCours={progression !== null}
            onConfirmer={() => void envoyer()}
            onAnnuler={() => {
              setConfirmation(false);
              requestAnimationFrame(() => boutonRef.current?.focus());
            }}
          >
            <p>Ce dépôt annulera {validationsAnnulees} : les co-pilotes valideront de nouveau les livrables.</p>
          </ConfirmationEnLigne>
        ) : (
          <Button ref={boutonRef} type="button" priority="secondary" onClick={demander} disabled={progression !== null} iconId="fr-icon-upload-line" iconPosition="left">
            Déposer le livrable
          </Button>
        )}
      </div>
    </fieldset>
  );
}
