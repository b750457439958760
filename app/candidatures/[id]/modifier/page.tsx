import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checklist } from "@/components/candidatures/Checklist";
import { FormulaireSection, type Champ } from "@/components/candidatures/FormulaireSection";
import { longueursMax } from "@/components/candidatures/longueur-max";
import { GestionPieces } from "@/components/candidatures/GestionPieces";
import { SectionContacts } from "@/components/candidatures/SectionContacts";
import { SectionLivrables } from "@/components/candidatures/SectionLivrables";
import { SectionPerimetre } from "@/components/candidatures/SectionPerimetre";
import { SectionPorteurs } from "@/components/candidatures/SectionPorteurs";
import { avertissementSignatures, type Parties } from "@/components/candidatures/signatures-en-cours";
import { BandeauCorrections } from "@/components/instruction/BandeauCorrections";
import { requireActeur } from "@/lib/auth/session";
import { demandeCorrectionsEnCours } from "@/lib/instruction/queries";
import { checklistCandidature } from "@/lib/candidatures/checklist";
import { lireSections } from "@/lib/candidatures/lire-section";
import { apercuPerimetre } from "@/lib/candidatures/perimetre";
import { listerSignatures } from "@/lib/candidatures/liste";
import { trouverCandidature } from "@/lib/candidatures/queries";
import { aideDureeMois } from "@/lib/candidatures/regles/formats";
import { DEROGATION_ECHELLE_POSSIBLE } from "@/lib/candidatures/regles/r3-echelle";
import { SCHEMAS_SECTIONS, SECTIONS, type Section } from "@/lib/candidatures/candidature.schema";
import { CHAMPS_SECTIONS } from "@/lib/candidatures/champs";
import { listerPieces } from "@/lib/pieces/queries";
import { detailCollectivite } from "@/lib/referentiel/presentation";
import { apercuPerimetreAction, lireSectionAction, modifierCandidatureAction, rechercherPerimetreAction, rechercherPorteusesAction, retirerPieceAction } from "../actions";

export const metadata: Metadata = { title: "Modifier la candidature" };

type Parametres = { params: Promise<{ id: string }> };

// Libellés de la liste unique des champs (lib/candidatures/champs.ts) ; la page n'ajoute que l'aide et le type de saisie.
const NOTE = CHAMPS_SECTIONS.note;
const CHAMPS_NOTE: Champ[] = [
  { nom: "titre", libelle: `${NOTE.titre.libelle} de la candidature`, type: "text" },
  { nom: "localisation", libelle: NOTE.localisation.libelle, type: "textarea", aide: "Où se situe le territoire concerné." },
  { nom: "objet", libelle: NOTE.objet.libelle, type: "textarea", aide: "La question d'aménagement posée à l'atelier." },
  { nom: "objectifs", libelle: NOTE.objectifs.libelle, type: "textarea" },
  { nom: "ressources", libelle: NOTE.ressources.libelle, type: "textarea", aide: "Études, documents d'urbanisme, données disponibles." },
  { nom: "dynamiquesTerritoire", libelle: NOTE.dynamiquesTerritoire.libelle, type: "textarea" },
  { nom: "dynamiquesAmenagement", libelle: NOTE.dynamiquesAmenagement.libelle, type: "textarea" },
];

const CHAMPS_CALENDRIER: Champ[] = [
  { nom: "debutPrevu", libelle: CHAMPS_SECTIONS.calendrier.debutPrevu.libelle, type: "date" },
  { nom: "dureeMois", libelle: `${CHAMPS_SECTIONS.calendrier.dureeMois.libelle} (en mois)`, type: "number", aide: aideDureeMois() },
];

// Longueurs maximales des champs texte, lues ici dans les schémas : les compteurs de caractères des
// formulaires affichent la limite du serveur sans que le navigateur charge zod avant la validation.
const LIMITES = Object.fromEntries(SECTIONS.map((s) => [s, longueursMax(SCHEMAS_SECTIONS[s])])) as Record<Section, Record<string, number>>;

