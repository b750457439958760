// Ce qui a changé depuis le dépôt précédent (issue 11) : un tableau des champs modifiés (avant /
// après, libellés de la liste unique des champs) et un tableau des pièces ajoutées, remplacées ou
// retirées ; « Aucun changement » sinon.
import { fr } from "@codegouvfr/react-dsfr";
import { Valeur } from "@/components/candidatures/ContenuCandidature";
import { Tableau } from "@/components/layout/Tableau";
import { formaterDate } from "@/lib/format/dates";
import type { PieceModifiee } from "@/lib/instruction/comparer-depots";
import type { ComparaisonDerniersDepots } from "@/lib/instruction/queries";

const CHANGEMENTS: Record<PieceModifiee["changement"], string> = { ajoutee: "Ajoutée", remplacee: "Remplacée", retiree: "Retirée" };

const fichier = (f: PieceModifiee["avant"]) => (f ? `${f.nomFichier} (version ${f.version})` : "—");

export function ComparaisonDepots({ donnees }: { donnees: ComparaisonDerniersDepots }) {
  const { avant, apres, comparaison } = donnees;
  const colonneAvant = `Dépôt n° ${avant.numero} (${formaterDate(avant.deposeLe)})`;
  const colonneApres = `Dépôt n° ${apres.numero} (${formaterDate(apres.deposeLe)})`;
  return (
    <section aria-labelledby="titre-comparaison" className={fr.cx("fr-mb-4w")}>
      <h2 id="titre-comparaison">Ce qui a changé depuis le dépôt précédent</h2>
      <p className={fr.cx("fr-text--sm")}>
        Comparaison du dépôt n° {avant.numero} (récépissé {avant.numeroRecepisse}) et du dépôt n° {apres.numero} (récépissé {apres.numeroRecepisse}).
        Les champs inchangés ne sont pas repris.
      </p>
      {comparaison.aucunChangement ? (
        <p>
          <strong>Aucun changement</strong> : le contenu déposé est identique à celui du dépôt précédent.
        </p>
      ) : (
        <>
          {comparaison.champs.length > 0 && (
            <Tableau
              titre="Champs modifiés"
              enTeteDeLigne
              entetes={["Champ", colonneAvant, colonneApres]}
              lignes={comparaison.champs.map((c) => [
                <>
                  <span className={fr.cx("fr-hint-text")}>{c.section}</span>
                  {c.libelle}
                </>,
                <Valeur key="avant" valeur={c.avant} />,
                <Valeur key="apres" valeur={c.apres} />,
              ])}
            />
          )}
          {comparaison.pieces.length > 0 && (
            <Tableau
              titre="Pièces jointes modifiées"
              enTeteDeLigne
              entetes={["Pièce", "Changement", colonneAvant, colonneApres]}
              lignes={comparaison.pieces.map((p) => [p.libelleType, CHANGEMENTS[p.changement], fichier(p.avant), fichier(p.apres)])}
            />
          )}
        </>
      )}
    </section>
  );
}
