"use client";

// Inviter le signataire de l'autre partie quand elle n'en a aucun sur la plateforme (issue 9, point 4).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { InviterSignataireEntree } from "@/lib/candidatures/inviter-signataire.schema";
import type { ResultatAction } from "@/lib/errors";
import type { PartieSignataire } from "@/lib/generated/prisma/enums";

type Retour = { type: "success" | "warning" | "error"; titre: string; texte: string };
type Envoyee = { email: string; remplacees: number; courrielEnvoye: boolean; organisation: string };

const resolver = resolveurDiffere(() => import("@/lib/candidatures/inviter-signataire.schema").then((m) => m.inviterSignataireSchema), { raw: true });

export function InviterSignataire({
  candidatureId,
  partie,
  organisation,
  inviter,
}: {
  candidatureId: string;
  partie: PartieSignataire;
  organisation: string;
  inviter: (entree: unknown) => Promise<ResultatAction<Envoyee>>;
}) {
  const router = useRouter();
  const [retour, setRetour] = useState<Retour | null>(null);
  const initiales: InviterSignataireEntree = { candidatureId, partie, email: "" };
  const { register, handleSubmit, reset, setError, formState } = useForm<InviterSignataireEntree>({
    resolver,
    defaultValues: initiales,
  });
  const { errors, isSubmitting } = formState;
  const idTitre = `inviter-signataire-${partie}`;

  const envoyer = handleSubmit(async (valeurs) => {
    setRetour(null);
    const r = await inviter(valeurs);
    if (r.ok) {
      const { email, courrielEnvoye, remplacees } = r.data;
      setRetour(
        courrielEnvoye
          ? {
              type: "success",
              titre: "Invitation envoyée",
              texte: `${email} a reçu un lien pour rejoindre ${organisation} comme signataire, valable 7 jours${remplacees ? " (il remplace l'invitation précédente)" : ""}. Une fois son compte ouvert, cette personne pourra relire et signer la candidature.`,
            }
          : { type: "warning", titre: "Invitation enregistrée, courriel non parti", texte: `Le courriel destiné à ${email} n'a pas pu être envoyé : réessayez dans quelques minutes.` },
      );
      reset(initiales);
      router.refresh();
      return;
    }
    if (r.fieldErrors?.email) setError("email", { message: r.fieldErrors.email[0] }, { shouldFocus: true });
    else setRetour({ type: "error", titre: "L'invitation n'a pas été envoyée", texte: r.message });
  });

  return (
    <form onSubmit={envoyer} noValidate aria-labelledby={idTitre} className={fr.cx("fr-mb-4w")}>
      <h2 id={idTitre} className={fr.cx("fr-h5")}>
        Inviter un signataire pour {organisation}
      </h2>
      <p className={fr.cx("fr-text--sm")}>
        {organisation} n&apos;a encore aucun signataire sur la plateforme : sans lui, la candidature ne peut pas être signée. Indiquez
        l&apos;adresse de la personne qui signera (élu ou signataire délégué pour une collectivité, signataire habilité pour un service
        de l&apos;État) : elle recevra un lien d&apos;invitation et rejoindra {organisation} avec le rôle de signataire.
      </p>
      <div aria-live="polite">{retour && <Alert severity={retour.type} title={retour.titre} description={retour.texte} className={fr.cx("fr-mb-3w")} />}</div>
      <Input
        label="Adresse électronique du signataire"
        hintText="Format attendu : prenom.nom@domaine.fr"
        state={errors.email ? "error" : "default"}
        stateRelatedMessage={errors.email?.message}
        nativeInputProps={{ type: "email", autoComplete: "off", spellCheck: false, ...register("email") }}
      />
      <Button type="submit" iconId="fr-icon-mail-line" iconPosition="left" disabled={isSubmitting}>
        {isSubmitting ? "Envoi en cours…" : "Envoyer l'invitation"}
      </Button>
    </form>
  );
}
