import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Card } from "@codegouvfr/react-dsfr/Card";
import { formaterEuros } from "@/lib/format/nombres";
import { Section } from "@/components/ui/Section";
import { ANCRES } from "./ancres";

type Format = {
  titre: string;
  modalite: string;
  description: string;
  echelle: string;
  duree: string;
  cout: string;
};

// Sources : pages publiques du programme (DGALN, DDT de la Mayenne) — DESIGN.md §2.
const FORMATS: Format[] = [
  {
    titre: "Atelier national",
    modalite: "Session nationale",
    description:
      "Sélection lors d'un appel à manifestation d'intérêt (AMI) national sur un thème, avec une date de clôture et un jury.",
    echelle: "Grands territoires",
    duree: "Environ 18 mois",
    cout: `Session 2023 : ${formaterEuros(1_000_000)} pour 6 lauréats`,
  },
  {
    titre: "Atelier local",
    modalite: "Au fil de l'eau",
    description:
      "Candidature « à la carte » tout au long de l'année : la DGALN examine l'éligibilité au fil de l'eau et retient une dizaine d'ateliers par an.",
    echelle: "Grand territoire, au moins celui d'un EPCI (SCoT, PETR, OIN possibles)",
    duree: "10 à 15 mois avec 3 sessions d'ateliers in situ (jusqu'à 18 mois environ)",
    cout: `Environ ${formaterEuros(100_000)}`,
  },
  {
    titre: "Atelier flash",
    modalite: "Au fil de l'eau",
    description: "Une question d'aménagement très localisée, traitée en quelques mois par une équipe resserrée.",
    echelle: "Très locale : commune, quartier, îlot… jusqu'à l'intercommunalité",
    duree: "3 à 6 mois",
    cout: `Environ ${formaterEuros(20_000)}`,
  },
];

export function FormatsAteliers() {
  return (
    <Section id={ANCRES.formats} titre="Trois formats d'atelier">
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        {FORMATS.map((format) => (
          <div key={format.titre} className={fr.cx("fr-col-12", "fr-col-md-4")}>
            <Card
              title={format.titre}
              titleAs="h3"
              desc={format.description}
              start={
                <ul className={fr.cx("fr-badges-group")}>
                  <li>
                    <Badge small severity={format.modalite === "Session nationale" ? "new" : "info"} noIcon>
                      {format.modalite}
                    </Badge>
                  </li>
                </ul>
              }
              end={
                <ul className={fr.cx("fr-text--sm", "fr-mb-0")}>
                  <li>
                    <strong>Échelle&nbsp;:</strong> {format.echelle}
                  </li>
                  <li>
                    <strong>Durée&nbsp;:</strong> {format.duree}
                  </li>
                  <li>
                    <strong>Coût de l&apos;équipe, pris en charge par la DGALN&nbsp;:</strong> {format.cout}
                  </li>
                </ul>
              }
            />
          </div>
        ))}
      </div>
    </Section>
  );
}
