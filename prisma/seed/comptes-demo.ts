// Comptes de démonstration, un ou plusieurs par rôle. Les adresses en .example (RFC 2606)
// ne peuvent recevoir aucun courriel réel.
import type { RoleAppartenance } from "@/lib/generated/prisma/client";

export type CompteDemo = {
  email: string;
  prenom: string;
  nom: string;
  /** Organisation : SIREN d'une collectivité, « etat:53 » pour un service de l'État, « dgaln ». */
  organisation: string;
  role: RoleAppartenance;
  libelle: string;
};

export const COMPTES_DEMO: CompteDemo[] = [
  { email: "claire.martin@andouille.example", prenom: "Claire", nom: "Martin", organisation: "215300054", role: "membre", libelle: "Secrétaire générale, commune d'Andouillé" },
  { email: "jean.dupont@andouille.example", prenom: "Jean", nom: "Dupont", organisation: "215300054", role: "signataire", libelle: "Maire d'Andouillé" },
  { email: "sophie.bernard@coevrons.example", prenom: "Sophie", nom: "Bernard", organisation: "200033298", role: "signataire", libelle: "Présidente de la CC des Coëvrons" },
  { email: "luc.moreau@ernee.example", prenom: "Luc", nom: "Moreau", organisation: "245300355", role: "signataire", libelle: "Vice-président de la CC de l'Ernée" },
  { email: "nadia.haddad@nantesmetropole.example", prenom: "Nadia", nom: "Haddad", organisation: "244400404", role: "membre", libelle: "Cheffe de projet, Nantes Métropole" },
  { email: "hugo.petit@saint-nazaire.example", prenom: "Hugo", nom: "Petit", organisation: "214401846", role: "signataire", libelle: "Adjoint à l'urbanisme, Saint-Nazaire" },
  { email: "paul.girard@ddt-mayenne.example", prenom: "Paul", nom: "Girard", organisation: "etat:53", role: "agent", libelle: "Chargé de mission aménagement, DDT de la Mayenne" },
  { email: "anne.roux@ddt-mayenne.example", prenom: "Anne", nom: "Roux", organisation: "etat:53", role: "signataire_etat", libelle: "Directrice, DDT de la Mayenne" },
  { email: "julie.fabre@ddtm-loire-atlantique.example", prenom: "Julie", nom: "Fabre", organisation: "etat:44", role: "agent", libelle: "Chargée de mission, DDTM de la Loire-Atlantique" },
  { email: "marc.lambert@ddtm-loire-atlantique.example", prenom: "Marc", nom: "Lambert", organisation: "etat:44", role: "signataire_etat", libelle: "Directeur adjoint, DDTM de la Loire-Atlantique" },
  { email: "emma.leroy@dgaln.example", prenom: "Emma", nom: "Leroy", organisation: "dgaln", role: "referent", libelle: "Référente nationale, DGALN (bureau AD1)" },
  { email: "thomas.blanc@dgaln.example", prenom: "Thomas", nom: "Blanc", organisation: "dgaln", role: "administrateur", libelle: "Administrateur, DGALN" },
];

/** Membre du jury (appartenance par session, pas par organisation). */
export const JURE_DEMO = { email: "isabelle.noel@jury.example", prenom: "Isabelle", nom: "Noël", libelle: "Membre du jury des sessions nationales" };
