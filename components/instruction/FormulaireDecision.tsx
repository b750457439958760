"use client";

// Formulaire de décision de recevabilité (issue 11) : seules les décisions offertes à la personne
// (machine à états × politique) sont proposées ; le schéma zod du serveur valide aussi la saisie ici
// (chargé à la première validation) ; les erreurs du serveur reviennent champ par champ et la
// saisie reste en place ; une confirmation précède l'envoi, le bouton se désactive pendant l'envoi.
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { ConfirmationEnLigne } from "@/components/candidatures/ConfirmationEnLigne";
import { erreurDe } from "@/components/candidatures/erreurs-formulaire";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { ResultatAction } from "@/lib/errors";
import type { StatutCandidature } from "@/lib/generated/prisma/enums";
import type { DeciderEntree, DecisionInstruction } from "@/lib/instruction/decider.schema";
import type { DecisionOfferte } from "@/lib/instruction/transitions-offertes";

type Valeurs = { decision: DecisionInstruction | ""; motivation: string; points: { texte: string }[]; echeance: string };

type Props = {
  candidatureId: string;
  reference: string;
  statut: StatutCandidature;
  depotNumero: number;
  decisions: DecisionOfferte[];
  decider: (entree: unknown) => Promise<ResultatAction<{ type: string }>>;
};

const AIDES: Record<DecisionInstruction, string> = {
  declarer_recevable: "La candidature entre en instruction.",
  declarer_irrecevable: "Décision finale : une lettre motivée est envoyée aux deux parties.",
  demander_corrections: "Les porteurs corrigent, signent à nouveau et déposent de nouveau ; une lettre leur est envoyée.",
  retenir: "Décision finale : l'atelier est créé et une lettre motivée est envoyée aux deux parties.",
  ne_pas_retenir: "Décision finale : une lettre motivée est envoyée aux deux parties.",
};

const POINTS_MAX = 20;

const entreeDe = (candidatureId: string, statut: StatutCandidature, depotNumero: number, v: Valeurs): DeciderEntree => ({
  candidatureId,
  statutLu: statut,
  depotLu: depotNumero,
  decision: v.decision as DecisionInstruction,
  motivation: v.motivation,
  // Points et échéance ne partent qu'avec une demande de corrections (champs masqués sinon).
  ...(v.decision === "demander_corrections" ? { points: v.points.map((p) => p.texte), echeance: v.echeance } : {}),
});

/** Le chemin d'erreur du schéma (« points.1 ») dans les valeurs du formulaire (« points.1.texte »). */
const cheminFormulaire = (cle: string) => (/^points\.\d+$/.test(cle) ? `${cle}.texte` : cle);

