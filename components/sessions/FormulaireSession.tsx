"use client";

// Créer ou modifier une session nationale (administrateurs DGALN). Le schéma est celui du serveur
// (lib/sessions/session.schema.ts), chargé à la première validation ; le serveur revérifie tout.
// La grille d'évaluation : critères ajoutés ou retirés, total des poids affiché en direct.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch, type FieldPath } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { erreurDe } from "@/components/candidatures/erreurs-formulaire";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { ActionServeur } from "@/components/organisations/types";
import type { SessionEntree } from "@/lib/sessions/session.schema";

const resolver = resolveurDiffere(() => import("@/lib/sessions/session.schema").then((m) => m.sessionSchema), { raw: true });

const PIECES: { valeur: SessionEntree["piecesRequises"][number]; libelle: string }[] = [
  { valeur: "note_opportunite", libelle: "Note d'opportunité valant candidature" },
  { valeur: "courrier_soutien_collectivite", libelle: "Courrier de soutien de la ou des collectivités" },
  { valeur: "courrier_soutien_prefet", libelle: "Courrier de soutien du préfet ou du sous-préfet" },
  { valeur: "courrier_engagement_etat", libelle: "Courrier d'engagement du service de l'État" },
];
const CRITERES_MAX = 12;

type Props = {
  valeurs: SessionEntree;
  grilleModifiable: boolean;
  action: ActionServeur<{ sessionId: string; creee: boolean }>;
};

