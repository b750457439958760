"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { DemandeLien } from "@/lib/auth/connexion.schema";

const resolver = resolveurDiffere(() => import("@/lib/auth/connexion.schema").then((m) => m.schemaDemandeLien));

/** Demande d'un lien de connexion : next-auth redirige ensuite vers « Consultez votre messagerie ». */
export function FormulaireLienConnexion({ callbackUrl, emailPropose = "" }: { callbackUrl: string; emailPropose?: string }) {
  const [envoi, setEnvoi] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<DemandeLien>({ resolver, defaultValues: { email: emailPropose } });

  const envoyer = handleSubmit(async ({ email }) => {
    setEnvoi(true);
    // Redirection complète : page de vérification, ou retour ici avec le message d'erreur.
    // Client next-auth chargé à l'envoi seulement (budget de JavaScript de la page, décision 020).
    const { signIn } = await import("next-auth/react");
    await signIn("email", { email, callbackUrl });
  });

  return (
    <form onSubmit={envoyer} noValidate aria-labelledby="titre-lien">
      <Input
        label="Adresse électronique"
        hintText="Format attendu : prenom.nom@exemple.fr"
        state={errors.email ? "error" : "default"}
        stateRelatedMessage={errors.email?.message}
        nativeInputProps={{
          ...register("email"),
          type: "email",
          autoComplete: "email",
          inputMode: "email",
          spellCheck: false,
          "aria-required": true,
          "aria-invalid": errors.email ? true : undefined,
        }}
      />
      <Button type="submit" disabled={envoi} className={fr.cx("fr-mt-1w")}>
        {envoi ? "Envoi en cours…" : "Recevoir un lien de connexion"}
      </Button>
    </form>
  );
}