export function FormulaireDecision({ candidatureId, reference, statut, depotNumero, decisions, decider }: Props) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState(false);
  const [enCours, demarrer] = useTransition();
  const boutonRef = useRef<HTMLButtonElement>(null);
  // Le schéma valide l'entrée du serveur ; ses erreurs sont ramenées aux champs du formulaire.
  const [resolver] = useState<Resolver<Valeurs>>(() => {
    const schema = resolveurDiffere(() => import("@/lib/instruction/decider.schema").then((m) => m.deciderSchema), { raw: true });
    const valider: Resolver<Valeurs> = async (valeurs, contexte, options) => {
      const r = await schema(entreeDe(candidatureId, statut, depotNumero, valeurs), contexte, options as never);
      const brutes = r.errors as Record<string, unknown>;
      if (Object.keys(brutes).length === 0) return { values: valeurs, errors: {} };
      const points = brutes.points;
      const errors = { ...brutes, ...(Array.isArray(points) ? { points: points.map((e) => (e ? { texte: e } : undefined)) } : {}) };
      return { values: {}, errors: errors as FieldErrors<Valeurs> };
    };
    return valider;
  });
  const form = useForm<Valeurs>({ resolver, defaultValues: { decision: "", motivation: "", points: [{ texte: "" }], echeance: "" } });
  const { register, control, handleSubmit, setError, formState } = form;
  const { errors } = formState;
  const { fields, append, remove } = useFieldArray({ control, name: "points" });
  const decision = useWatch({ control, name: "decision" });
  const offerte = decisions.find((d) => d.action === decision);

  function envoyer() {
    demarrer(async () => {
      setErreur(null);
      const r = await decider(entreeDe(candidatureId, statut, depotNumero, form.getValues()));
      if (r.ok) {
        router.push(`/candidatures/${candidatureId}?decision=${r.data.type}`);
        router.refresh();
        return;
      }
      setConfirmation(false);
      setErreur(r.message);
      for (const [cle, messages] of Object.entries(r.fieldErrors ?? {})) {
        if (cle !== "_") setError(cheminFormulaire(cle) as "motivation", { type: "serveur", message: messages.join(" ") }, { shouldFocus: true });
      }
    });
  }

  const erreurPoints = erreurDe(errors, "points");
  return (
    <form
      noValidate
      aria-labelledby="titre-decision"
      onSubmit={handleSubmit(() => {
        setErreur(null);
        setConfirmation(true);
      })}
    >
      <h3 id="titre-decision" className={fr.cx("fr-h5")}>
        Votre décision sur le dépôt n° {depotNumero}
      </h3>
      <div aria-live="polite">
        {erreur && <Alert severity="error" title="La décision n'a pas été enregistrée" description={erreur} className={fr.cx("fr-mb-3w")} />}
      </div>
      <RadioButtons
        legend="Décision"
        name="decision"
        state={errors.decision ? "error" : "default"}
        stateRelatedMessage={errors.decision?.message}
        options={decisions.map((d) => ({ label: d.libelle, hintText: AIDES[d.action], nativeInputProps: { value: d.action, ...register("decision") } }))}
      />
      {decision !== "" && (
        <Input
          label={offerte?.motivationRequise ? "Motivation (obligatoire)" : "Motivation (facultative)"}
          hintText="Au moins 20 caractères pour une irrecevabilité ou une demande de corrections. Elle figure dans la lettre envoyée aux deux parties."
          textArea
          state={errors.motivation ? "error" : "default"}
          stateRelatedMessage={errors.motivation?.message}
          nativeTextAreaProps={{ rows: 5, ...register("motivation") }}
        />
      )}
      {decision === "demander_corrections" && (
        <fieldset className={fr.cx("fr-fieldset", erreurPoints ? "fr-fieldset--error" : undefined)} aria-labelledby="legende-points">
          <legend id="legende-points" className={fr.cx("fr-fieldset__legend")}>
            Points à corriger
            <span className={fr.cx("fr-hint-text")}>De 1 à {POINTS_MAX} points, 500 caractères au plus chacun.</span>
          </legend>
          {fields.map((champ, i) => (
            <div key={champ.id} className={fr.cx("fr-fieldset__element")}>
              <Input
                label={`Point ${i + 1}`}
                state={erreurDe(errors, `points.${i}.texte`) ? "error" : "default"}
                stateRelatedMessage={erreurDe(errors, `points.${i}.texte`)}
                nativeInputProps={{ ...register(`points.${i}.texte`) }}
              />
              {fields.length > 1 && (
                <Button type="button" priority="tertiary" size="small" iconId="fr-icon-delete-line" iconPosition="left" onClick={() => remove(i)}>
                  Retirer le point {i + 1}
                </Button>
              )}
            </div>
          ))}
          {erreurPoints && !Array.isArray(errors.points) && (
            <div className={fr.cx("fr-messages-group")} aria-live="polite">
              <p className={fr.cx("fr-message", "fr-message--error")}>{erreurPoints}</p>
            </div>
          )}
          {fields.length < POINTS_MAX && (
            <div className={fr.cx("fr-fieldset__element")}>
              <Button type="button" priority="secondary" size="small" iconId="fr-icon-add-line" iconPosition="left" onClick={() => append({ texte: "" })}>
                Ajouter un point
              </Button>
            </div>
          )}
        </fieldset>
      )}
      {decision === "demander_corrections" && (
        <Input
          label="Échéance (facultative)"
          hintText="Date avant laquelle la candidature corrigée doit être déposée de nouveau."
          state={errors.echeance ? "error" : "default"}
          stateRelatedMessage={errors.echeance?.message}
          nativeInputProps={{ type: "date", ...register("echeance") }}
        />
      )}
      {confirmation && offerte ? (
        <ConfirmationEnLigne
          titre={`Confirmez-vous : « ${offerte.libelle} » pour la candidature ${reference} ?`}
          libelleConfirmer="Confirmer la décision"
          libelleEnCours="Enregistrement…"
          iconId="fr-icon-check-line"
          enCours={enCours}
          onConfirmer={envoyer}
          onAnnuler={() => {
            setConfirmation(false);
            requestAnimationFrame(() => boutonRef.current?.focus());
          }}
        >
          <p>{AIDES[offerte.action]} Les deux parties sont prévenues par courriel.</p>
        </ConfirmationEnLigne>
      ) : (
        <Button ref={boutonRef} type="submit" disabled={enCours} iconId="fr-icon-check-line" iconPosition="left">
          Enregistrer la décision
        </Button>
      )}
    </form>
  );
}
