import { fr } from "@codegouvfr/react-dsfr";
import { BadgeStatut } from "./BadgeStatut";
import { FORMATS } from "./libelles";
import type { FormatAtelier, StatutCandidature } from "@/lib/generated/prisma/enums";
import { dateIso, formaterDateHeure } from "@/lib/format/dates";

export type EnTete = {
  reference: string;
  titre: string;
  statut: StatutCandidature;
  format: FormatAtelier;
  deposeeLe: Date | null;
  session: { theme: string; clotureLe: Date } | null;
  collectivitePrincipale: { nom: string };
  serviceEtat: { nom: string };
};

export function EnTeteCandidature({ candidature: c }: { candidature: EnTete }) {
  return (
    <header className={fr.cx("fr-mb-4w")}>
      <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>
        Candidature {c.reference} <BadgeStatut statut={c.statut} />
      </p>
      <h1>{c.titre}</h1>
      <dl className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        {[
          ["Format", FORMATS[c.format]],
          ["Session nationale", c.session ? `${c.session.theme} (clôture le ${formaterDateHeure(c.session.clotureLe)})` : "Sans session (dépôt au fil de l'eau)"],
          ["Collectivité principale", c.collectivitePrincipale.nom],
          ["Service de l'État compétent", c.serviceEtat.nom],
        ].map(([titre, valeur]) => (
          <div key={titre} className={fr.cx("fr-col-12", "fr-col-md-6")}>
            <dt className={fr.cx("fr-text--bold")}>{titre}</dt>
            <dd className={fr.cx("fr-ml-0")}>{valeur}</dd>
          </div>
        ))}
        {c.deposeeLe && (
          <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
            <dt className={fr.cx("fr-text--bold")}>Déposée le</dt>
            <dd className={fr.cx("fr-ml-0")}>
              <time dateTime={dateIso(c.deposeeLe)}>{formaterDateHeure(c.deposeeLe)}</time>
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
