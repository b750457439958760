"use client";

import { useEffect, useState } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { ChampRecherche } from "./ChampRecherche";
import { erreurDe } from "./erreurs-formulaire";
import { FormulaireSection, type Valeurs } from "./FormulaireSection";
import type { PropsSection } from "./SectionLivrables";
import { useRechercheAuFil } from "./useRechercheAuFil";

export type ResultatRecherche = { genre: "commune" | "epci"; code: string; nom: string; detail: string };

/** Ce que couvre le périmètre enregistré, calculé sur le serveur (`apercuPerimetre`). */
export type Couverture = {
  communes: { codeInsee: string; nom: string; population: number; codeDepartement: string }[];
  epci: { siren: string; nom: string; nombreCommunes: number }[];
  nombreCommunes: number;
  population: number;
  departements: { code: string; nom: string }[];
};

type Props = PropsSection & {
  couverture: Couverture;
  rechercher: (texte: string) => Promise<ResultatRecherche[] | null>;
  /** Ce que couvrirait la sélection en cours, calculé sur le serveur ; `null` sans session. */
  apercu: (communes: string[], epci: string[]) => Promise<Couverture | null>;
  /** La case « Dérogation à l'échelle » n'a de sens que pour un atelier local (R3, DEROGATION_ECHELLE_POSSIBLE). */
  derogationPossible: boolean;
};

const nombre = new Intl.NumberFormat("fr-FR");
const pluriel = (n: number, un: string, plusieurs: string) => `${nombre.format(n)} ${n > 1 ? plusieurs : un}`;

const cleSelection = (communes: string[], epci: string[]) => `${[...communes].sort().join(",")}|${[...epci].sort().join(",")}`;

/** Ce que couvre la sélection affichée : celle enregistrée, ou un aperçu calculé sur le serveur. */
function useCouverture(communes: string[], epci: string[], enregistree: Couverture, cleEnregistree: string, apercu: Props["apercu"]) {
  const cle = cleSelection(communes, epci);
  const [calculee, setCalculee] = useState<{ cle: string; couverture: Couverture | null } | null>(null);
  useEffect(() => {
    if (cle === cleEnregistree) return;
    let actuel = true;
    const [c = [], e = []] = cle.split("|").map((l) => (l ? l.split(",") : []));
    const minuterie = setTimeout(() => {
      apercu(c, e).then((r) => actuel && setCalculee({ cle, couverture: r }));
    }, 300);
    return () => {
      actuel = false;
      clearTimeout(minuterie);
    };
  }, [cle, cleEnregistree, apercu]);
  if (cle === cleEnregistree) return { couverture: enregistree, enregistree: true, enCours: false };
  return { couverture: calculee?.couverture ?? null, enregistree: false, enCours: calculee?.cle !== cle };
}

