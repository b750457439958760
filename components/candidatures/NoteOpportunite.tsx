import { fr } from "@codegouvfr/react-dsfr";
import { formaterDate } from "@/lib/format/dates";
import { accorder, formaterEuros } from "@/lib/format/nombres";

export type NoteAffichee = {
  localisation: string | null;
  objet: string | null;
  objectifs: string | null;
  ressources: string | null;
  dynamiquesTerritoire: string | null;
  dynamiquesAmenagement: string | null;
  debutPrevu: Date | null;
  dureeMois: number | null;
  livrablesAttendus: string | null;
  disciplinesSouhaitees: string[];
  budgetMaterielEuros: number | null;
  porteuses: { organisation: { id: string; nom: string } }[];
};

const NON_RENSEIGNE = "Non renseigné.";

function Champ({ titre, valeur }: { titre: string; valeur: string | null }) {
  return (
    <>
      <dt className={fr.cx("fr-text--bold", "fr-mb-1v")}>{titre}</dt>
      <dd className={fr.cx("fr-mb-3w", "fr-ml-0")} style={{ whiteSpace: "pre-line" }}>
        {valeur ?? <span className={fr.cx("fr-hint-text")}>{NON_RENSEIGNE}</span>}
      </dd>
    </>
  );
}

/** Les rubriques de la note d'opportunité, en lecture seule. */
export function NoteOpportunite({ note }: { note: NoteAffichee }) {
  const autres = note.porteuses.map((p) => p.organisation.nom);
  return (
    <section aria-labelledby="titre-note" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-note">Note d&apos;opportunité</h2>
      <dl>
        <Champ titre="Autres collectivités porteuses" valeur={autres.length ? autres.join(", ") : "Aucune."} />
        <Champ titre="Localisation" valeur={note.localisation} />
        <Champ titre="Objet" valeur={note.objet} />
        <Champ titre="Objectifs" valeur={note.objectifs} />
        <Champ titre="Ressources" valeur={note.ressources} />
        <Champ titre="Dynamiques du territoire" valeur={note.dynamiquesTerritoire} />
        <Champ titre="Dynamiques d'aménagement" valeur={note.dynamiquesAmenagement} />
        <Champ titre="Début prévu" valeur={note.debutPrevu ? formaterDate(note.debutPrevu) : null} />
        <Champ titre="Durée prévue" valeur={note.dureeMois !== null ? accorder(note.dureeMois, "mois", "mois") : null} />
        <Champ titre="Livrables attendus" valeur={note.livrablesAttendus} />
        <Champ titre="Disciplines souhaitées dans l'équipe" valeur={note.disciplinesSouhaitees.length ? note.disciplinesSouhaitees.join(", ") : null} />
        <Champ
          titre="Budget de la collectivité pour les frais matériels des ateliers in situ"
          valeur={note.budgetMaterielEuros !== null ? formaterEuros(note.budgetMaterielEuros) : null}
        />
      </dl>
    </section>
  );
}
