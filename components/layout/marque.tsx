// Identité du service : un seul endroit à modifier si l'intitulé ministériel change
// (changement de gouvernement) — voir docs/decisions/005-interface-dsfr.md.

/**
 * Intitulé officiel du bloc-marque : celui du pôle ministériel dont relève la DGALN
 * (direction d'administration centrale commune aux ministères de l'Aménagement du territoire
 * et de la Transition écologique), découpé en lignes comme le veut la charte du DSFR.
 */
export const INTITULE_OFFICIEL_LIGNES = ["Ministères", "Aménagement", "du territoire", "Transition", "écologique"] as const;

export const INTITULE_OFFICIEL = INTITULE_OFFICIEL_LIGNES.join(" ");

export const NOM_SERVICE = "Ateliers des territoires";

export const DESCRIPTION_SERVICE = "Candidatures conjointes et suivi des ateliers — DGALN";

export function BlocMarque() {
  return (
    <>
      {INTITULE_OFFICIEL_LIGNES.map((ligne, i) => (
        <span key={ligne}>
          {i > 0 && <br />}
          {ligne}
        </span>
      ))}
    </>
  );
}

export const LIEN_ACCUEIL = {
  href: "/",
  title: `Accueil — ${NOM_SERVICE} (${INTITULE_OFFICIEL})`,
} as const;
