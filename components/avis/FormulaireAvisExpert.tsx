"use client";

// Rendre son avis d'expert : sens (favorable, réservé, défavorable) et texte, tous deux obligatoires.
// Même schéma zod que le cas d'usage ; un refus du serveur (échéance passée, demande annulée) s'affiche
// en tête du formulaire et la page se recharge pour montrer l'état à jour.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { RendreAvisEntree } from "@/lib/avis/avis.schema";
import type { ResultatAction } from "@/lib/errors";
import { LIBELLES_SENS_AVIS } from "./libelles";

type Props = { demandeId: string; rendre: (entree: unknown) => Promise<ResultatAction<unknown>> };

const resolver = resolveurDiffere(() => import("@/lib/avis/avis.schema").then((m) => m.rendreAvisSchema), { raw: true });
const SENS = ["favorable", "reserve", "defavorable"] as const;

export function FormulaireAvisExpert({ demandeId, rendre }: Props) {
  const id = useId();
  const router = useRouter();
  const [erreur, setErreur] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<RendreAvisEntree>({ resolver, defaultValues: { demandeId, avis: "" } });
  const { errors, isSubmitting } = formState;

  const envoyer = handleSubmit(async (valeurs) => {
    setErreur(null);
    const r = await rendre(valeurs);
    if (r.ok) {
      router.push(`/mes-avis/${demandeId}?avis=ok`);
      router.refresh();
      return;
    }
    if (r.fieldErrors?.sens) setError("sens", { message: r.fieldErrors.sens[0] }, { shouldFocus: true });
    else if (r.fieldErrors?.avis) setError("avis", { message: r.fieldErrors.avis[0] }, { shouldFocus: true });
    else setErreur(r.message);
  });

  return (
    <form onSubmit={envoyer} noValidate aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`} className={fr.cx("fr-h4")}>
        Votre avis
      </h2>
      <div aria-live="polite">{erreur && <Alert severity="error" small description={erreur} className={fr.cx("fr-mb-2w")} />}</div>
      <RadioButtons
        legend="Sens de l'avis"
        state={errors.sens ? "error" : "default"}
        stateRelatedMessage={errors.sens?.message}
        options={SENS.map((s) => ({ label: LIBELLES_SENS_AVIS[s], nativeInputProps: { value: s, ...register("sens") } }))}
      />
      <Input
        label="Avis motivé"
        hintText="Obligatoire, 10 000 caractères au plus. Une fois envoyé, l'avis ne peut plus être modifié."
        textArea
        state={errors.avis ? "error" : "default"}
        stateRelatedMessage={errors.avis?.message}
        nativeTextAreaProps={{ rows: 8, maxLength: 10_000, "aria-invalid": errors.avis ? true : undefined, ...register("avis") }}
      />
      <Button type="submit" iconId="fr-icon-send-plane-line" iconPosition="left" disabled={isSubmitting}>
        {isSubmitting ? "Envoi…" : "Envoyer mon avis"}
      </Button>
    </form>
  );
}
