"use client";

// Contrat et équipe d'un atelier (service de l'État pilote, DGALN). Le schéma est celui du serveur
// (lib/ateliers/contrat/contrat.schema.ts), chargé à la première validation ; le serveur revérifie
// tout. Une structure par ligne : rôle, nom, disciplines (séparées par des virgules), contact.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, type FieldPath } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { erreurDe } from "@/components/candidatures/erreurs-formulaire";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { ActionServeur } from "@/components/organisations/types";
import type { ContratEntree } from "@/lib/ateliers/contrat/contrat.schema";
import { MEMBRES_MAX } from "@/lib/ateliers/contrat/plafonds";
import { CONTRATS, ROLES_EQUIPE } from "./libelles";

const resolver = resolveurDiffere(() => import("@/lib/ateliers/contrat/contrat.schema").then((m) => m.contratSchema), { raw: true });

type Props = { valeurs: ContratEntree; action: ActionServeur<{ atelierId: string; version: number }> };

export function FormulaireContrat({ valeurs, action }: Props) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string | null>(null);
  const { register, handleSubmit, control, setError, formState } = useForm<ContratEntree>({ resolver, defaultValues: valeurs });
  const { errors, isSubmitting } = formState;
  const { fields, append, remove } = useFieldArray({ control, name: "equipe" });

  const etat = (champ: FieldPath<ContratEntree>) => {
    const message = erreurDe(errors, champ);
    return { state: message ? ("error" as const) : ("default" as const), stateRelatedMessage: message };
  };

  const enregistrer = handleSubmit(async (saisie) => {
    setErreur(null);
    const r = await action(saisie);
    if (r.ok) {
      router.push(`/ateliers/${r.data.atelierId}?contrat=ok`);
      router.refresh();
      return;
    }
    for (const [champ, messages] of Object.entries(r.fieldErrors ?? {})) setError(champ as FieldPath<ContratEntree>, { message: messages[0] });
    setErreur(r.message);
  });

  const erreurEquipe = erreurDe(errors, "equipe");
  return (
    <form onSubmit={enregistrer} noValidate aria-describedby="aide-contrat">
      <p id="aide-contrat" className={fr.cx("fr-text--sm")}>
        Tous les champs sont obligatoires, sauf le contact. Le montant de l&apos;équipe est pris en charge par la DGALN ; les frais matériels des
        ateliers in situ, à la charge de la collectivité, se saisissent avec chaque atelier in situ.
      </p>
      <div aria-live="polite">
        {erreur && <Alert severity="error" title="Le contrat n'a pas été enregistré" description={erreur} className={fr.cx("fr-mb-3w")} />}
      </div>
      <input type="hidden" {...register("atelierId")} />
      <input type="hidden" {...register("version")} />
      <fieldset className={fr.cx("fr-fieldset")} aria-labelledby="legende-contrat">
        <legend id="legende-contrat" className={fr.cx("fr-fieldset__legend", "fr-h5")}>
          Contrat
        </legend>
        <div className={fr.cx("fr-fieldset__element")}>
          <Select label="Type de contrat" {...etat("typeContrat")} nativeSelectProps={register("typeContrat")}>
            {(Object.entries(CONTRATS) as [keyof typeof CONTRATS, string][]).map(([valeur, libelle]) => (
              <option key={valeur} value={valeur}>
                {libelle}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx("fr-fieldset__element")}>
          <Input
            label="Référence du contrat"
            hintText="Numéro du marché subséquent ou du bon de commande, ou lot du marché national. Par exemple : Bon de commande n° 2026-53-04."
            {...etat("referenceContrat")}
            nativeInputProps={{ autoComplete: "off", ...register("referenceContrat") }}
          />
        </div>
        <div className={fr.cx("fr-fieldset__element")}>
          <Input
            label="Montant de l'équipe, en euros (pris en charge par la DGALN)"
            hintText="En chiffres, sans centimes. Par exemple : 20 000."
            {...etat("coutEquipeEuros")}
            nativeInputProps={{ inputMode: "numeric", autoComplete: "off", ...register("coutEquipeEuros") }}
          />
        </div>
      </fieldset>

      <fieldset className={fr.cx("fr-fieldset", erreurEquipe ? "fr-fieldset--error" : undefined)} aria-labelledby="legende-equipe">
        <legend id="legende-equipe" className={fr.cx("fr-fieldset__legend", "fr-h5")}>
          Équipe
          <span className={fr.cx("fr-hint-text")}>Une structure mandataire, puis ses co-traitants et sous-traitants.</span>
        </legend>
        {fields.map((champ, i) => (
          <div key={champ.id} className={fr.cx("fr-fieldset__element")} role="group" aria-label={`Structure ${i + 1}`}>
            <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
              <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
                <Select label={`Structure ${i + 1} : rôle`} {...etat(`equipe.${i}.role`)} nativeSelectProps={register(`equipe.${i}.role`)}>
                  {(Object.entries(ROLES_EQUIPE) as [keyof typeof ROLES_EQUIPE, string][]).map(([valeur, libelle]) => (
                    <option key={valeur} value={valeur}>
                      {libelle}
                    </option>
                  ))}
                </Select>
              </div>
              <div className={fr.cx("fr-col-12", "fr-col-md-8")}>
                <Input label={`Structure ${i + 1} : nom`} {...etat(`equipe.${i}.structure`)} nativeInputProps={register(`equipe.${i}.structure`)} />
              </div>
              <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
                <Input
                  label={`Structure ${i + 1} : disciplines`}
                  hintText="Séparées par des virgules : urbanisme, architecture, paysage, environnement, économie, géographie, sociologie, programmation…"
                  {...etat(`equipe.${i}.disciplines`)}
                  nativeInputProps={register(`equipe.${i}.disciplines`)}
                />
              </div>
              <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
                <Input
                  label={`Structure ${i + 1} : contact (facultatif)`}
                  hintText="Nom, courriel ou téléphone de la personne à joindre."
                  {...etat(`equipe.${i}.contact`)}
                  nativeInputProps={register(`equipe.${i}.contact`)}
                />
              </div>
            </div>
            {fields.length > 1 && (
              <Button type="button" priority="tertiary" size="small" iconId="fr-icon-delete-line" className={fr.cx("fr-mt-1w")} onClick={() => remove(i)}>
                Retirer la structure {i + 1}
              </Button>
            )}
          </div>
        ))}
        {erreurEquipe && (
          <div className={fr.cx("fr-messages-group")} aria-live="polite">
            <p className={fr.cx("fr-message", "fr-message--error")}>{erreurEquipe}</p>
          </div>
        )}
        {fields.length < MEMBRES_MAX && (
          <div className={fr.cx("fr-fieldset__element")}>
            <Button type="button" priority="secondary" iconId="fr-icon-add-line" onClick={() => append({ role: "cotraitant", structure: "", disciplines: "", contact: "" })}>
              Ajouter une structure
            </Button>
          </div>
        )}
      </fieldset>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-mt-3w")}>
        <li>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Enregistrement…" : "Enregistrer le contrat et l'équipe"}
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: `/ateliers/${valeurs.atelierId}` }}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