function ChampsPerimetre({
  form,
  couverture,
  rechercher,
  apercu,
  cleEnregistree,
  derogationPossible,
}: { form: UseFormReturn<Valeurs>; cleEnregistree: string } & Pick<Props, "couverture" | "rechercher" | "apercu" | "derogationPossible">) {
  const { register, setValue, control, formState } = form;
  const communes = (useWatch({ control, name: "communes" }) as string[] | undefined) ?? [];
  const epci = (useWatch({ control, name: "epci" }) as string[] | undefined) ?? [];
  const affichee = useCouverture(communes, epci, couverture, cleEnregistree, apercu);
  const [texte, setTexte] = useState("");
  const recherche = useRechercheAuFil(texte, rechercher);
  const affiches = recherche.resultats;
  // Noms connus : ceux du périmètre enregistré, puis ceux des résultats de recherche.
  const [noms, setNoms] = useState<Record<string, string>>({});
  const nomDe = (code: string) =>
    noms[code] ?? couverture.communes.find((c) => c.codeInsee === code)?.nom ?? couverture.epci.find((e) => e.siren === code)?.nom ?? null;
  const libelle = (code: string) => {
    const nom = nomDe(code);
    return nom ? `${nom} (${code})` : code;
  };

  const changer = (champ: "communes" | "epci", liste: string[]) =>
    setValue(champ, liste, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  const ajouter = (r: ResultatRecherche) => {
    setNoms((n) => ({ ...n, [r.code]: r.nom }));
    const champ = r.genre === "commune" ? "communes" : "epci";
    const liste = r.genre === "commune" ? communes : epci;
    if (!liste.includes(r.code)) changer(champ, [...liste, r.code]);
    // Le bouton cliqué disparaît : le focus revient à la recherche plutôt que de se perdre.
    document.getElementById("recherche-perimetre")?.focus();
  };

  const liste = (champ: "communes" | "epci", codes: string[], titre: string, videTexte: string) => {
    const erreur = erreurDe(formState.errors, champ);
    return (
      <div className={fr.cx("fr-mb-3w")}>
        <h3 className={fr.cx("fr-h6", "fr-mb-1w")} id={`titre-${champ}`}>
          {titre}
        </h3>
        {erreur && (
          <p className={fr.cx("fr-error-text", "fr-mt-0", "fr-mb-1w")} id={`erreur-${champ}`}>
            {erreur}
          </p>
        )}
        {codes.length === 0 ? (
          <p className={fr.cx("fr-text--sm", "fr-mb-0")}>{videTexte}</p>
        ) : (
          <ul className={fr.cx("fr-raw-list")} aria-labelledby={`titre-${champ}`}>
            {codes.map((code) => (
              <li key={code} className={fr.cx("fr-mb-1w")}>
                <span className={fr.cx("fr-mr-2w")}>{libelle(code)}</span>
                <Button
                  type="button"
                  priority="tertiary"
                  size="small"
                  iconId="fr-icon-close-line"
                  iconPosition="left"
                  onClick={() => {
                    changer(champ, codes.filter((c) => c !== code));
                    document.getElementById("recherche-perimetre")?.focus();
                  }}
                >
                  Retirer<span className={fr.cx("fr-sr-only")}> {libelle(code)}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  return (
    <>
      <ChampRecherche
        id="recherche-perimetre"
        label="Rechercher une commune ou un EPCI"
        hintText="Nom, code INSEE ou SIREN, par exemple « Andouillé », « 53005 » ou « CC de l'Ernée ». Un EPCI ajouté couvre toutes ses communes."
        texte={texte}
        onTexte={setTexte}
        etat={recherche}
        idResultats="resultats-perimetre"
        aucun={(pour) => `Aucune commune ni aucun EPCI ne correspond à « ${pour} ».`}
      />
      {affiches && affiches.length > 0 && (
        <ul className={fr.cx("fr-raw-list", "fr-mb-3w")} id="resultats-perimetre" aria-label="Résultats de la recherche">
          {affiches.map((r) => {
            const deja = (r.genre === "commune" ? communes : epci).includes(r.code);
            return (
              <li key={`${r.genre}-${r.code}`} className={fr.cx("fr-mb-1w")}>
                {deja ? (
                  <span className={fr.cx("fr-text--sm")}>
                    {r.nom} ({r.code}) : déjà dans le périmètre.
                  </span>
                ) : (
                  <Button type="button" priority="secondary" size="small" iconId="fr-icon-add-line" iconPosition="left" onClick={() => ajouter(r)}>
                    Ajouter {r.nom} ({r.code})
                  </Button>
                )}{" "}
                <span className={fr.cx("fr-text--xs", "fr-ml-1w")}>{r.detail}</span>
              </li>
            );
          })}
        </ul>
      )}
      {liste("communes", communes, "Communes du périmètre", "Aucune commune listée une à une.")}
      {liste("epci", epci, "EPCI inclus en entier", "Aucun EPCI inclus en entier.")}
      {derogationPossible && (
        <Checkbox
          legend="Dérogation à l'échelle"
          options={[
            {
              label: "Demander une dérogation à l'échelle",
              hintText: "Pour un territoire plus petit qu'un EPCI, ou une commune qui n'appartient à aucun EPCI : joignez aussi la demande écrite et motivée dans les pièces.",
              nativeInputProps: register("derogationDemandee"),
            },
          ]}
          state={erreurDe(formState.errors, "derogationDemandee") ? "error" : "default"}
          stateRelatedMessage={erreurDe(formState.errors, "derogationDemandee")}
        />
      )}
      <ResumeCouverture {...affichee} />
    </>
  );
}

/** Résumé de ce que couvre le périmètre : l'enregistré, ou l'aperçu de la sélection pas encore enregistrée. */
function ResumeCouverture({ couverture, enregistree, enCours }: { couverture: Couverture | null; enregistree: boolean; enCours: boolean }) {
  return (
    <section
      aria-labelledby="titre-couverture"
      aria-busy={enCours}
      className={fr.cx("fr-p-3w", "fr-mb-3w")}
      style={{ background: fr.colors.decisions.background.alt.blueFrance.default }}
    >
      <h3 id="titre-couverture" className={fr.cx("fr-h6")}>
        {enregistree ? "Ce que couvre le périmètre enregistré" : "Ce que couvrira le périmètre saisi (pas encore enregistré)"}
      </h3>
      {couverture === null ? (
        <p className={fr.cx("fr-mb-0")} role="status">
          {enCours ? "Calcul en cours…" : "Session expirée : reconnectez-vous pour calculer ce que couvre le périmètre."}
        </p>
      ) : couverture.nombreCommunes === 0 ? (
        <p className={fr.cx("fr-mb-0")}>Le périmètre est vide : ajoutez des communes ou des EPCI, puis enregistrez la section.</p>
      ) : (
        <ul className={fr.cx("fr-mb-0")}>
          <li>{pluriel(couverture.nombreCommunes, "commune couverte", "communes couvertes")}</li>
          <li>Population : {pluriel(couverture.population, "habitant", "habitants")}</li>
          <li>
            EPCI inclus en entier :{" "}
            {couverture.epci.length
              ? couverture.epci.map((e) => `${e.nom} (${pluriel(e.nombreCommunes, "commune", "communes")})`).join(", ")
              : "aucun"}
          </li>
          <li>
            {couverture.departements.length > 1 ? "Départements" : "Département"} :{" "}
            {couverture.departements.map((d) => `${d.nom} (${d.code})`).join(", ")}
          </li>
        </ul>
      )}
      <p className={fr.cx("fr-text--xs", "fr-mb-0", "fr-mt-1w")}>
        {enregistree ? "Recalculé à chaque changement de la sélection." : "Enregistrez la section pour que ce périmètre soit celui de la candidature."}
      </p>
    </section>
  );
}

/** Section « Localisation et périmètre » : communes et EPCI entiers du référentiel, et ce qu'ils couvrent. */
export function SectionPerimetre({ couverture, rechercher, apercu, derogationPossible, ...props }: Props) {
  const enregistre = props.valeurs as { communes?: string[]; epci?: string[] };
  const cleEnregistree = cleSelection(enregistre.communes ?? [], enregistre.epci ?? []);
  // Sans la case, le formulaire envoie « pas de dérogation » : le serveur refuserait une demande hors atelier local.
  const valeurs = derogationPossible ? props.valeurs : { ...props.valeurs, derogationDemandee: false };
  return (
    <FormulaireSection {...props} valeurs={valeurs} section="perimetre">
      {(form) => (
        <ChampsPerimetre form={form} couverture={couverture} rechercher={rechercher} apercu={apercu} cleEnregistree={cleEnregistree} derogationPossible={derogationPossible} />
      )}
    </FormulaireSection>
  );
}
