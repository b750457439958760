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

/**
 * Signataires et agents des autres organisations des candidatures de démonstration : chaque
 * candidature est créée et signée par des personnes de ses propres organisations. Ces personnes
 * n'ont pas de connexion en un clic (la page de connexion ne montre que COMPTES_DEMO).
 */
export const PERSONNES_DEMO: Omit<CompteDemo, "libelle">[] = [
  { email: "pierre.guerin@nantesmetropole.example", prenom: "Pierre", nom: "Guérin", organisation: "244400404", role: "signataire" },
  { email: "olivier.garnier@bordeaux-metropole.example", prenom: "Olivier", nom: "Garnier", organisation: "243300316", role: "signataire" },
  { email: "maite.etcheverry@communaute-paysbasque.example", prenom: "Maite", nom: "Etcheverry", organisation: "200067106", role: "signataire" },
  { email: "lucie.perrin@grenoblealpesmetropole.example", prenom: "Lucie", nom: "Perrin", organisation: "200040715", role: "signataire" },
  { email: "bernard.michel@embrun.example", prenom: "Bernard", nom: "Michel", organisation: "210500468", role: "signataire" },
  { email: "yann.legoff@presquile-crozon.example", prenom: "Yann", nom: "Le Goff", organisation: "200066868", role: "membre" },
  { email: "catherine.vidal@aixlesbains.example", prenom: "Catherine", nom: "Vidal", organisation: "217300086", role: "signataire" },
  { email: "didier.lefevre@grandevalleedelamarne.example", prenom: "Didier", nom: "Lefèvre", organisation: "245100615", role: "signataire" },
  { email: "caroline.delattre@ca-pso.example", prenom: "Caroline", nom: "Delattre", organisation: "200069037", role: "signataire" },
  { email: "thierry.kieffer@valleedelabruche.example", prenom: "Thierry", nom: "Kieffer", organisation: "246700306", role: "signataire" },
  { email: "philippe.bonnot@legrandchalon.example", prenom: "Philippe", nom: "Bonnot", organisation: "247100589", role: "signataire" },
  { email: "gwenaelle.lebihan@lannion-tregor.example", prenom: "Gwenaëlle", nom: "Le Bihan", organisation: "200065928", role: "signataire" },
  { email: "martine.chauvin@lochessudtouraine.example", prenom: "Martine", nom: "Chauvin", organisation: "200071587", role: "signataire" },
  { email: "helene.mercier@ddtm-gironde.example", prenom: "Hélène", nom: "Mercier", organisation: "etat:33", role: "signataire_etat" },
  { email: "jean-marc.arrieta@ddtm-pyrenees-atlantiques.example", prenom: "Jean-Marc", nom: "Arrieta", organisation: "etat:64", role: "signataire_etat" },
  { email: "frederic.chevalier@ddt-isere.example", prenom: "Frédéric", nom: "Chevalier", organisation: "etat:38", role: "signataire_etat" },
  { email: "sandrine.blanchard@ddt-hautes-alpes.example", prenom: "Sandrine", nom: "Blanchard", organisation: "etat:05", role: "signataire_etat" },
  { email: "nicolas.faure@ddt-savoie.example", prenom: "Nicolas", nom: "Faure", organisation: "etat:73", role: "signataire_etat" },
  { email: "isabelle.roussel@ddt-marne.example", prenom: "Isabelle", nom: "Roussel", organisation: "etat:51", role: "signataire_etat" },
  { email: "gregoire.vasseur@ddtm-pas-de-calais.example", prenom: "Grégoire", nom: "Vasseur", organisation: "etat:62", role: "signataire_etat" },
  { email: "anne-sophie.weber@ddt-bas-rhin.example", prenom: "Anne-Sophie", nom: "Weber", organisation: "etat:67", role: "signataire_etat" },
  { email: "claire.desbois@ddt-saone-et-loire.example", prenom: "Claire", nom: "Desbois", organisation: "etat:71", role: "signataire_etat" },
  { email: "erwan.tanguy@ddtm-cotes-darmor.example", prenom: "Erwan", nom: "Tanguy", organisation: "etat:22", role: "signataire_etat" },
  { email: "laurent.bouvier@ddt-indre-et-loire.example", prenom: "Laurent", nom: "Bouvier", organisation: "etat:37", role: "signataire_etat" },
  // Session en délibération (deliberation-demo.ts) ; Bordeaux Métropole et la DDTM de la Gironde sont plus haut.
  { email: "elodie.morvan@rennesmetropole.example", prenom: "Élodie", nom: "Morvan", organisation: "243500139", role: "signataire" },
  { email: "vincent.lecomte@metropole-rouen-normandie.example", prenom: "Vincent", nom: "Lecomte", organisation: "200023414", role: "signataire" },
  { email: "sabine.muller@mulhouse-alsace.example", prenom: "Sabine", nom: "Muller", organisation: "200066009", role: "signataire" },
  { email: "karim.benali@montpellier3m.example", prenom: "Karim", nom: "Benali", organisation: "243400017", role: "signataire" },
  { email: "agnes.fayolle@clermontmetropole.example", prenom: "Agnès", nom: "Fayolle", organisation: "246300701", role: "signataire" },
  { email: "yannick.le-bras@ddtm-ille-et-vilaine.example", prenom: "Yannick", nom: "Le Bras", organisation: "etat:35", role: "signataire_etat" },
  { email: "christine.duval@ddtm-seine-maritime.example", prenom: "Christine", nom: "Duval", organisation: "etat:76", role: "signataire_etat" },
  { email: "francois.schmitt@ddt-haut-rhin.example", prenom: "François", nom: "Schmitt", organisation: "etat:68", role: "signataire_etat" },
  { email: "pascale.roux@ddtm-herault.example", prenom: "Pascale", nom: "Roux", organisation: "etat:34", role: "signataire_etat" },
  { email: "damien.chabrier@ddt-puy-de-dome.example", prenom: "Damien", nom: "Chabrier", organisation: "etat:63", role: "signataire_etat" },
];
