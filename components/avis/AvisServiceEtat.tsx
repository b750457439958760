// L'avis du service de l'État donné à sa signature : sens en badge, texte, qui et quand. Montré sur
// la fiche (porteurs, DGALN, expert sollicité) et dans le panneau de recevabilité.
import { fr } from "@codegouvfr/react-dsfr";
import type { AvisEtat } from "@/lib/generated/prisma/enums";
import { dateIso, formaterDateHeure } from "@/lib/format/dates";
import { BadgeSens } from "./BadgeSens";

export type AvisServiceEtatAffiche = { sens: AvisEtat; texte: string | null; par: string; service: string; le: Date };

export function AvisServiceEtat({ avis, titre = "h3" }: { avis: AvisServiceEtatAffiche | null; titre?: "h3" | "h4" | null }) {
  const Titre = titre;
  return (
    <div className={fr.cx("fr-mb-3w")}>
      {Titre && <Titre className={fr.cx("fr-h6", "fr-mb-1w")}>Avis du service de l&apos;État</Titre>}
      {avis ? (
        <>
          <p className={fr.cx("fr-mb-1w")}>
            <BadgeSens sens={avis.sens} />
          </p>
          {avis.texte && (
            <blockquote className={fr.cx("fr-mb-1w", "fr-ml-0")} style={{ whiteSpace: "pre-line" }}>
              {avis.texte}
            </blockquote>
          )}
          <p className={fr.cx("fr-text--sm", "fr-mb-0")}>
            Donné par {avis.par} ({avis.service}) en signant, le <time dateTime={dateIso(avis.le)}>{formaterDateHeure(avis.le)}</time>.
          </p>
        </>
      ) : (
        <p className={fr.cx("fr-mb-0")}>Le service de l&apos;État n&apos;a pas encore donné d&apos;avis : il le donne en signant la candidature.</p>
      )}
    </div>
  );
}
