import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { InviterSignataire } from "@/components/candidatures/InviterSignataire";
import type { PartieSignataire } from "@/lib/generated/prisma/enums";
import { BoutonDeposer } from "@/components/candidatures/BoutonDeposer";
import { Checklist } from "@/components/candidatures/Checklist";
import { Chronologie } from "@/components/candidatures/Chronologie";
import { EnTeteCandidature } from "@/components/candidatures/EnTeteCandidature";
import { ListePieces } from "@/components/candidatures/ListePieces";
import { ListeSignatures } from "@/components/candidatures/ListeSignatures";
import { ContenuCandidature } from "@/components/candidatures/ContenuCandidature";
import { RetraitCandidature } from "@/components/candidatures/RetraitCandidature";
import { SectionAvis } from "@/components/avis/SectionAvis";
import { ServiceCompetent } from "@/components/candidatures/ServiceCompetent";
import { STATUTS_CHANGEMENT_SERVICE } from "@/lib/candidatures/changer-service-competent";
import { majuscule, nomAvecArticle } from "@/lib/candidatures/regles/libelles";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { checklistCandidature } from "@/lib/candidatures/checklist";
import { trouverCandidature } from "@/lib/candidatures/queries";
import { atelierDeCandidature } from "@/lib/ateliers/fiche";
import { listerEvenementsCandidature } from "@/lib/candidatures/timeline";
import { listerPieces } from "@/lib/pieces/queries";
import { FilMessages } from "@/components/messages/FilMessages";
import { ouvrirFil } from "@/lib/messages/fil";
import { listerSignatures } from "@/lib/candidatures/liste";
import { BandeauCorrections } from "@/components/instruction/BandeauCorrections";
import { DecisionFinale } from "@/components/instruction/DecisionFinale";
import { ComparaisonDepots } from "@/components/instruction/ComparaisonDepots";
import { DecisionInstruction } from "@/components/instruction/DecisionInstruction";
import { annonceDecision } from "@/lib/instruction/annonces";
import { chargerPanneauRecevabilite, comparerDerniersDepots, decisionFinale, demandeCorrectionsEnCours } from "@/lib/instruction/queries";
import { deposerCandidatureAction, inviterSignataireAction, retirerCandidatureAction } from "./actions";
import { changerServiceCompetentAction, deciderRecevabiliteAction } from "./actions-instruction";
import { annulerDemandeAvisAction, demanderAvisAction } from "./actions-avis";

type Parametres = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Ce que l'acteur vient de faire (après une redirection) : annoncé en tête de la fiche. */
function annonce(sp: Record<string, string | string[] | undefined>, organisations: Record<PartieSignataire, string>): string | null {
  const signature = sp.signature;
  if (signature === "collectivite" || signature === "etat") return `Votre signature pour ${organisations[signature]} est enregistrée.`;
  if (sp.retrait === "ok") return "La candidature est retirée : les autres porteurs ont reçu le motif par courriel.";
  if (sp.service === "ok") return `${majuscule(nomAvecArticle(organisations.etat, { service: true }))} est désormais le service de l'État compétent : les signatures déjà données sont annulées et les deux parties sont prévenues par courriel.`;
  if (sp.depot === "ok") return "La candidature est déposée : le récépissé est téléchargeable ci-dessous, et les deux parties l'ont reçu par courriel.";
  return annonceDecision(sp.decision);
}

// Métadonnées et page lisent la même candidature : `trouverCandidature` la lit une fois par rendu.
async function candidature(id: string) {
  const acteur = await getActeur();
  return acteur ? trouverCandidature(acteur, id) : null;
}

export async function generateMetadata({ params }: Parametres): Promise<Metadata> {
  const c = await candidature((await params).id);
  return { title: c ? `Candidature ${c.reference}` : "Candidature introuvable" };
}

