"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { ResultatAction } from "@/lib/errors";
import type { AvisEtat, PartieSignataire } from "@/lib/generated/prisma/enums";
import { ConfirmationEnLigne } from "./ConfirmationEnLigne";
import { AVIS } from "./libelles";

type Props = {
  candidatureId: string;
  reference: string;
  hashContenu: string;
  parties: PartieSignataire[];
  /** Nom de l'organisation pour laquelle on signe, par partie. */
  organisations: Record<PartieSignataire, string>;
  signer: (entree: unknown) => Promise<ResultatAction<unknown>>;
};

const LIBELLES: Record<PartieSignataire, string> = {
  collectivite: "Signer pour la collectivité principale",
  etat: "Signer pour le service de l'État",
};

/** Signature du contenu relu : l'empreinte affichée est envoyée, le serveur refuse si le contenu a changé. */
export function FormulaireSignature({ candidatureId, reference, hashContenu, parties, organisations, signer }: Props) {
  const router = useRouter();
  const [partie, setPartie] = useState<PartieSignataire>(parties[0]!);
  const [avis, setAvis] = useState<AvisEtat | null>(null);
  const [avisTexte, setAvisTexte] = useState("");
  const [erreur, setErreur] = useState<{ message: string; champs: Record<string, string[]>; connexion: boolean } | null>(null);
  const [enCours, demarrer] = useTransition();
  const [confirmation, setConfirmation] = useState(false);
  const boutonRef = useRef<HTMLButtonElement>(null);

  function envoyer() {
    demarrer(async () => {
      const r = await signer({ candidatureId, hashContenu, partie, ...(partie === "etat" ? { avis: avis ?? undefined, avisTexte } : {}) });
      // La fiche annonce la signature enregistrée et la prochaine étape.
      if (r.ok) router.push(`/candidatures/${candidatureId}?signature=${partie}`);
      else {
        setConfirmation(false);
        setErreur({ message: r.message, champs: r.fieldErrors ?? {}, connexion: r.code === "NON_AUTHENTIFIE" });
      }
    });
  }

  if (confirmation) {
    return (
      <ConfirmationEnLigne
        titre={`Confirmez-vous votre signature pour ${organisations[partie]} ?`}
        libelleConfirmer="Confirmer la signature"
        libelleEnCours="Signature en cours…"
        iconId="fr-icon-edit-fill"
        enCours={enCours}
        onConfirmer={envoyer}
        onAnnuler={() => {
          setConfirmation(false);
          requestAnimationFrame(() => boutonRef.current?.focus());
        }}
      >
        <p>
          Vous signez la candidature {reference} telle qu&apos;elle est affichée sur cette page
          {partie === "etat" && avis ? `, avec un ${AVIS[avis].toLowerCase()}` : ""}. Toute modification ultérieure de son contenu
          annulera votre signature.
        </p>
      </ConfirmationEnLigne>
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setErreur(null);
        setConfirmation(true);
      }}
    >
      {erreur && (
        <Alert
          severity="error"
          className={fr.cx("fr-mb-3w")}
          title="La candidature n'a pas été signée"
          description={
            <>
              {erreur.message}
              {erreur.connexion && (
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
      {parties.length > 1 && (
        <RadioButtons
          legend="Vous signez pour"
          name="partie"
          options={parties.map((p) => ({ label: LIBELLES[p], nativeInputProps: { checked: partie === p, onChange: () => setPartie(p) } }))}
        />
      )}
      {partie === "etat" && (
        <>
          <RadioButtons
            legend="Avis du service de l'État"
            name="avis"
            state={erreur?.champs.avis ? "error" : "default"}
            stateRelatedMessage={erreur?.champs.avis?.join(" ")}
            options={(["favorable", "reserve"] as const).map((a) => ({ label: AVIS[a], nativeInputProps: { checked: avis === a, onChange: () => setAvis(a) } }))}
          />
          <Input
            label="Motivation de l'avis"
            hintText="Obligatoire pour un avis réservé : précisez vos réserves."
            textArea
            state={erreur?.champs.avisTexte ? "error" : "default"}
            stateRelatedMessage={erreur?.champs.avisTexte?.join(" ")}
            nativeTextAreaProps={{ value: avisTexte, onChange: (e) => setAvisTexte(e.target.value), rows: 4 }}
          />
        </>
      )}
      <Button ref={boutonRef} type="submit" disabled={enCours} iconId="fr-icon-edit-fill" iconPosition="left">
        {parties.length > 1 ? "Signer" : LIBELLES[partie]}
      </Button>
    </form>
  );
}
