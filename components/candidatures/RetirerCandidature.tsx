"use client";

// Retirer la candidature (issue 11, partie 3) : le bouton ouvre, à sa place, une confirmation en
// ligne avec le motif obligatoire (même schéma zod que le cas d'usage, chargé à la première
// validation). Le titre reçoit le focus ; « Annuler » le rend au bouton. Qui peut retirer est décidé
// par lib/candidatures/retrait.ts : ce composant n'est rendu que pour ces personnes.
import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { RetirerCandidatureEntree } from "@/lib/candidatures/retirer-candidature.schema";
import type { ResultatAction } from "@/lib/errors";

type Props = {
  candidatureId: string;
  reference: string;
  retirer: (entree: unknown) => Promise<ResultatAction<unknown>>;
};

const resolver = resolveurDiffere(() => import("@/lib/candidatures/retirer-candidature.schema").then((m) => m.retirerCandidatureSchema), { raw: true });

function Confirmation({ candidatureId, reference, retirer, annuler }: Props & { annuler: () => void }) {
  const id = useId();
  const router = useRouter();
  const titreRef = useRef<HTMLParagraphElement>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<RetirerCandidatureEntree>({ resolver, defaultValues: { candidatureId, motif: "" } });
  const { errors, isSubmitting } = formState;
  useEffect(() => titreRef.current?.focus(), []);

  const envoyer = handleSubmit(async (valeurs) => {
    setErreur(null);
    const r = await retirer(valeurs);
    if (r.ok) {
      router.push(`/candidatures/${candidatureId}?retrait=ok`);
      router.refresh();
      return;
    }
    if (r.fieldErrors?.motif) setError("motif", { message: r.fieldErrors.motif[0] }, { shouldFocus: true });
    else setErreur(r.message);
    // Retirée entre-temps par l'autre partie : la fiche le montre.
    if (r.code === "CONFLIT" || r.code === "ETAT_INCOMPATIBLE") router.refresh();
  });

  return (
    <form onSubmit={envoyer} noValidate aria-labelledby={`${id}-titre`} className={fr.cx("fr-callout", "fr-mb-3w")}>
      <p id={`${id}-titre`} ref={titreRef} tabIndex={-1} className={fr.cx("fr-callout__title")}>
        Retirer la candidature {reference} ?
      </p>
      <div className={fr.cx("fr-callout__text", "fr-mb-2w")}>
        <p className={fr.cx("fr-mb-1w")}>
          Le retrait est définitif : la candidature est close, elle ne peut plus être signée, déposée ni instruite. L&apos;autre partie
          reçoit le motif par courriel. La collectivité pourra ensuite préparer une nouvelle candidature.
        </p>
      </div>
      <div aria-live="polite">{erreur && <Alert severity="error" small description={erreur} className={fr.cx("fr-mb-2w")} />}</div>
      <Input
        label="Motif du retrait"
        hintText="Obligatoire, 2 000 caractères au plus. Il est transmis à l'autre partie et reste sur la fiche."
        state={errors.motif ? "error" : "default"}
        stateRelatedMessage={errors.motif?.message}
        textArea
        nativeTextAreaProps={{ rows: 4, "aria-invalid": errors.motif ? true : undefined, ...register("motif") }}
      />
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left")}>
        <li>
          <Button type="submit" iconId="fr-icon-close-circle-line" disabled={isSubmitting}>
            {isSubmitting ? "Retrait en cours…" : "Confirmer le retrait"}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" disabled={isSubmitting} onClick={annuler}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}

export function RetirerCandidature(props: Props) {
  const [ouvert, setOuvert] = useState(false);
  const boutonRef = useRef<HTMLButtonElement>(null);
  if (ouvert) {
    return (
      <Confirmation
        {...props}
        annuler={() => {
          setOuvert(false);
          requestAnimationFrame(() => boutonRef.current?.focus());
        }}
      />
    );
  }
  return (
    <p className={fr.cx("fr-mb-4w")}>
      <Button ref={boutonRef} type="button" priority="tertiary" size="small" iconId="fr-icon-close-circle-line" iconPosition="left" onClick={() => setOuvert(true)}>
        Retirer la candidature
      </Button>
    </p>
  );
}
