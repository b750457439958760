"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { RoleAppartenance } from "@/lib/generated/prisma/enums";
import type { InviterMembreEntree } from "@/lib/organisations/organisations.schema";
import { DESCRIPTIONS_ROLES } from "@/lib/organisations/roles";
import { LIBELLES_ROLE } from "@/lib/auth/libelles";
import type { ActionServeur } from "./types";

type Retour = { type: "success" | "warning" | "error"; titre: string; texte: string };

const resolver = resolveurDiffere(() => import("@/lib/organisations/organisations.schema").then((m) => m.inviterMembreSchema), { raw: true });

/** Invitation d'une personne par courriel, avec l'un des rôles que l'utilisateur peut attribuer. */
export function FormulaireInvitation({
  organisationId,
  organisationNom,
  roles,
  action,
}: {
  organisationId: string;
  organisationNom: string;
  roles: RoleAppartenance[];
  action: ActionServeur<{ email: string; remplacees: number; courrielEnvoye: boolean }>;
}) {
  const router = useRouter();
  const [retour, setRetour] = useState<Retour | null>(null);
  const valeursInitiales: InviterMembreEntree = { organisationId, email: "", role: roles[0]! };
  const { register, handleSubmit, reset, setError, formState } = useForm<InviterMembreEntree>({
    resolver,
    defaultValues: valeursInitiales,
  });
  const { errors, isSubmitting } = formState;

  const envoyer = handleSubmit(async (valeurs) => {
    setRetour(null);
    const resultat = await action(valeurs);
    if (resultat.ok) {
      const { email, remplacees, courrielEnvoye } = resultat.data;
      setRetour(
        courrielEnvoye
          ? {
              type: "success",
              titre: "Invitation envoyée",
              texte: `${email} a reçu un courriel pour rejoindre ${organisationNom}. Le lien est valable 7 jours${remplacees ? " et remplace l'invitation précédente" : ""}.`,
            }
          : {
              type: "warning",
              titre: "Invitation enregistrée, courriel non parti",
              texte: `Le courriel destiné à ${email} n'a pas pu être envoyé. Réessayez dans quelques minutes : la nouvelle invitation remplacera celle-ci.`,
            },
      );
      reset(valeursInitiales);
      router.refresh();
      return;
    }
    const champs = Object.entries(resultat.fieldErrors ?? {});
    for (const [champ, messages] of champs) {
      if (champ === "email" || champ === "role") setError(champ, { message: messages[0] }, { shouldFocus: true });
    }
    if (champs.length === 0 || resultat.code !== "INVALIDE") setRetour({ type: "error", titre: "L'invitation n'a pas été envoyée", texte: resultat.message });
  });

  return (
    <form onSubmit={envoyer} noValidate aria-labelledby="titre-invitation">
      <h2 id="titre-invitation" className={fr.cx("fr-h4")}>
        Inviter une personne
      </h2>
      <p className={fr.cx("fr-text--sm")}>
        La personne reçoit un lien d&apos;invitation par courriel, valable 7 jours et utilisable une seule fois. Elle se
        connecte avec cette adresse pour rejoindre l&apos;organisation.
      </p>
      <div aria-live="polite">
        {retour && <Alert severity={retour.type} title={retour.titre} description={retour.texte} small={false} className={fr.cx("fr-mb-3w")} />}
      </div>
      <input type="hidden" {...register("organisationId")} />
      <Input
        label="Adresse électronique"
        hintText="Format attendu : prenom.nom@domaine.fr"
        state={errors.email ? "error" : "default"}
        stateRelatedMessage={errors.email?.message}
        nativeInputProps={{ type: "email", autoComplete: "off", spellCheck: false, ...register("email") }}
      />
      <Select
        label="Rôle"
        hint={roles.map((r) => `${LIBELLES_ROLE[r]} : ${DESCRIPTIONS_ROLES[r]}`).join(" ; ") + "."}
        state={errors.role ? "error" : "default"}
        stateRelatedMessage={errors.role?.message}
        nativeSelectProps={register("role")}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {LIBELLES_ROLE[r]}
          </option>
        ))}
      </Select>
      <Button type="submit" iconId="fr-icon-mail-line" iconPosition="left" disabled={isSubmitting}>
        {isSubmitting ? "Envoi en cours…" : "Envoyer l'invitation"}
      </Button>
    </form>
  );
}
