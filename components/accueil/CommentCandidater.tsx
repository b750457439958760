import { fr } from "@codegouvfr/react-dsfr";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { Section } from "@/components/ui/Section";
import { ANCRES } from "./ancres";

const ETAPES = [
  {
    titre: "La collectivité et sa DDT préparent ensemble la candidature",
    texte:
      "Elles rédigent la note d'opportunité (porteurs, localisation, objet, objectifs, ressources, dynamiques du territoire et d'aménagement) et réunissent les pièces : courriers de soutien de la collectivité et du préfet, engagement de la DDT(M) ou de la D(R)EAL à porter l'atelier.",
  },
  {
    titre: "Les deux parties signent",
    texte:
      "Un signataire de la collectivité et un signataire du service de l'État signent le même contenu. Toute modification ultérieure annule les signatures, qui doivent être renouvelées.",
  },
  {
    titre: "La candidature est déposée",
    texte:
      "Une fois les deux signatures et toutes les pièces réunies, la candidature est déposée ; un accusé de réception est délivré. Pour un atelier national, le dépôt doit intervenir avant la clôture de la session.",
  },
  {
    titre: "La DGALN examine la recevabilité",
    texte:
      "Les candidatures aux ateliers locaux et flash sont examinées au fil de l'eau. La DGALN peut demander des compléments avant de se prononcer.",
  },
  {
    titre: "Un jury sélectionne les lauréats des sessions nationales",
    texte:
      "Les candidatures recevables d'une session nationale sont évaluées par un jury ; la DGALN publie ensuite la liste des lauréats.",
  },
] as const;

export function CommentCandidater() {
  return (
    <Section id={ANCRES.commentCandidater} titre="Comment candidater">
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-8")}>
          <ol>
            {ETAPES.map((etape) => (
              <li key={etape.titre} className={fr.cx("fr-mb-2w")}>
                <strong>{etape.titre}.</strong> {etape.texte}
              </li>
            ))}
          </ol>
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <CallOut
            title="Élu, agent d'une collectivité ou d'un service de l'État ?"
            titleAs="h3"
            buttonProps={{ children: "Se connecter", linkProps: { href: "/connexion" } }}
          >
            Connectez-vous pour préparer une candidature avec votre partenaire, la signer et suivre son examen.
          </CallOut>
        </div>
      </div>
    </Section>
  );
}
