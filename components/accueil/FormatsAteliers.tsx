import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Card } from "@codegouvfr/react-dsfr/Card";
import type { FormatAtelier } from "@/lib/generated/prisma/enums";
import { CHIFFRES_FORMATS, enLettres, texteCoutEquipe, texteDuree } from "@/lib/candidatures/regles/formats";
import { Section } from "@/components/ui/Section";
import { ANCRES } from "./ancres";

type Format = {
  format: FormatAtelier;
  titre: string;
  modalite: string;
  description: string;
  echelle: string;
};

// Sources : pages publiques du programme (DGALN, DDT de la Mayenne) — DESIGN.md §2. Durées et coûts
// viennent du module des règles (formats.ts), qui fixe aussi les bornes que le formulaire fait respecter.
const FORMATS: Format[] = [
  {
    format: "national",
    titre: "Atelier national",
    modalite: "Session nationale",
    description:
      "Sélection lors d'un appel à manifestation d'intérêt (AMI) national sur un thème, avec une date de clôture et un jury.",
    echelle: "Grands territoires",
  },
  {
    format: "local",
    titre: "Atelier local",
    modalite: "Au fil de l'eau",
    description:
      "Candidature « à la carte » tout au long de l'année : la DGALN examine l'éligibilité au fil de l'eau et retient une dizaine d'ateliers par an.",
    echelle: "Grand territoire, au moins celui d'un EPCI (SCoT, PETR, OIN possibles)",
  },
  {
    format: "flash",
    titre: "Atelier flash",
    modalite: "Au fil de l'eau",
    description: "Une question d'aménagement très localisée, traitée en quelques mois par une équipe resserrée.",
    echelle: "Très locale : commune, quartier, îlot… jusqu'à l'intercommunalité",
  },
];

/** « trois en général (diagnostic et enjeux, stratégie, feuille de route) » */
function ateliersInSitu(format: FormatAtelier): string | null {
  const ateliers = CHIFFRES_FORMATS[format].ateliersInSitu;
  return ateliers && `${enLettres(ateliers.nombre)} en général (${ateliers.themes.join(", ")})`;
}

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
                    <strong>Durée&nbsp;:</strong> {texteDuree(format.format)}
                  </li>
                  {ateliersInSitu(format.format) && (
                    <li>
                      <strong>Ateliers in situ&nbsp;:</strong> {ateliersInSitu(format.format)}
                    </li>
                  )}
                  <li>
                    <strong>Coût de l&apos;équipe, pris en charge par la DGALN&nbsp;:</strong> {texteCoutEquipe(format.format)}
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
