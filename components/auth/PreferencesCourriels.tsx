"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { ActionServeur } from "@/components/organisations/types";
import type { FrequenceCourriels } from "@/lib/generated/prisma/enums";
import type { PreferencesCourrielsEntree } from "@/lib/notifications/notifications.schema";

const resolver = resolveurDiffere(() => import("@/lib/notifications/notifications.schema").then((m) => m.preferencesCourrielsSchema), { raw: true });

const CHOIX: Record<FrequenceCourriels, { libelle: string; aide: string }> = {
  immediat: { libelle: "À chaque événement", aide: "Un courriel dès qu'une signature, un dépôt, une décision ou un message vous concerne." },
  quotidien: { libelle: "Un résumé quotidien à 8 h", aide: "Un seul courriel chaque matin (heure de Paris), s'il s'est passé quelque chose la veille." },
};

const CONFIRMATIONS: Record<FrequenceCourriels, string> = {
  immediat: "Vous recevrez désormais un courriel à chaque événement.",
  quotidien: "Vous recevrez désormais un résumé quotidien à 8 h (heure de Paris).",
};

/** « Recevoir les courriels » : à chaque événement ou en résumé quotidien ; la cloche garde tout dans les deux cas. */
export function PreferencesCourriels({ frequence, action }: { frequence: FrequenceCourriels; action: ActionServeur<{ frequenceCourriels: FrequenceCourriels }> }) {
  const router = useRouter();
  const [retour, setRetour] = useState<{ type: "success" | "error"; texte: string } | null>(null);
  const { register, handleSubmit, formState, reset } = useForm<PreferencesCourrielsEntree>({ resolver, defaultValues: { frequenceCourriels: frequence } });
  const { errors, isSubmitting, isDirty } = formState;

  const envoyer = handleSubmit(async (valeurs) => {
    setRetour(null);
    const resultat = await action(valeurs);
    if (resultat.ok) {
      setRetour({ type: "success", texte: CONFIRMATIONS[resultat.data.frequenceCourriels] });
      reset({ frequenceCourriels: resultat.data.frequenceCourriels });
      router.refresh();
    } else {
      setRetour({ type: "error", texte: resultat.fieldErrors?.frequenceCourriels?.[0] ?? resultat.message });
    }
  });

  return (
    <form onSubmit={envoyer} noValidate>
      <RadioButtons
        legend="Recevoir les courriels"
        hintText="Toutes vos notifications restent visibles sous la cloche de l'en-tête, quel que soit votre choix."
        name="frequenceCourriels"
        state={errors.frequenceCourriels ? "error" : "default"}
        stateRelatedMessage={errors.frequenceCourriels?.message}
        options={(Object.keys(CHOIX) as FrequenceCourriels[]).map((valeur) => ({
          label: CHOIX[valeur].libelle,
          hintText: CHOIX[valeur].aide,
          nativeInputProps: { value: valeur, ...register("frequenceCourriels") },
        }))}
      />
      <div aria-live="polite">
        {retour && (
          <Alert
            severity={retour.type}
            small
            description={retour.type === "success" ? `Préférence enregistrée. ${retour.texte}` : retour.texte}
            className={fr.cx("fr-mb-2w")}
          />
        )}
      </div>
      <Button type="submit" priority="secondary" disabled={isSubmitting || !isDirty}>
        {isSubmitting ? "Enregistrement…" : "Enregistrer ma préférence"}
      </Button>
    </form>
  );
}
