"use client";

// Écrire un message : le texte et la visibilité sont validés par le schéma zod du cas d'usage (chargé
// à la première validation), les fichiers par un premier contrôle du nombre et de la taille ; le
// serveur revérifie tout (type reconnu par le contenu, antivirus). L'envoi est un formulaire
// multipart vers POST /api/candidatures/:id/messages (les actions serveur bornent le corps à 1 Mo).
import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import { formaterTaille, TAILLE_MAX_OCTETS } from "@/lib/fichiers/type-fichier";
import { formaterNombre } from "@/lib/format/nombres";
import type { VisibiliteMessage } from "@/lib/generated/prisma/enums";
import type { MessageEntree } from "@/lib/messages/ecrire-message.schema";
import { AIDES_VISIBILITE, LIBELLES_VISIBILITE } from "@/lib/messages/libelles";

// Repris du schéma (ecrire-message.schema.ts), qui n'est chargé qu'à la première validation.
const LONGUEUR_MAX = 5_000;
const FICHIERS_MAX = 5;
const FORMATS_ACCEPTES = ".pdf,.odt,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg";

const resolver = resolveurDiffere(() => import("@/lib/messages/ecrire-message.schema").then((m) => m.messageSchema), { raw: true });

type Reponse = { ok: boolean; code?: string; message?: string; fieldErrors?: Record<string, string[]> };

function erreurFichiers(fichiers: File[]): string | null {
  if (fichiers.length > FICHIERS_MAX) return `Joignez ${FICHIERS_MAX} fichiers au plus à un message (vous en avez choisi ${fichiers.length}).`;
  const trop = fichiers.find((f) => f.size > TAILLE_MAX_OCTETS);
  return trop ? `« ${trop.name} » dépasse 20\u00a0Mo (il fait ${formaterTaille(trop.size)}).` : null;
}

