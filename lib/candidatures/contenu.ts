// Contenu signable d'une candidature (R6) : les champs de la note d'opportunité, le périmètre,
// les porteuses, les contacts et les pièces courantes. Une signature est liée à son empreinte ;
// toute modification de ce contenu change l'empreinte et invalide donc les signatures.
import { createHash } from "node:crypto";
import { jsonCanonique } from "@/lib/audit/journal";

export type ContenuSignable = {
  format: string;
  sessionId: string | null;
  titre: string;
  collectivitePrincipaleId: string;
  serviceEtatId: string;
  porteuses: string[];
  communes: string[];
  epci: string[];
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
  derogationDemandee: boolean;
  contacts: { partie: string; nom: string; fonction: string | null; email: string; telephone: string | null }[];
  pieces: { type: string; emplacement: string; version: number; nomFichier: string; sha256: string }[];
};

export function empreinteContenu(contenu: ContenuSignable): string {
  const normalise = {
    ...contenu,
    debutPrevu: contenu.debutPrevu ? contenu.debutPrevu.toISOString().slice(0, 10) : null,
    porteuses: [...contenu.porteuses].sort(),
    communes: [...contenu.communes].sort(),
    epci: [...contenu.epci].sort(),
    pieces: [...contenu.pieces].sort((a, b) => `${a.emplacement}:${a.version}`.localeCompare(`${b.emplacement}:${b.version}`)),
  };
  return createHash("sha256").update(jsonCanonique(normalise)).digest("hex");
}
