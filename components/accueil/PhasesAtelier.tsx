import { fr } from "@codegouvfr/react-dsfr";
import { Section } from "@/components/ui/Section";
import { CHIFFRES_FORMATS, enLettres } from "@/lib/candidatures/regles/formats";
import { ANCRES } from "./ancres";

const IN_SITU_LOCAL = CHIFFRES_FORMATS.local.ateliersInSitu!;

const PHASES = [
  {
    titre: "Appropriation",
    texte:
      "L'équipe s'approprie le sujet, rencontre les acteurs et parcourt le territoire. La phase se conclut par un document de synthèse des enjeux.",
  },
  {
    titre: "Animation",
    texte:
      "Un ou plusieurs ateliers in situ réunissent les acteurs locaux autour de supports graphiques et cartographiques. " +
      `Un atelier local en compte généralement ${enLettres(IN_SITU_LOCAL.nombre)} : ${IN_SITU_LOCAL.themes.join(", ")}.`,
  },
  {
    titre: "Restitution",
    texte:
      "L'équipe produit et présente le livrable final : note de cadrage, feuille de route, plan-guide ou cahier des charges, selon le format.",
  },
] as const;

export function PhasesAtelier() {
  return (
    <Section id={ANCRES.phases} titre="Trois phases pour chaque atelier" fond="gris">
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        {PHASES.map((phase, i) => (
          <div key={phase.titre} className={fr.cx("fr-col-12", "fr-col-md-4")}>
            <h3 className={fr.cx("fr-h5")}>
              {i + 1}. {phase.titre}
            </h3>
            <p className={fr.cx("fr-mb-0")}>{phase.texte}</p>
          </div>
        ))}
      </div>
    </Section>
  );
}
