// Le retrait sur la fiche d'une candidature : une fois retirée, ce qui s'est passé (quand, par qui,
// pourquoi) et ce qui vient ensuite ; sinon, pour qui peut retirer maintenant (politique × machine à
// états, lib/candidatures/retrait.ts), le bouton et sa confirmation motivée.
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import type { Acteur } from "@/lib/auth/acteur";
import { retraitCandidature } from "@/lib/candidatures/retrait";
import type { ResultatAction } from "@/lib/errors";
import { dateIso, formaterDateHeure } from "@/lib/format/dates";
import type { StatutCandidature } from "@/lib/generated/prisma/enums";
import { RetirerCandidature } from "./RetirerCandidature";

type Props = {
  acteur: Acteur;
  candidature: { id: string; reference: string; statut: StatutCandidature; retireeLe: Date | null; motifRetrait: string | null };
  retirer: (entree: unknown) => Promise<ResultatAction<unknown>>;
};

export async function RetraitCandidature({ acteur, candidature: c, retirer }: Props) {
  const { possible, retrait, nouvelleCandidature } = await retraitCandidature(acteur, c);
  if (possible) return <RetirerCandidature candidatureId={c.id} reference={c.reference} retirer={retirer} />;
  if (!retrait) return null;
  return (
    <section aria-labelledby="retrait-titre" className={fr.cx("fr-callout", "fr-mb-4w")}>
      <h2 id="retrait-titre" className={fr.cx("fr-callout__title", "fr-h5")}>
        Retrait de la candidature
      </h2>
      <p className={fr.cx("fr-mb-1w")}>
        Retirée le <time dateTime={dateIso(retrait.le)}>{formaterDateHeure(retrait.le)}</time>
        {retrait.par ? ` par ${retrait.par}` : ""}. Motif :
      </p>
      <blockquote className={fr.cx("fr-mb-2w")} style={{ whiteSpace: "pre-line" }}>
        {retrait.motif}
      </blockquote>
      <p className={fr.cx("fr-mb-0")}>
        <strong>Et maintenant ?</strong> La candidature est close : elle n&apos;est plus ni signée, ni déposée, ni instruite. La
        collectivité peut préparer une nouvelle candidature pour le même format avec le service de l&apos;État.
      </p>
      {nouvelleCandidature && (
        <p className={fr.cx("fr-mt-2w", "fr-mb-0")}>
          <Link className={fr.cx("fr-btn", "fr-btn--secondary", "fr-icon-add-line", "fr-btn--icon-left")} href="/candidatures/nouvelle">
            Préparer une nouvelle candidature
          </Link>
        </p>
      )}
    </section>
  );
}
