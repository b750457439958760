import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Highlight } from "@codegouvfr/react-dsfr/Highlight";
import { Section } from "@/components/ui/Section";
import { ANCRES } from "./ancres";

export function Presentation() {
  return (
    <>
      <div className={fr.cx("fr-py-6w")} style={{ backgroundColor: fr.colors.decisions.background.alt.blueFrance.default }}>
        <div className={fr.cx("fr-container")}>
          <h1>Ateliers des territoires</h1>
          <p className={fr.cx("fr-text--lead", "fr-mb-4w")}>
            Une équipe pluridisciplinaire, financée par l&apos;État, pour aider une collectivité et ses partenaires à
            construire une stratégie d&apos;aménagement de leur territoire.
          </p>
          <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left")}>
            <li>
              <Button linkProps={{ href: `#${ANCRES.commentCandidater}` }} iconId="fr-icon-arrow-down-line">
                Comment candidater
              </Button>
            </li>
            <li>
              <Button priority="secondary" linkProps={{ href: `#${ANCRES.sessions}` }} iconId="fr-icon-calendar-line">
                Sessions nationales ouvertes
              </Button>
            </li>
            <li>
              <Button priority="tertiary" linkProps={{ href: "/ateliers-realises" }} iconId="fr-icon-map-pin-2-line">
                Ateliers réalisés
              </Button>
            </li>
          </ul>
        </div>
      </div>
      <Section id={ANCRES.programme} titre="Le programme">
        <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
          <div className={fr.cx("fr-col-12", "fr-col-md-7")}>
            <p>
              Depuis 2006, la Direction générale de l&apos;aménagement, du logement et de la nature (DGALN) accompagne des
              collectivités confrontées à une question d&apos;aménagement&nbsp;: revitalisation, transition écologique,
              adaptation au changement climatique, sobriété foncière, développement économique…
            </p>
            <p>
              Chaque atelier mobilise une équipe dédiée&nbsp;: un urbaniste, un architecte ou un paysagiste mandataire,
              entouré d&apos;experts (programmiste, économiste, géographe, spécialiste de l&apos;environnement…). Avec les
              élus, les services et les acteurs locaux, l&apos;équipe fait émerger un projet de territoire et une feuille
              de route partagée.
            </p>
            <p>
              La candidature puis l&apos;atelier sont portés <strong>conjointement</strong> par la collectivité et le
              service départemental de l&apos;État&nbsp;: la direction départementale des territoires (DDT ou DDTM), ou
              selon le cas la DREAL, la DEAL ou la DGTM.
            </p>
          </div>
          <div className={fr.cx("fr-col-12", "fr-col-md-5")}>
            <Highlight size="lg">
              L&apos;équipe est financée à 100&nbsp;% par la DGALN. La collectivité ne prend en charge que les frais
              matériels des ateliers in situ (logistique, salles, restauration).
            </Highlight>
          </div>
        </div>
      </Section>
    </>
  );
}
