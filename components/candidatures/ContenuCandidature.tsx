import { fr } from "@codegouvfr/react-dsfr";
import type { Acteur } from "@/lib/auth/acteur";
import type { ValeurAffichee } from "@/lib/candidatures/champs";
import { lireContenuSigne, type ChampLisible, type ContenuLisible } from "@/lib/candidatures/contenu-lisible";
import { ListePieces } from "./ListePieces";

type Options = {
  /** Les pièces jointes font partie du contenu signé ; `false` quand la page les liste déjà à part. */
  pieces?: boolean;
  /** `false` quand la page montre déjà l'empreinte (page de signature). */
  empreinte?: boolean;
  /** `false` quand l'en-tête de la page dit déjà format, session et parties (fiche de la candidature). */
  enTete?: boolean;
};

type Props = Options & ({ contenu: ContenuLisible } | { acteur: Acteur; candidatureId: string });

/** La valeur d'un champ du contenu, écrite en français (aussi dans la comparaison des dépôts). */
export function Valeur({ valeur }: { valeur: ValeurAffichee }) {
  switch (valeur.type) {
    case "texte":
      // Les rubriques longues gardent les retours à la ligne saisis.
      return <p className={fr.cx("fr-mb-0")} style={{ whiteSpace: "pre-line" }}>{valeur.texte}</p>;
    case "vide":
      return <p className={fr.cx("fr-mb-0", "fr-hint-text")}>{valeur.texte}</p>;
    case "liste":
      return (
        <ul className={fr.cx("fr-mb-0")}>
          {valeur.elements.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      );
    case "contacts":
      return valeur.groupes.map((g) => (
        <div key={g.titre} className={fr.cx("fr-mb-2w")}>
          <p className={fr.cx("fr-mb-1v")}>{g.titre} :</p>
          <ul className={fr.cx("fr-mb-0")}>
            {g.contacts.map((c, i) => (
              <li key={i}>
                {c.nom}
                {c.fonction ? `, ${c.fonction}` : ""} — <a href={`mailto:${c.email}`}>{c.email}</a>
                {c.telephone ? ` — ${c.telephone}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ));
  }
}

function Champs({ champs }: { champs: ChampLisible[] }) {
  return (
    <dl className={fr.cx("fr-mb-0")}>
      {champs.map((c) => (
        <div key={c.cle} className={fr.cx("fr-mb-3w")}>
          <dt className={fr.cx("fr-text--bold", "fr-mb-1v")}>{c.libelle}</dt>
          <dd className={fr.cx("fr-ml-0")}>
            <Valeur valeur={c.valeur} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Tout le contenu que couvrent les signatures, en lecture seule : en-tête, chaque section de la
 * liste unique des champs, pièces courantes et empreinte. Lu ici si la page ne l'a pas déjà lu.
 */
export async function ContenuCandidature(props: Props) {
  const contenu = "contenu" in props ? props.contenu : await lireContenuSigne(props.acteur, props.candidatureId);
  if (!contenu) return null;
  const { pieces = true, empreinte = true, enTete = true } = props;
  return (
    // Noms de fichiers, adresses et empreinte sans espace passent à la ligne plutôt que de déborder sur mobile.
    <section aria-labelledby="titre-contenu" className={fr.cx("fr-mb-6w")} style={{ overflowWrap: "anywhere" }}>
      <h2 id="titre-contenu">Contenu de la candidature</h2>
      <p>
        Les signatures portent sur l&apos;ensemble de ce contenu{pieces ? ", pièces jointes comprises" : " et sur les pièces jointes"} : toute
        modification les annule.
        {empreinte && (
          <>
            {" "}
            Empreinte SHA-256 du contenu actuel : <span className={fr.cx("fr-text--sm")}>{contenu.hashContenu}</span>.
          </>
        )}
      </p>
      {enTete && <Champs champs={contenu.enTete} />}
      {contenu.sections.map((s) => (
        <div key={s.section}>
          <h3 className={fr.cx("fr-h6", "fr-mb-2w")}>{s.titre}</h3>
          {s.resume && <p>{s.resume}</p>}
          {/* Une section d'un seul champ du même nom (« Contacts ») : le titre suffit. */}
          {s.champs.length === 1 && s.champs[0]!.libelle === s.titre ? (
            <div className={fr.cx("fr-mb-3w")}>
              <Valeur valeur={s.champs[0]!.valeur} />
            </div>
          ) : (
            <Champs champs={s.champs} />
          )}
        </div>
      ))}
      {pieces && <ListePieces pieces={contenu.pieces} niveau={3} />}
    </section>
  );
}
