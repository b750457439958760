import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { EDITEUR } from "@/components/layout/coordonnees";
import { NOM_SERVICE } from "@/components/layout/marque";
import { LienExterne } from "@/components/ui/LienExterne";

export function MentionsLegales() {
  return (
    <>
      <h2 className={fr.cx("fr-mt-3w")}>Éditeur</h2>
      <p>
        Le service en ligne «&nbsp;{NOM_SERVICE}&nbsp;» est édité par la {EDITEUR.direction}, direction
        d&apos;administration centrale des {EDITEUR.ministeres}.
      </p>
      <address className={fr.cx("fr-mb-3w")}>
        {EDITEUR.direction}
        <br />
        {EDITEUR.service}
        {EDITEUR.adresse.map((ligne) => (
          <span key={ligne}>
            <br />
            {ligne}
          </span>
        ))}
      </address>

      <h2 className={fr.cx("fr-mt-5w")}>Directeur de la publication</h2>
      <p>Le directeur général de l&apos;aménagement, du logement et de la nature.</p>

      <h2 className={fr.cx("fr-mt-5w")}>Exploitation et hébergement</h2>
      <p>
        Le service est exploité par la DGALN, qui en assure l&apos;administration, la maintenance et la sécurité.
      </p>
      <CallOut title="Hébergeur" titleAs="h3" iconId="fr-icon-information-line">
        La dénomination, l&apos;adresse et le numéro de téléphone de l&apos;hébergeur seront indiqués ici lors de la mise
        en production du service.
      </CallOut>

      <h2 className={fr.cx("fr-mt-5w")}>Propriété intellectuelle</h2>
      <p>
        Sauf mention contraire, les contenus de ce service sont publiés sous{" "}
        <LienExterne href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/">licence Etalab 2.0</LienExterne>.
        Les documents déposés par les porteurs de candidature restent la propriété de leurs auteurs.
      </p>
      <p>
        Le logo de la République française (Marianne), la police Marianne et le Système de design de l&apos;État sont à
        l&apos;usage exclusif des services de l&apos;État&nbsp;: ils ne peuvent pas être réutilisés.
      </p>

      <h2 className={fr.cx("fr-mt-5w")}>Liens vers d&apos;autres sites</h2>
      <p>
        Les liens vers d&apos;autres sites, publics ou privés, n&apos;engagent pas la responsabilité de l&apos;éditeur quant
        à leur contenu. Tout site peut faire un lien vers ce service sans autorisation préalable, à condition de ne pas
        l&apos;afficher à l&apos;intérieur d&apos;un autre site.
      </p>

      <h2 className={fr.cx("fr-mt-5w")}>Données personnelles et accessibilité</h2>
      <p>
        Le traitement des données personnelles est décrit sur la page{" "}
        <Link href="/donnees-personnelles">Données personnelles et cookies</Link>. L&apos;état de conformité du service
        au RGAA est décrit dans la <Link href="/accessibilite">déclaration d&apos;accessibilité</Link>.
      </p>
    </>
  );
}
