"use client";

import type { Ref } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { AvertissementSignatures } from "./signatures-en-cours";

type Props = {
  id: string;
  section: string;
  signatures: AvertissementSignatures;
  /** Demandée en quittant la section (enregistrement automatique) plutôt que par son bouton. */
  automatique: boolean;
  confirmer: () => void;
  renoncer: () => void;
  zoneRef: Ref<HTMLDivElement>;
};

/**
 * Étape de confirmation, dans la section, avant un enregistrement qui annulera des signatures. Le
 * focus y est placé (titre et explication lus ensemble) ; renoncer garde la saisie telle quelle.
 */
export function ConfirmationSignatures({ id, section, signatures, automatique, confirmer, renoncer, zoneRef }: Props) {
  const lesquelles = signatures.nombre > 1 ? "les signatures" : "la signature";
  return (
    <div
      ref={zoneRef}
      tabIndex={-1}
      role="group"
      aria-labelledby={`${id}-titre`}
      aria-describedby={`${id}-texte`}
      className={fr.cx("fr-alert", "fr-alert--warning", "fr-mb-2w")}
    >
      <h3 id={`${id}-titre`} className={fr.cx("fr-alert__title")}>
        Enregistrer et annuler {lesquelles}&nbsp;?
      </h3>
      <p id={`${id}-texte`}>
        {automatique ? `Vous quittez la section « ${section} » avec des changements. ` : ""}
        Cette candidature est {signatures.resume}. Enregistrer la section « {section} » annule{" "}
        {signatures.nombre > 1 ? "ces signatures" : "cette signature"} : {signatures.consequence}{" "}
        le contenu à jour.
      </p>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left", "fr-mt-2w", "fr-mb-0")}>
        <li>
          <Button type="button" iconId="fr-icon-save-line" onClick={confirmer}>
            Enregistrer et annuler {lesquelles}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" iconId="fr-icon-arrow-go-back-line" onClick={renoncer}>
            Ne pas enregistrer pour l&apos;instant
          </Button>
        </li>
      </ul>
    </div>
  );
}
