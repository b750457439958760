"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { ActionServeur } from "@/components/organisations/types";
import type { ModifierOrganisationEntree } from "@/lib/organisations/organisations.schema";

type Retour = { type: "success" | "error"; titre: string; texte: string };
const CHAMPS = ["nom", "courriel", "siret"] as const;
const resolver = resolveurDiffere(() => import("@/lib/organisations/organisations.schema").then((m) => m.modifierOrganisationSchema), { raw: true });

/** Coordonnées modifiables par un administrateur de la DGALN : nom (hors référentiel), courriel, SIRET. */
export function FormulaireOrganisation({
  valeurs,
  nomModifiable,
  action,
}: {
  valeurs: ModifierOrganisationEntree;
  nomModifiable: boolean;
  action: ActionServeur<{ modifications: string[] }>;
}) {
  const router = useRouter();
  const [retour, setRetour] = useState<Retour | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<ModifierOrganisationEntree>({
    resolver,
    values: valeurs,
  });
  const { errors, isSubmitting } = formState;

  const enregistrer = handleSubmit(async (saisie) => {
    setRetour(null);
    const resultat = await action(saisie);
    if (resultat.ok) {
      const n = resultat.data.modifications.length;
      setRetour({ type: "success", titre: n ? "Modifications enregistrées" : "Aucune modification", texte: n ? "Les coordonnées de l'organisation sont à jour." : "Les valeurs saisies sont déjà celles de l'organisation." });
      router.refresh();
      return;
    }
    for (const [champ, messages] of Object.entries(resultat.fieldErrors ?? {})) {
      const connu = CHAMPS.find((c) => c === champ);
      if (connu) setError(connu, { message: messages[0] }, { shouldFocus: true });
    }
    setRetour({ type: "error", titre: "Les modifications n'ont pas été enregistrées", texte: resultat.message });
  });

  const etat = (champ: (typeof CHAMPS)[number]) => ({
    state: errors[champ] ? ("error" as const) : ("default" as const),
    stateRelatedMessage: errors[champ]?.message,
  });

  return (
    <form onSubmit={enregistrer} noValidate aria-labelledby="titre-coordonnees">
      <h2 id="titre-coordonnees" className={fr.cx("fr-h4")}>
        Modifier les coordonnées
      </h2>
      <div aria-live="polite">
        {retour && <Alert severity={retour.type} title={retour.titre} description={retour.texte} className={fr.cx("fr-mb-3w")} />}
      </div>
      {nomModifiable ? (
        <Input label="Nom" {...etat("nom")} nativeInputProps={register("nom")} />
      ) : (
        <>
          <input type="hidden" {...register("nom")} />
          <p className={fr.cx("fr-text--sm")}>
            Le nom et les codes de cette organisation viennent du référentiel (Code officiel géographique de
            l&apos;INSEE, liste des services de l&apos;État) et sont mis à jour à chaque import : ils ne se modifient pas ici.
          </p>
        </>
      )}
      <Input
        label="Adresse électronique de contact (facultatif)"
        hintText="Adresse générique de l'organisation, par exemple contact@mairie.fr"
        {...etat("courriel")}
        nativeInputProps={{ type: "email", autoComplete: "off", spellCheck: false, ...register("courriel") }}
      />
      <Input
        label="SIRET (facultatif)"
        hintText="14 chiffres : le SIREN puis le numéro de l'établissement, espaces acceptées"
        {...etat("siret")}
        nativeInputProps={{ inputMode: "numeric", autoComplete: "off", ...register("siret") }}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Enregistrement…" : "Enregistrer"}
      </Button>
    </form>
  );
}
