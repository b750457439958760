"use client";

import { useState, type ComponentProps } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { ChampTexteLong } from "./ChampTexteLong";
import { erreurDe } from "./erreurs-formulaire";
import { FormulaireSection, type Valeurs } from "./FormulaireSection";

export type PropsSection = Omit<ComponentProps<typeof FormulaireSection>, "section" | "champs" | "children">;

/** Disciplines proposées ; d'autres peuvent être ajoutées librement. */
export const DISCIPLINES = [
  "Urbanisme",
  "Architecture",
  "Paysage",
  "Programmation",
  "Économie territoriale",
  "Géographie",
  "Environnement",
  "Sociologie",
  "Mobilités",
] as const;

const cle = (d: string) => d.trim().toLocaleLowerCase("fr");

type PropsChamps = { form: UseFormReturn<Valeurs>; actuelles: Record<string, unknown> | undefined; limites: PropsSection["limites"]["livrables"] };

function ChampsLivrables({ form, actuelles, limites }: PropsChamps) {
  const { register, setValue, control, formState } = form;
  const choisies = (useWatch({ control, name: "disciplinesSouhaitees" }) as string[] | undefined) ?? [];
  const [autre, setAutre] = useState("");
  const libres = choisies.filter((d) => !DISCIPLINES.some((p) => cle(p) === cle(d)));
  const options = [...DISCIPLINES, ...libres];

  const basculer = (d: string, coche: boolean) => {
    const sans = choisies.filter((x) => cle(x) !== cle(d));
    setValue("disciplinesSouhaitees", coche ? [...sans, d] : sans, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };
  const ajouterAutre = () => {
    const d = autre.trim();
    if (!d) return;
    if (!choisies.some((x) => cle(x) === cle(d))) basculer(d, true);
    setAutre("");
  };

  const erreurLivrables = erreurDe(formState.errors, "livrablesAttendus");
  const erreurDisciplines = erreurDe(formState.errors, "disciplinesSouhaitees");
  const erreurBudget = erreurDe(formState.errors, "budgetMaterielEuros");
  const actuelle = (nom: string) => {
    const v = actuelles?.[nom];
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) return undefined;
    return `Valeur actuelle enregistrée : « ${Array.isArray(v) ? v.join(", ") : String(v)} ».`;
  };
  const etat = (erreur: string | undefined) => ({ state: erreur ? ("error" as const) : ("default" as const), stateRelatedMessage: erreur });

  return (
    <>
      <ChampTexteLong
        form={form}
        nom="livrablesAttendus"
        libelle="Livrables attendus"
        aide={["Ce que l'atelier doit produire : plan guide, feuille de route, programme d'actions…", actuelle("livrablesAttendus")].filter(Boolean).join(" ")}
        erreur={erreurLivrables}
        max={limites.livrablesAttendus!}
      />
      <Checkbox
        legend="Disciplines souhaitées dans l'équipe"
        hintText={actuelle("disciplinesSouhaitees")}
        {...etat(erreurDisciplines)}
        options={options.map((d) => ({
          label: d,
          nativeInputProps: {
            name: "disciplinesSouhaitees",
            value: d,
            checked: choisies.some((x) => cle(x) === cle(d)),
            onChange: (e) => basculer(d, e.target.checked),
          },
        }))}
      />
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom", "fr-mb-3w")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-8")}>
          <Input
            label="Autre discipline"
            hintText="Par exemple « Sciences politiques » : elle s'ajoute aux cases ci-dessus."
            className={fr.cx("fr-mb-0")}
            nativeInputProps={{
              value: autre,
              maxLength: 100,
              onChange: (e) => setAutre(e.target.value),
              onKeyDown: (e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  ajouterAutre();
                }
              },
            }}
          />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <Button type="button" priority="secondary" iconId="fr-icon-add-line" iconPosition="left" onClick={ajouterAutre} disabled={!autre.trim()}>
            Ajouter la discipline
          </Button>
        </div>
      </div>
      <Input
        label="Budget des frais matériels des ateliers in situ (en euros)"
        hintText={["Montant que la collectivité consacre aux frais matériels, en euros, sans centimes. Par exemple 5000.", actuelle("budgetMaterielEuros")].filter(Boolean).join(" ")}
        {...etat(erreurBudget)}
        nativeInputProps={{ ...register("budgetMaterielEuros"), type: "number", min: 0, step: 1, inputMode: "numeric", "aria-invalid": erreurBudget ? true : undefined }}
      />
    </>
  );
}

/** Section « Livrables et équipe ». */
export function SectionLivrables(props: PropsSection) {
  return (
    <FormulaireSection {...props} section="livrables">
      {(form, actuelles) => <ChampsLivrables form={form} actuelles={actuelles} limites={props.limites.livrables} />}
    </FormulaireSection>
  );
}
