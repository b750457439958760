import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { FormulaireSignature } from "@/components/candidatures/FormulaireSignature";
import { ContenuCandidature } from "@/components/candidatures/ContenuCandidature";
import { requireActeur } from "@/lib/auth/session";
import { checklistCandidature } from "@/lib/candidatures/checklist";
import { lireContenuSigne } from "@/lib/candidatures/contenu-lisible";
import { trouverCandidature } from "@/lib/candidatures/queries";
import type { PartieSignataire } from "@/lib/generated/prisma/enums";
import { signerCandidatureAction } from "../actions";

export const metadata: Metadata = { title: "Relire et signer la candidature" };

type Parametres = { params: Promise<{ id: string }> };

export default async function PageSigner({ params }: Parametres) {
  const { id } = await params;
  const acteur = await requireActeur(`/candidatures/${id}/signer`);
  const c = await trouverCandidature(acteur, id);
  if (!c) notFound();
  // Le contenu affiché et l'empreinte envoyée avec la signature viennent de la même lecture.
  const [controle, contenu] = await Promise.all([checklistCandidature(acteur, c.id), lireContenuSigne(acteur, c.id)]);
  if (!controle || !contenu) notFound();
  // Seules les parties pour lesquelles l'acteur peut signer maintenant (politique × statut).
  const parties: PartieSignataire[] = [
    ...(controle.droits.signerCollectivite ? (["collectivite"] as const) : []),
    ...(controle.droits.signerEtat ? (["etat"] as const) : []),
  ];
  const autres = controle.depot.bloquants.filter((b) => b.regle !== "R6");
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb
        currentPageLabel="Relire et signer"
        homeLinkProps={{ href: "/" }}
        segments={[
          { label: "Mes candidatures", linkProps: { href: "/candidatures" } },
          { label: c.reference, linkProps: { href: `/candidatures/${c.id}` } },
        ]}
      />
      <h1>Relire et signer la candidature {c.reference}</h1>
      <p className={fr.cx("fr-text--lead")}>{c.titre}</p>
      <CallOut title="Empreinte du contenu que vous signez" titleAs="h2" className={fr.cx("fr-mb-4w")}>
        Votre signature porte sur le contenu exact affiché ci-dessous (rubriques et pièces), résumé par son empreinte SHA-256 :{" "}
        <code style={{ wordBreak: "break-all" }}>{contenu.hashContenu}</code>. Toute modification ultérieure annule les signatures.
      </CallOut>
      {autres.length > 0 && (
        <Alert
          severity="warning"
          as="h2"
          className={fr.cx("fr-mb-4w")}
          title="Le dépôt ne sera pas encore possible"
          description={
            <ul>
              {autres.map((b) => (
                <li key={`${b.code}-${b.piece ?? ""}`}>{b.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <ContenuCandidature contenu={contenu} empreinte={false} />
      <h2>Signature</h2>
      {parties.length > 0 ? (
        <FormulaireSignature
          candidatureId={c.id}
          reference={c.reference}
          hashContenu={contenu.hashContenu}
          parties={parties}
          organisations={{ collectivite: c.collectivitePrincipale.nom, etat: c.serviceEtat.nom }}
          signer={signerCandidatureAction}
        />
      ) : (
        // Pas de signature à donner : on dit où en est la candidature et qui doit agir.
        <p>
          Vous n&apos;avez pas de signature à donner sur cette candidature. {controle.prochaineEtape.titre}.
        </p>
      )}
    </div>
  );
}