export default async function PageCandidature({ params, searchParams }: Parametres) {
  const { id } = await params;
  const sp = await searchParams;
  const acteur = await requireActeur(`/candidatures/${id}`);
  const c = await candidature(id);
  if (!c) notFound();
  const [controle, pieces, signatures, evenements, recevabilite, corrections, comparaison, decision, atelier] = await Promise.all([
    checklistCandidature(acteur, c.id),
    listerPieces(acteur, c.id),
    listerSignatures(acteur, c.id),
    listerEvenementsCandidature(acteur, c.id),
    chargerPanneauRecevabilite(acteur, c.id),
    demandeCorrectionsEnCours(acteur, c.id),
    comparerDerniersDepots(acteur, c.id),
    decisionFinale(acteur, c.id),
    // L'atelier d'une candidature retenue, s'il existe et que l'acteur peut le lire.
    c.statut === "retenue" ? atelierDeCandidature(acteur, c.id) : null,
  ]);
  if (!controle) notFound();
  // Après les lectures de la fiche : ouvrir le fil marque ses messages comme lus.
  const fil = await ouvrirFil(acteur, { ...c, collectivitePrincipaleId: c.collectivitePrincipale.id, serviceEtatId: c.serviceEtat.id });
  const organisations = { collectivite: c.collectivitePrincipale.nom, etat: c.serviceEtat.nom };
  const message = annonce(sp, organisations);
  const etape = controle.prochaineEtape;
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={c.reference} homeLinkProps={{ href: "/" }} segments={[{ label: "Mes candidatures", linkProps: { href: "/candidatures" } }]} />
      {message && <Alert severity="success" small description={message} className={fr.cx("fr-mb-3w")} role="status" />}
      <EnTeteCandidature candidature={c} />
      <Alert
        severity={etape.pourVous ? "warning" : "info"}
        as="h2"
        title={etape.titre}
        description={etape.description}
        className={fr.cx("fr-mb-3w")}
      />
      {decision && <DecisionFinale decision={decision} />}
      {atelier && (
        <p>
          <Button iconId="fr-icon-arrow-right-line" iconPosition="right" linkProps={{ href: `/ateliers/${atelier.id}` }}>
            Voir l&apos;atelier
          </Button>
        </p>
      )}
      <ServiceCompetent
        candidature={c}
        peutChanger={controle.droits.instruire && (STATUTS_CHANGEMENT_SERVICE as readonly string[]).includes(c.statut)}
        changer={changerServiceCompetentAction}
      />
      {corrections && <BandeauCorrections candidatureId={c.id} demande={corrections} peutModifier={controle.droits.modifier} serviceEtat={c.serviceEtat.nom} />}
      {recevabilite && <DecisionInstruction panneau={recevabilite} rubriques={controle.rubriques} decider={deciderRecevabiliteAction} />}
      {comparaison && <ComparaisonDepots donnees={comparaison} />}
      {(controle.droits.modifier || controle.droits.signerCollectivite || controle.droits.signerEtat) && (
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left")}>
          {(controle.droits.signerCollectivite || controle.droits.signerEtat) && (
            <li>
              <Button iconId="fr-icon-edit-fill" linkProps={{ href: `/candidatures/${c.id}/signer` }}>
                Relire et signer
              </Button>
            </li>
          )}
          {controle.droits.modifier && (
            <li>
              <Button priority="secondary" iconId="fr-icon-edit-line" linkProps={{ href: `/candidatures/${c.id}/modifier` }}>
                Modifier la candidature
              </Button>
            </li>
          )}
        </ul>
      )}
      {controle.droits.deposer && controle.hashContenu && (
        <BoutonDeposer candidatureId={c.id} reference={c.reference} hashContenu={controle.hashContenu} deposer={deposerCandidatureAction} />
      )}
      {c.deposeeLe && (
        <p>
          <a className={fr.cx("fr-link", "fr-link--download")} href={`/api/candidatures/${c.id}/recepisse`}>
            Télécharger le récépissé de dépôt
            <span className={fr.cx("fr-link__detail")}>PDF</span>
          </a>
        </p>
      )}
      <RetraitCandidature acteur={acteur} candidature={c} retirer={retirerCandidatureAction} />
      {controle.invitationsPossibles.map((partie) => (
        <InviterSignataire key={partie} candidatureId={c.id} partie={partie} organisation={organisations[partie]} inviter={inviterSignataireAction} />
      ))}
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-12", "fr-col-lg-7")}>
          <Checklist rubriques={controle.rubriques} depot={controle.depot} evalueeLe={controle.evalueeLe} />
          <ContenuCandidature acteur={acteur} candidatureId={c.id} pieces={false} enTete={false} />
          <ListePieces pieces={pieces} />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-lg-5")}>
          <SectionAvis acteur={acteur} candidature={c} demander={demanderAvisAction} annuler={annulerDemandeAvisAction} />
          <ListeSignatures signatures={signatures} hashActuel={c.hashContenu} />
          <Chronologie evenements={evenements ?? []} />
        </div>
      </div>
      {fil && <FilMessages candidatureId={c.id} fil={fil} />}
    </div>
  );
}