export function FormulaireSession({ valeurs, grilleModifiable, action }: Props) {
  const router = useRouter();
  const [retour, setRetour] = useState<{ type: "success" | "error"; titre: string; texte: string } | null>(null);
  const { register, handleSubmit, control, setError, formState } = useForm<SessionEntree>({ resolver, values: valeurs });
  const { errors, isSubmitting } = formState;
  const { fields, append, remove } = useFieldArray({ control, name: "criteres" });
  const criteres = useWatch({ control, name: "criteres" });
  const total = (criteres ?? []).reduce((t, c) => t + (Number(c?.poids) || 0), 0);
  const creation = !valeurs.sessionId;

  const etat = (champ: FieldPath<SessionEntree>) => {
    const message = erreurDe(errors, champ);
    return { state: message ? ("error" as const) : ("default" as const), stateRelatedMessage: message };
  };

  const enregistrer = handleSubmit(async (saisie) => {
    setRetour(null);
    const r = await action(saisie);
    if (r.ok) {
      if (r.data.creee) {
        router.push(`/admin/sessions/${r.data.sessionId}?creee=1`);
        return;
      }
      setRetour({ type: "success", titre: "Session enregistrée", texte: "Les modifications sont enregistrées et visibles sur la page publique de la session." });
      router.refresh();
      return;
    }
    for (const [champ, messages] of Object.entries(r.fieldErrors ?? {})) setError(champ as FieldPath<SessionEntree>, { message: messages[0] });
    setRetour({ type: "error", titre: "La session n'a pas été enregistrée", texte: r.message });
  });

  const erreurGrille = erreurDe(errors, "criteres");
  return (
    <form onSubmit={enregistrer} noValidate aria-labelledby="titre-formulaire-session">
      <h2 id="titre-formulaire-session" className={fr.cx("fr-h4")}>
        {creation ? "Nouvelle session" : "Modifier la session"}
      </h2>
      <div aria-live="polite">{retour && <Alert severity={retour.type} title={retour.titre} description={retour.texte} className={fr.cx("fr-mb-3w")} />}</div>
      <Input label="Thème" hintText="Il donne son nom à la session, par exemple « Habiter les territoires en transition »." {...etat("theme")} nativeInputProps={register("theme")} />
      <Input label="Description" hintText="Ce que la session cherche et à qui elle s'adresse : elle figure sur la page publique." textArea {...etat("description")} nativeTextAreaProps={{ rows: 6, ...register("description") }} />
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <Input label="Ouverture (heure de Paris)" hintText="Jour et heure à partir desquels on peut déposer." {...etat("ouvertureLe")} nativeInputProps={{ type: "datetime-local", ...register("ouvertureLe") }} />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <Input label="Clôture (heure de Paris)" hintText="Dernier instant de dépôt : la session se ferme d'elle-même à cette heure." {...etat("clotureLe")} nativeInputProps={{ type: "datetime-local", ...register("clotureLe") }} />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <Input label="Date de sélection (facultative)" {...etat("selectionLe")} nativeInputProps={{ type: "date", ...register("selectionLe") }} />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <Input label="Nombre de lauréats (facultatif)" {...etat("quotaLaureats")} nativeInputProps={{ inputMode: "numeric", ...register("quotaLaureats") }} />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <Input label="Budget en euros (facultatif)" {...etat("budgetEuros")} nativeInputProps={{ inputMode: "numeric", ...register("budgetEuros") }} />
        </div>
      </div>
      <Checkbox
        legend="Pièces exigées des candidatures"
        state={errors.piecesRequises ? "error" : "default"}
        stateRelatedMessage={erreurDe(errors, "piecesRequises")}
        options={PIECES.map((p) => ({ label: p.libelle, nativeInputProps: { value: p.valeur, ...register("piecesRequises") } }))}
      />
      <fieldset className={fr.cx("fr-fieldset", erreurGrille ? "fr-fieldset--error" : undefined)} aria-labelledby="legende-grille" disabled={!grilleModifiable}>
        <legend id="legende-grille" className={fr.cx("fr-fieldset__legend")}>
          Grille d&apos;évaluation
          <span className={fr.cx("fr-hint-text")}>
            {grilleModifiable
              ? "Chaque juré note chaque critère de 0 à 5 ; la note finale est la moyenne pondérée. Les poids font 100 % au total."
              : "La session est ouverte : la grille ne se modifie plus."}
          </span>
        </legend>
        {fields.map((champ, i) => (
          <div key={champ.id} className={fr.cx("fr-fieldset__element")}>
            <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
              <div className={fr.cx("fr-col-12", "fr-col-md-8")}>
                <Input label={`Critère ${i + 1} : intitulé`} {...etat(`criteres.${i}.libelle`)} nativeInputProps={register(`criteres.${i}.libelle`)} />
              </div>
              <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
                <Input label={`Critère ${i + 1} : poids (%)`} {...etat(`criteres.${i}.poids`)} nativeInputProps={{ inputMode: "numeric", ...register(`criteres.${i}.poids`) }} />
              </div>
              <div className={fr.cx("fr-col-12")}>
                <Input label={`Critère ${i + 1} : aide au juré (facultative)`} {...etat(`criteres.${i}.description`)} nativeInputProps={register(`criteres.${i}.description`)} />
              </div>
            </div>
            {grilleModifiable && fields.length > 1 && (
              <Button type="button" priority="tertiary" size="small" iconId="fr-icon-delete-line" iconPosition="left" onClick={() => remove(i)}>
                Retirer le critère {i + 1}
              </Button>
            )}
          </div>
        ))}
        <div className={fr.cx("fr-fieldset__element")}>
          <p aria-live="polite" className={fr.cx("fr-text--bold")}>
            Total des poids : {total} %{total === 100 ? "" : ` (il doit faire 100 %)`}
          </p>
          {erreurGrille && (
            <p className={fr.cx("fr-message", "fr-message--error")} role="alert">
              {erreurGrille}
            </p>
          )}
          {grilleModifiable && fields.length < CRITERES_MAX && (
            <Button type="button" priority="secondary" size="small" iconId="fr-icon-add-line" iconPosition="left" onClick={() => append({ libelle: "", description: "", poids: "" })}>
              Ajouter un critère
            </Button>
          )}
        </div>
      </fieldset>
      <Button type="submit" disabled={isSubmitting} iconId="fr-icon-save-line" iconPosition="left">
        {isSubmitting ? "Enregistrement…" : creation ? "Créer la session (en préparation)" : "Enregistrer"}
      </Button>
    </form>
  );
}
