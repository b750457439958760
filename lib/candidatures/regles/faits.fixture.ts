// Faits d'exemple pour les tests unitaires des règles : une candidature complète et conforme par
// format, que chaque test modifie sur le seul point qu'il vérifie. (Données réelles : CC des
// Coëvrons, 29 communes ; Andouillé, membre de la CC de l'Ernée — DESIGN.md §2.)
import type { FaitsCandidature } from "./types";

const HASH = "a".repeat(64);

export const EPCI_COEVRONS = { siren: "200033298", nom: "CC des Coëvrons", nombreCommunes: 29, departements: ["53"] };
export const EPCI_ERNEE = { siren: "245300355", nom: "CC de l'Ernée", nombreCommunes: 15 };

export const ANDOUILLE = { codeInsee: "53005", nom: "Andouillé", epciSiren: EPCI_ERNEE.siren, codeDepartement: "53" };

export function faitsLocal(modifs: Partial<FaitsCandidature> = {}): FaitsCandidature {
  return {
    id: "cand-1",
    format: "local",
    statut: "signee",
    session: null,
    dureeMois: 12,
    perimetre: { communes: [], epci: [EPCI_COEVRONS], epciDesCommunes: [] },
    collectivitePrincipale: { nom: "CC des Coëvrons", type: "epci", departements: ["53"] },
    serviceEtat: { nom: "DDT de la Mayenne", codeDepartement: "53" },
    pieces: ["note_opportunite", "courrier_soutien_collectivite", "courrier_soutien_prefet", "courrier_engagement_etat"],
    derogationDemandee: false,
    signatures: [
      { partie: "collectivite", hashContenu: HASH, invalidee: false },
      { partie: "etat", hashContenu: HASH, invalidee: false },
    ],
    hashContenu: HASH,
    autresCandidatures: [],
    maintenant: new Date("2027-02-01T10:00:00Z"),
    ...modifs,
  };
}

export function faitsFlash(modifs: Partial<FaitsCandidature> = {}): FaitsCandidature {
  return faitsLocal({
    format: "flash",
    dureeMois: 5,
    perimetre: { communes: [ANDOUILLE], epci: [], epciDesCommunes: [EPCI_ERNEE] },
    collectivitePrincipale: { nom: "Andouillé", type: "commune", departements: ["53"] },
    pieces: ["note_opportunite", "courrier_soutien_collectivite", "courrier_engagement_etat"],
    ...modifs,
  });
}

export const SESSION_OUVERTE = {
  id: "session-2027",
  theme: "Aménager des territoires productifs, sobres et créateurs de valeurs",
  statut: "ouverte" as const,
  clotureLe: new Date("2027-03-31T21:59:00Z"),
  piecesRequises: [],
};

export function faitsNational(modifs: Partial<FaitsCandidature> = {}): FaitsCandidature {
  return faitsLocal({ format: "national", dureeMois: 18, session: SESSION_OUVERTE, ...modifs });
}
