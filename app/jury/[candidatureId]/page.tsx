import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import { FormulaireEvaluation } from "@/components/jury/FormulaireEvaluation";
import { requireActeur } from "@/lib/auth/session";
import { LIBELLES_STATUT_SESSION } from "@/lib/candidatures/regles/libelles";
import { formaterDateHeure } from "@/lib/format/dates";
import { evaluationAFaire } from "@/lib/jury/mes-evaluations";
import { evaluerCandidatureAction } from "../actions";

type Parametres = { params: Promise<{ candidatureId: string }> };

export const metadata: Metadata = { title: "Évaluer une candidature" };

export default async function PageEvaluation({ params }: Parametres) {
  const { candidatureId } = await params;
  const acteur = await requireActeur(`/jury/${candidatureId}`);
  const e = await evaluationAFaire(acteur, candidatureId);
  if (!e) notFound();
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={e.reference} homeLinkProps={{ href: "/" }} segments={[{ label: "Mes évaluations", linkProps: { href: "/jury" } }]} />
      <h1>{e.titre}</h1>
      <p className={fr.cx("fr-text--lead")}>
        {e.reference} — {e.collectivite}. Session « {e.session.theme} ».
      </p>
      <p>
        <Link className={fr.cx("fr-link", "fr-icon-file-text-line", "fr-link--icon-left")} href={`/candidatures/${e.candidatureId}`}>
          Lire la candidature, ses pièces et l&apos;avis du service de l&apos;État
        </Link>
      </p>
      {e.modifiable ? (
        <FormulaireEvaluation candidatureId={e.candidatureId} reference={e.reference} criteres={e.criteres} evaluer={evaluerCandidatureAction} />
      ) : (
        <>
          <div className={fr.cx("fr-callout", "fr-my-3w")}>
            <p className={fr.cx("fr-callout__text")}>
              {e.soumiseLe
                ? `Évaluation soumise le ${formaterDateHeure(e.soumiseLe)} : elle ne se modifie plus.`
                : e.session.statut === "ouverte" || e.session.statut === "brouillon"
                  ? "La notation commence à la clôture des dépôts de la session."
                  : `La session est « ${LIBELLES_STATUT_SESSION[e.session.statut]} » : les notes ne se modifient plus.`}
            </p>
          </div>
          <h2>Vos notes</h2>
          <ul>
            {e.criteres.map((c) => (
              <li key={c.id}>
                {c.libelle} ({c.poids} %) : {c.note === null ? "non noté" : `${c.note} sur 5`}
                {c.commentaire ? ` — ${c.commentaire}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
