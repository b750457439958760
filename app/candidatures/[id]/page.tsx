import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { BoutonDeposer } from "@/components/candidatures/BoutonDeposer";
import { Checklist } from "@/components/candidatures/Checklist";
import { Chronologie } from "@/components/candidatures/Chronologie";
import { EnTeteCandidature } from "@/components/candidatures/EnTeteCandidature";
import { ListePieces } from "@/components/candidatures/ListePieces";
import { ListeSignatures } from "@/components/candidatures/ListeSignatures";
import { NoteOpportunite } from "@/components/candidatures/NoteOpportunite";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { checklistCandidature } from "@/lib/candidatures/checklist";
import { trouverCandidature } from "@/lib/candidatures/queries";
import { listerEvenementsCandidature } from "@/lib/candidatures/timeline";
import { listerPieces } from "@/lib/pieces/queries";
import { listerSignatures } from "@/lib/candidatures/liste";
import { deposerCandidatureAction } from "./actions";

type Parametres = { params: Promise<{ id: string }> };

// Une seule lecture par requête, partagée par les métadonnées et la page.
const candidature = cache(async (id: string) => {
  const acteur = await getActeur();
  return acteur ? trouverCandidature(acteur, id) : null;
});

export async function generateMetadata({ params }: Parametres): Promise<Metadata> {
  const c = await candidature((await params).id);
  return { title: c ? `Candidature ${c.reference}` : "Candidature introuvable" };
}

export default async function PageCandidature({ params }: Parametres) {
  const { id } = await params;
  const acteur = await requireActeur(`/candidatures/${id}`);
  const c = await candidature(id);
  if (!c) notFound();
  const [controle, pieces, signatures, evenements] = await Promise.all([
    checklistCandidature(acteur, c.id),
    listerPieces(acteur, c.id),
    listerSignatures(acteur, c.id),
    listerEvenementsCandidature(acteur, c.id),
  ]);
  if (!controle) notFound();
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={c.reference} homeLinkProps={{ href: "/" }} segments={[{ label: "Mes candidatures", linkProps: { href: "/candidatures" } }]} />
      <EnTeteCandidature candidature={c} />
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left")}>
        {controle.droits.modifier && (
          <li>
            <Button iconId="fr-icon-edit-line" linkProps={{ href: `/candidatures/${c.id}/modifier` }}>
              Modifier la candidature
            </Button>
          </li>
        )}
        {(controle.droits.signerCollectivite || controle.droits.signerEtat) && (
          <li>
            <Button priority="secondary" iconId="fr-icon-edit-fill" linkProps={{ href: `/candidatures/${c.id}/signer` }}>
              Relire et signer
            </Button>
          </li>
        )}
      </ul>
      {controle.droits.deposer && controle.hashContenu && (
        <BoutonDeposer candidatureId={c.id} hashContenu={controle.hashContenu} deposer={deposerCandidatureAction} />
      )}
      {c.deposeeLe && (
        <p>
          <a className={fr.cx("fr-link", "fr-link--download")} href={`/api/candidatures/${c.id}/recepisse`}>
            Télécharger le récépissé de dépôt
            <span className={fr.cx("fr-link__detail")}>PDF</span>
          </a>
        </p>
      )}
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-12", "fr-col-lg-7")}>
          <Checklist rubriques={controle.rubriques} depot={controle.depot} evalueeLe={controle.evalueeLe} />
          <NoteOpportunite note={c} />
          <ListePieces pieces={pieces} />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-lg-5")}>
          <ListeSignatures signatures={signatures} hashActuel={c.hashContenu} />
          <Chronologie evenements={evenements ?? []} />
        </div>
      </div>
    </div>
  );
}