export function FormulaireMessage({ candidatureId, visibilites }: { candidatureId: string; visibilites: VisibiliteMessage[] }) {
  const id = useId();
  const router = useRouter();
  const champFichiers = useRef<HTMLInputElement>(null);
  const [fichiers, setFichiers] = useState<File[]>([]);
  const [erreurPj, setErreurPj] = useState<string | null>(null);
  const [retour, setRetour] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<MessageEntree>({ resolver, defaultValues: { candidatureId, visibilite: visibilites[0], contenu: "" } });
  const { register, handleSubmit, setError, reset, formState, control } = form;
  const { errors, isSubmitting } = formState;
  const contenu = useWatch({ control, name: "contenu" }) ?? "";

  async function envoyer(valeurs: MessageEntree) {
    setRetour(null);
    const refus = erreurFichiers(fichiers);
    setErreurPj(refus);
    if (refus) {
      champFichiers.current?.focus();
      return;
    }
    const corps = new FormData();
    corps.set("contenu", valeurs.contenu);
    corps.set("visibilite", valeurs.visibilite);
    for (const f of fichiers) corps.append("fichiers", f);
    let r: Reponse;
    try {
      const reponse = await fetch(`/api/candidatures/${candidatureId}/messages`, { method: "POST", body: corps });
      r = (await reponse.json()) as Reponse;
    } catch {
      r = { ok: false, message: "L'envoi a échoué (connexion interrompue). Vérifiez votre connexion, puis réessayez : votre message est conservé." };
    }
    if (r.ok) {
      reset({ candidatureId, visibilite: valeurs.visibilite, contenu: "" });
      setFichiers([]);
      if (champFichiers.current) champFichiers.current.value = "";
      setRetour({ ok: true, message: `Message envoyé (lecteurs : ${LIBELLES_VISIBILITE[valeurs.visibilite]}).` });
      router.refresh();
      return;
    }
    if (r.fieldErrors?.contenu) setError("contenu", { message: r.fieldErrors.contenu[0] }, { shouldFocus: true });
    else if (r.fieldErrors?.visibilite) setError("visibilite", { message: r.fieldErrors.visibilite[0] });
    if (r.fieldErrors?.piecesJointes) setErreurPj(r.fieldErrors.piecesJointes[0]!);
    setRetour({ ok: false, message: r.message ?? "Une erreur est survenue. Réessayez dans quelques instants." });
  }

  const compteur = `${formaterNombre(contenu.length)} sur ${formaterNombre(LONGUEUR_MAX)} caractères.`;
  return (
    <form onSubmit={(e) => void handleSubmit(envoyer)(e)} noValidate aria-labelledby={`${id}-titre`} className={fr.cx("fr-mt-3w")}>
      <h3 id={`${id}-titre`} className={fr.cx("fr-h6")}>
        Écrire un message
      </h3>
      <div aria-live="polite">
        {retour && <Alert small severity={retour.ok ? "success" : "error"} description={retour.message} className={fr.cx("fr-mb-2w")} />}
      </div>
      {visibilites.length > 1 ? (
        <RadioButtons
          legend="Qui pourra lire ce message ?"
          name={`${id}-visibilite`}
          state={errors.visibilite ? "error" : "default"}
          stateRelatedMessage={errors.visibilite?.message}
          options={visibilites.map((v) => ({
            label: LIBELLES_VISIBILITE[v],
            hintText: AIDES_VISIBILITE[v],
            nativeInputProps: { ...register("visibilite"), value: v },
          }))}
        />
      ) : (
        <p className={fr.cx("fr-text--sm")}>
          Lecteurs de votre message : {LIBELLES_VISIBILITE[visibilites[0]!]}. {AIDES_VISIBILITE[visibilites[0]!]}
        </p>
      )}
      <Input
        label="Votre message"
        hintText={`Obligatoire, ${formaterNombre(LONGUEUR_MAX)} caractères au plus.`}
        textArea
        state={errors.contenu ? "error" : "default"}
        stateRelatedMessage={errors.contenu?.message}
        nativeTextAreaProps={{ rows: 5, "aria-invalid": errors.contenu ? true : undefined, "aria-describedby": `${id}-compteur`, ...register("contenu") }}
      />
      <p id={`${id}-compteur`} className={fr.cx("fr-hint-text", "fr-mt-n2w", "fr-mb-3w")} style={contenu.length > LONGUEUR_MAX ? { color: "var(--text-default-error)" } : undefined}>
        {compteur}
      </p>
      <div className={fr.cx("fr-upload-group", "fr-mb-3w", erreurPj ? "fr-input-group--error" : undefined)}>
        <label className={fr.cx("fr-label")} htmlFor={`${id}-fichiers`}>
          Pièces jointes (facultatif)
          <span className={fr.cx("fr-hint-text")}>
            {FICHIERS_MAX} fichiers au plus : PDF, ODT, DOCX, PNG ou JPEG, 20 Mo chacun. Le type est vérifié d&apos;après le contenu du fichier.
          </span>
        </label>
        <input
          ref={champFichiers}
          id={`${id}-fichiers`}
          className={fr.cx("fr-upload")}
          type="file"
          multiple
          accept={FORMATS_ACCEPTES}
          aria-describedby={erreurPj ? `${id}-erreur-fichiers` : undefined}
          aria-invalid={erreurPj ? true : undefined}
          onChange={(e) => {
            const choisis = Array.from(e.target.files ?? []);
            setFichiers(choisis);
            setErreurPj(erreurFichiers(choisis));
          }}
        />
        {erreurPj && (
          <p id={`${id}-erreur-fichiers`} className={fr.cx("fr-error-text")}>
            {erreurPj}
          </p>
        )}
      </div>
      <Button type="submit" iconId="fr-icon-send-plane-fill" iconPosition="left" disabled={isSubmitting}>
        {isSubmitting ? "Envoi en cours…" : "Envoyer le message"}
      </Button>
    </form>
  );
}