export default async function PageModifierCandidature({ params }: Parametres) {
  const { id } = await params;
  const acteur = await requireActeur(`/candidatures/${id}/modifier`);
  const c = await trouverCandidature(acteur, id);
  if (!c) notFound();
  const [sections, controle, pieces, toutes, corrections] = await Promise.all([
    lireSections(acteur, c.id),
    checklistCandidature(acteur, c.id),
    listerPieces(acteur, c.id),
    listerSignatures(acteur, c.id),
    demandeCorrectionsEnCours(acteur, c.id),
  ]);
  if (!sections || !controle) notFound();
  // Seules les signatures du contenu actuel comptent (R6) : ce sont elles qu'un enregistrement annulera.
  const parties: Parties = { collectivite: c.collectivitePrincipale.nom, etat: c.serviceEtat.nom };
  const signatures = avertissementSignatures(
    toutes
      .filter((s) => s.invalideeLe === null && s.hashContenu === c.hashContenu)
      .map((s) => ({ partie: s.partie, signeeLe: s.signeeLe, signataire: [s.utilisateur.prenom, s.utilisateur.nom].filter(Boolean).join(" ") || s.utilisateur.email })),
    parties,
  );
  // Ce que couvre le périmètre enregistré ; recalculé à chaque enregistrement (router.refresh).
  const couverture = await apercuPerimetre(sections.valeurs.perimetre.communes, sections.valeurs.perimetre.epci);
  const principale = { id: c.collectivitePrincipale.id, nom: c.collectivitePrincipale.nom, detail: detailCollectivite(c.collectivitePrincipale) };
  const porteuses = c.porteuses.map(({ organisation: o }) => ({ id: o.id, nom: o.nom, detail: detailCollectivite(o) }));
  const commun = { candidatureId: c.id, version: sections.version, signatures, parties, modifier: modifierCandidatureAction, lire: lireSectionAction, limites: LIMITES };
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb
        currentPageLabel="Modifier"
        homeLinkProps={{ href: "/" }}
        segments={[
          { label: "Mes candidatures", linkProps: { href: "/candidatures" } },
          { label: c.reference, linkProps: { href: `/candidatures/${c.id}` } },
        ]}
      />
      <h1>Modifier la candidature {c.reference}</h1>
      {/* Les points demandés par la DGALN restent sous les yeux pendant la correction. */}
      {corrections && <BandeauCorrections candidatureId={c.id} demande={corrections} peutModifier={false} serviceEtat={c.serviceEtat.nom} />}
      {!controle.droits.modifier ? (
        <Alert
          severity="info"
          as="h2"
          title="Cette candidature ne peut pas être modifiée"
          description="Elle n'est pas en brouillon ou à corriger, ou votre rôle ne permet pas de la modifier. Vous pouvez la consulter."
          className={fr.cx("fr-mb-4w")}
        />
      ) : (
        <>
          <p className={fr.cx("fr-text--lead")}>
            Chaque section s&apos;enregistre avec son bouton, ou d&apos;elle-même quand vous passez à une autre section. Toute modification
            annule les signatures déjà données : les deux parties signent de nouveau le contenu à jour.
          </p>
          {signatures && (
            <Alert
              severity="warning"
              as="h2"
              className={fr.cx("fr-mb-4w")}
              title={`Candidature ${signatures.resume}`}
              description={`${signatures.detail} Enregistrer une modification (section ou pièce) annule ${signatures.nombre > 1 ? "ces signatures" : "cette signature"} : ${signatures.consequence} le contenu à jour. Avant d'enregistrer une section, une confirmation vous est demandée.`}
            />
          )}
          <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
            <div className={fr.cx("fr-col-12", "fr-col-lg-8")}>
              <SectionPorteurs {...commun} valeurs={sections.valeurs.porteurs} principale={principale} enregistrees={porteuses} rechercher={rechercherPorteusesAction} />
              <SectionPerimetre
                {...commun}
                valeurs={sections.valeurs.perimetre}
                couverture={couverture}
                rechercher={rechercherPerimetreAction}
                apercu={apercuPerimetreAction}
                derogationPossible={DEROGATION_ECHELLE_POSSIBLE[c.format]}
              />
              <FormulaireSection {...commun} section="note" champs={CHAMPS_NOTE} valeurs={sections.valeurs.note} />
              <FormulaireSection {...commun} section="calendrier" champs={CHAMPS_CALENDRIER} valeurs={sections.valeurs.calendrier} />
              <SectionLivrables {...commun} valeurs={sections.valeurs.livrables} />
              <SectionContacts {...commun} valeurs={sections.valeurs.contacts} />
              <GestionPieces candidatureId={c.id} pieces={pieces} consequenceSignatures={signatures?.consequence ?? null} retirer={retirerPieceAction} />
            </div>
            {/* Recalculée par le serveur à chaque enregistrement (router.refresh). */}
            <div className={fr.cx("fr-col-12", "fr-col-lg-4")}>
              <Checklist rubriques={controle.rubriques} depot={controle.depot} evalueeLe={controle.evalueeLe} />
            </div>
          </div>
        </>
      )}
      <Button priority="secondary" linkProps={{ href: `/candidatures/${c.id}` }}>
        Retour à la candidature
      </Button>
    </div>
  );
}
