"use client";

// Demander un avis d'expert (DGALN) : à une collègue de la DGALN ou à un expert extérieur invité par
// courriel ; question et échéance obligatoires. Même schéma zod que le cas d'usage, chargé à la
// première validation ; les refus du serveur s'affichent sur leur champ.
import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { DemanderAvisEntree } from "@/lib/avis/avis.schema";
import type { ResultatAction } from "@/lib/errors";

type Props = {
  candidatureId: string;
  colleges: { id: string; nom: string }[];
  /** Demain (AAAA-MM-JJ, heure de Paris) : la première échéance possible. */
  demain: string;
  demander: (entree: unknown) => Promise<ResultatAction<{ exterieur: boolean }>>;
};

const resolver = resolveurDiffere(() => import("@/lib/avis/avis.schema").then((m) => m.demanderAvisSchema), { raw: true });
const CHAMPS = ["destinataire", "expertId", "email", "question", "echeance"] as const;

function Formulaire({ candidatureId, colleges, demain, demander, fermer }: Props & { fermer: (succes?: string) => void }) {
  const id = useId();
  const router = useRouter();
  const [erreur, setErreur] = useState<string | null>(null);
  const { register, handleSubmit, setError, control, formState } = useForm<DemanderAvisEntree>({
    resolver,
    defaultValues: { candidatureId, destinataire: "exterieur", expertId: "", email: "", question: "", echeance: "" },
  });
  const { errors, isSubmitting } = formState;
  const destinataire = useWatch({ control, name: "destinataire" });

  const envoyer = handleSubmit(async (valeurs) => {
    setErreur(null);
    const r = await demander(valeurs);
    if (r.ok) {
      fermer(r.data.exterieur ? "La demande est envoyée : l'expert a reçu par courriel un lien personnel vers la candidature." : "La demande est envoyée : votre collègue est prévenu.");
      router.refresh();
      return;
    }
    const champ = CHAMPS.find((c) => r.fieldErrors?.[c]);
    if (champ) setError(champ, { message: r.fieldErrors![champ]![0] }, { shouldFocus: true });
    else setErreur(r.message);
  });

  return (
    <form onSubmit={envoyer} noValidate aria-labelledby={`${id}-titre`} className={fr.cx("fr-p-3w", "fr-mb-3w")} style={{ border: "1px solid var(--border-default-grey)" }}>
      <h3 id={`${id}-titre`} className={fr.cx("fr-h6")}>
        Demander un avis d&apos;expert
      </h3>
      <div aria-live="polite">{erreur && <Alert severity="error" small description={erreur} className={fr.cx("fr-mb-2w")} />}</div>
      <RadioButtons
        legend="À qui demander l'avis ?"
        state={errors.destinataire ? "error" : "default"}
        stateRelatedMessage={errors.destinataire?.message}
        options={[
          { label: "Un expert extérieur", hintText: "Il reçoit par courriel un lien personnel vers cette seule candidature.", nativeInputProps: { value: "exterieur", ...register("destinataire") } },
          { label: "Une personne de la DGALN", nativeInputProps: { value: "dgaln", ...register("destinataire") } },
        ]}
      />
      {destinataire === "dgaln" ? (
        <Select
          label="Personne de la DGALN"
          state={errors.expertId ? "error" : "default"}
          stateRelatedMessage={errors.expertId?.message}
          nativeSelectProps={{ "aria-invalid": errors.expertId ? true : undefined, ...register("expertId") }}
        >
          <option value="">Choisir une personne</option>
          {colleges.map((c) => (
            <option key={c.id} value={c.id}>
              {c.nom}
            </option>
          ))}
        </Select>
      ) : (
        <Input
          label="Adresse électronique de l'expert"
          hintText="Format attendu : nom@exemple.fr"
          state={errors.email ? "error" : "default"}
          stateRelatedMessage={errors.email?.message}
          nativeInputProps={{ type: "email", autoComplete: "off", "aria-invalid": errors.email ? true : undefined, ...register("email") }}
        />
      )}
      <Input
        label="Question posée à l'expert"
        hintText="Obligatoire, 2 000 caractères au plus."
        textArea
        state={errors.question ? "error" : "default"}
        stateRelatedMessage={errors.question?.message}
        nativeTextAreaProps={{ rows: 4, maxLength: 2_000, "aria-invalid": errors.question ? true : undefined, ...register("question") }}
      />
      <Input
        label="Échéance"
        hintText="L'avis est attendu au plus tard ce jour-là (heure de Paris)."
        state={errors.echeance ? "error" : "default"}
        stateRelatedMessage={errors.echeance?.message}
        nativeInputProps={{ type: "date", min: demain, "aria-invalid": errors.echeance ? true : undefined, ...register("echeance") }}
      />
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm")}>
        <li>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Envoi…" : "Envoyer la demande"}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" disabled={isSubmitting} onClick={() => fermer()}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}

export function FormulaireDemandeAvis(props: Props) {
  const [ouvert, setOuvert] = useState(false);
  const [succes, setSucces] = useState<string | null>(null);
  const boutonRef = useRef<HTMLButtonElement>(null);
  if (ouvert) {
    return (
      <Formulaire
        {...props}
        fermer={(message) => {
          setSucces(message ?? null);
          setOuvert(false);
          requestAnimationFrame(() => boutonRef.current?.focus());
        }}
      />
    );
  }
  return (
    <div aria-live="polite">
      {succes && <Alert severity="success" small description={succes} className={fr.cx("fr-mb-2w")} />}
      <Button ref={boutonRef} type="button" priority="secondary" iconId="fr-icon-questionnaire-line" iconPosition="left" onClick={() => (setSucces(null), setOuvert(true))}>
        Demander un avis d&apos;expert
      </Button>
    </div>
  );
}
