"use client";

import { useState } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ChampRecherche } from "./ChampRecherche";
import { erreurDe } from "./erreurs-formulaire";
import { FormulaireSection, type Valeurs } from "./FormulaireSection";
import type { PropsSection } from "./SectionLivrables";
import { useRechercheAuFil } from "./useRechercheAuFil";

export type CollectivitePorteuse = { id: string; nom: string; detail: string };

type Props = PropsSection & {
  /** La collectivité porteuse principale, fixée à la création. */
  principale: CollectivitePorteuse;
  /** Les porteuses associées enregistrées, avec leur nom. */
  enregistrees: CollectivitePorteuse[];
  rechercher: (texte: string) => Promise<CollectivitePorteuse[] | null>;
};

function ChampsPorteurs({ form, principale, enregistrees, rechercher }: { form: UseFormReturn<Valeurs> } & Omit<Props, keyof PropsSection>) {
  const { setValue, control, formState } = form;
  const porteuses = (useWatch({ control, name: "porteuses" }) as string[] | undefined) ?? [];
  const [texte, setTexte] = useState("");
  const recherche = useRechercheAuFil(texte, rechercher);
  const { resultats } = recherche;
  const [connues, setConnues] = useState<Record<string, CollectivitePorteuse>>(() => Object.fromEntries(enregistrees.map((c) => [c.id, c])));
  const changer = (liste: string[]) => setValue("porteuses", liste, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  const ajouter = (c: CollectivitePorteuse) => {
    setConnues((k) => ({ ...k, [c.id]: c }));
    if (!porteuses.includes(c.id)) changer([...porteuses, c.id]);
    // Le bouton cliqué disparaît : le focus revient à la recherche plutôt que de se perdre.
    document.getElementById("recherche-porteurs")?.focus();
  };
  const erreur = erreurDe(formState.errors, "porteuses");

  return (
    <>
      <p className={fr.cx("fr-mb-1w")}>
        <strong>Collectivité porteuse principale :</strong> {principale.nom}{" "}
        <span className={fr.cx("fr-text--sm")}>({principale.detail})</span>
      </p>
      <p className={fr.cx("fr-text--sm", "fr-mb-3w")}>
        Elle signe la candidature et ne peut pas changer. Ajoutez ici les autres collectivités qui portent l&apos;atelier avec elle
        (communes voisines, intercommunalité, département…) : leurs courriers de soutien se joignent dans les pièces.
      </p>
      <ChampRecherche
        id="recherche-porteurs"
        label="Rechercher une collectivité associée"
        hintText="Nom, code INSEE ou SIREN, par exemple « Laval Agglomération » ou « 53130 »."
        texte={texte}
        onTexte={setTexte}
        etat={recherche}
        idResultats="resultats-porteurs"
        aucun={(pour) => `Aucune collectivité ne correspond à « ${pour} ».`}
      />
      {resultats && resultats.length > 0 && (
        <ul className={fr.cx("fr-raw-list", "fr-mb-3w")} id="resultats-porteurs" aria-label="Collectivités trouvées">
          {resultats.map((c) => (
            <li key={c.id} className={fr.cx("fr-mb-1w")}>
              {c.id === principale.id ? (
                <span className={fr.cx("fr-text--sm")}>{c.nom} : collectivité principale.</span>
              ) : porteuses.includes(c.id) ? (
                <span className={fr.cx("fr-text--sm")}>{c.nom} : déjà associée.</span>
              ) : (
                <Button type="button" priority="secondary" size="small" iconId="fr-icon-add-line" iconPosition="left" onClick={() => ajouter(c)}>
                  Associer {c.nom}
                </Button>
              )}{" "}
              <span className={fr.cx("fr-text--xs", "fr-ml-1w")}>{c.detail}</span>
            </li>
          ))}
        </ul>
      )}
      <h3 className={fr.cx("fr-h6", "fr-mb-1w")} id="titre-porteuses">
        Collectivités associées
      </h3>
      {erreur && (
        <p className={fr.cx("fr-error-text", "fr-mt-0", "fr-mb-1w")} id="erreur-porteuses">
          {erreur}
        </p>
      )}
      {porteuses.length === 0 ? (
        <p className={fr.cx("fr-text--sm", "fr-mb-3w")}>Aucune autre collectivité associée.</p>
      ) : (
        <ul className={fr.cx("fr-raw-list", "fr-mb-3w")} aria-labelledby="titre-porteuses">
          {porteuses.map((id) => {
            const nom = connues[id]?.nom ?? "Collectivité";
            return (
              <li key={id} className={fr.cx("fr-mb-1w")}>
                <span className={fr.cx("fr-mr-2w")}>{nom}</span>
                {connues[id] && <span className={fr.cx("fr-text--xs", "fr-mr-2w")}>{connues[id].detail}</span>}
                <Button
                  type="button"
                  priority="tertiary"
                  size="small"
                  iconId="fr-icon-close-line"
                  iconPosition="left"
                  onClick={() => {
                    changer(porteuses.filter((p) => p !== id));
                    document.getElementById("recherche-porteurs")?.focus();
                  }}
                >
                  Retirer<span className={fr.cx("fr-sr-only")}> {nom}</span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** Section « Porteurs » : la collectivité principale et les autres collectivités qui portent l'atelier. */
export function SectionPorteurs({ principale, enregistrees, rechercher, ...props }: Props) {
  return (
    <FormulaireSection {...props} section="porteurs">
      {(form) => <ChampsPorteurs form={form} principale={principale} enregistrees={enregistrees} rechercher={rechercher} />}
    </FormulaireSection>
  );
}
