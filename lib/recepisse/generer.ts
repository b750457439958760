// Le récépissé de dépôt en PDF (issue 4, §6) : en français, avec tout le contenu déposé, les pièces
// et leur empreinte SHA-256, les signataires et leurs heures (heure de Paris), l'avis de l'État et
// l'empreinte du contenu signé. Police Marianne (polices.ts), Helvetica à défaut. Flux non
// compressés et date de création = date du dépôt : le document est reproductible
// et son texte se vérifie dans les tests (texte-pdf.ts). Les caractères que Marianne n'a pas passent
// par la police de secours ou sont remplacés visiblement (morceaux.ts).
import type { AvisEtat, FormatAtelier, PartieSignataire, TypePiece } from "@/lib/generated/prisma/enums";
import { CHAMPS_SECTIONS } from "@/lib/candidatures/champs";
import { LIBELLES_PIECES } from "@/lib/candidatures/pieces-requises";
import { DEROGATION_ECHELLE_POSSIBLE } from "@/lib/candidatures/regles/r3-echelle";
import { formaterDate, formaterDateHeure } from "@/lib/format/dates";
import { formaterEuros, formaterNombre } from "@/lib/format/nombres";
import { formaterTaille } from "@/lib/fichiers/type-fichier";
import { blocRepublique, BLEU_FRANCE, creerDocumentPdf, GRIS } from "./document-pdf";
import { CARACTERE_REMPLACE } from "./morceaux";

export type DonneesRecepisse = {
  numeroRecepisse: string;
  numeroDepot: number;
  deposeLe: Date;
  deposePar: string;
  reference: string;
  titre: string;
  format: FormatAtelier;
  session: { theme: string; clotureLe: Date } | null;
  collectivitePrincipale: string;
  porteuses: string[];
  serviceEtat: string;
  perimetre: { communes: string[]; epci: string[]; nombreCommunes: number; population: number; departements: string[] };
  derogationDemandee: boolean;
  note: Record<"localisation" | "objet" | "objectifs" | "ressources" | "dynamiquesTerritoire" | "dynamiquesAmenagement", string | null>;
  calendrier: { debutPrevu: Date | null; dureeMois: number | null };
  livrables: { livrablesAttendus: string | null; disciplinesSouhaitees: string[]; budgetMaterielEuros: number | null };
  contacts: { partie: PartieSignataire; nom: string; fonction: string | null; email: string; telephone: string | null }[];
  pieces: { type: TypePiece; nomFichier: string; version: number; taille: number; sha256: string }[];
  signatures: { partie: PartieSignataire; signataire: string; organisation: string; signeeLe: Date; avis: AvisEtat | null; avisTexte: string | null }[];
  hashContenu: string;
};

const FORMATS: Record<FormatAtelier, string> = { national: "Atelier national", local: "Atelier local", flash: "Atelier flash" };
const PARTIES: Record<PartieSignataire, string> = { collectivite: "Collectivité principale", etat: "Service de l'État compétent" };
// Libellés de la liste unique des champs (lib/candidatures/champs.ts), comme à l'écran.
const { note: NOTE, calendrier: CALENDRIER, livrables: LIVRABLES } = CHAMPS_SECTIONS;
const RUBRIQUES_NOTE = (["localisation", "objet", "objectifs", "ressources", "dynamiquesTerritoire", "dynamiquesAmenagement"] as const).map(
  (cle) => [cle, NOTE[cle].libelle] as const,
);
const COMMUNES_LISTEES_MAX = 60;

/** « 12 Ko », « 3,4 Mo » : la taille exacte compte pour reconnaître une pièce. */
function taille(octets: number): string {
  return octets < 1024 * 1024 ? `${formaterNombre(Math.max(1, Math.ceil(octets / 1024)))} Ko` : formaterTaille(octets);
}

export async function genererRecepisse(d: DonneesRecepisse): Promise<Buffer> {
  const { doc, largeur, ecrire, remplaces, terminer } = creerDocumentPdf({
    titre: `Récépissé de dépôt ${d.numeroRecepisse}`,
    sujet: `Candidature ${d.reference}`,
    date: d.deposeLe,
  });
  const titre = (t: string) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(0.8).fillColor(BLEU_FRANCE);
    ecrire(t, "gras", 13);
    doc.moveDown(0.3).fillColor("black");
  };
  const champ = (libelle: string, valeur: string | null | undefined) => {
    ecrire(`${libelle} : `, "gras", 10, { continued: true });
    ecrire(valeur?.trim() || "non renseigné", "texte", 10);
  };
  const paragraphe = (libelle: string, valeur: string | null) => {
    ecrire(libelle, "gras", 10);
    ecrire(valeur?.trim() || "Non renseigné.", "texte", 10, { align: "left" });
    doc.moveDown(0.4);
  };

  blocRepublique(doc, ["Direction générale de l'aménagement, du logement et de la nature (DGALN) — Ateliers des territoires"]);
  doc.moveDown(1.2).font("gras").fontSize(20).fillColor(BLEU_FRANCE).text("Récépissé de dépôt de candidature");
  doc.moveDown(0.4).fillColor("black");
  ecrire(d.titre, "texte", 11);
  doc.moveDown(0.6);
  champ("Récépissé n°", d.numeroRecepisse);
  champ("Candidature", d.reference);
  champ("Déposée le", `${formaterDateHeure(d.deposeLe)} (heure de Paris), dépôt n° ${d.numeroDepot}`);
  champ("Déposée par", d.deposePar);
  champ("Format", FORMATS[d.format]);
  if (d.session) champ("Session nationale", `${d.session.theme} (clôture le ${formaterDateHeure(d.session.clotureLe)}, heure de Paris)`);

  titre("Porteurs");
  champ("Collectivité principale", d.collectivitePrincipale);
  champ("Autres collectivités porteuses", d.porteuses.length ? d.porteuses.join(", ") : "aucune");
  champ("Service de l'État", d.serviceEtat);

  titre("Périmètre");
  champ("Communes couvertes", `${formaterNombre(d.perimetre.nombreCommunes)} (${formaterNombre(d.perimetre.population)} habitants)`);
  champ("Départements", d.perimetre.departements.join(", "));
  champ("EPCI inclus entiers", d.perimetre.epci.length ? d.perimetre.epci.join(", ") : "aucun");
  const listees = d.perimetre.communes.slice(0, COMMUNES_LISTEES_MAX).join(", ");
  const reste = d.perimetre.communes.length - COMMUNES_LISTEES_MAX;
  champ("Communes listées", d.perimetre.communes.length ? `${listees}${reste > 0 ? ` et ${reste} autres` : ""}` : "aucune");
  if (d.derogationDemandee && DEROGATION_ECHELLE_POSSIBLE[d.format]) champ("Dérogation à l'échelle", "demandée");

  titre("Note d'opportunité");
  for (const [cle, libelle] of RUBRIQUES_NOTE) paragraphe(libelle, d.note[cle]);

  titre("Calendrier, livrables et équipe");
  champ(CALENDRIER.debutPrevu.libelle, d.calendrier.debutPrevu ? formaterDate(d.calendrier.debutPrevu) : null);
  champ(CALENDRIER.dureeMois.libelle, d.calendrier.dureeMois === null ? null : `${d.calendrier.dureeMois} mois`);
  champ(LIVRABLES.livrablesAttendus.libelle, d.livrables.livrablesAttendus);
  champ(LIVRABLES.disciplinesSouhaitees.libelle, d.livrables.disciplinesSouhaitees.join(", "));
  champ(LIVRABLES.budgetMaterielEuros.libelle, d.livrables.budgetMaterielEuros === null ? null : formaterEuros(d.livrables.budgetMaterielEuros));

  titre("Contacts");
  if (d.contacts.length === 0) doc.font("texte").fontSize(10).text("Aucun contact indiqué.");
  for (const c of d.contacts) {
    const details = [c.fonction, c.email, c.telephone].filter(Boolean).join(" — ");
    champ(c.partie === "collectivite" ? "Collectivité" : "État", `${c.nom} (${details})`);
  }

  titre("Pièces jointes");
  if (d.pieces.length === 0) doc.font("texte").fontSize(10).text("Aucune pièce.");
  for (const p of d.pieces) {
    ecrire(LIBELLES_PIECES[p.type], "gras", 10);
    ecrire(`${p.nomFichier} — version ${p.version} — ${taille(p.taille)} (${formaterNombre(p.taille)} octets)`, "texte", 10);
    doc.font("texte").fontSize(8).fillColor(GRIS).text(`SHA-256 : ${p.sha256}`).fillColor("black").moveDown(0.3);
  }

  titre("Signatures");
  for (const s of d.signatures) {
    ecrire(`${PARTIES[s.partie]} : ${s.organisation}`, "gras", 10);
    ecrire(`Signée par ${s.signataire} le ${formaterDateHeure(s.signeeLe)} (heure de Paris).`, "texte", 10);
    if (s.avis) ecrire(`Avis ${s.avis === "favorable" ? "favorable" : "réservé"}${s.avisTexte ? ` : ${s.avisTexte}` : "."}`, "texte", 10);
    doc.moveDown(0.3);
  }

  titre("Empreinte du contenu déposé (SHA-256)");
  doc.font("texte").fontSize(10).text(d.hashContenu);
  doc.moveDown(0.5).fontSize(9).fillColor(GRIS).text(
    "Les deux signatures portent sur cette empreinte, calculée sur l'ensemble des champs de la candidature et des pièces jointes. " +
      "Toute modification ultérieure du contenu la changerait. Ce récépissé atteste du dépôt ; il ne préjuge pas de la recevabilité de la candidature, examinée par la DGALN.",
    { width: largeur },
  );
  if (remplaces() > 0) {
    doc.moveDown(0.5);
    ecrire(
      `${CARACTERE_REMPLACE} : caractère que ce document ne sait pas reproduire (émoji, écriture non prise en charge). ` +
        "Le contenu déposé le conserve tel qu'il a été saisi ; l'empreinte ci-dessus porte sur ce contenu.",
      "texte",
      9,
      { width: largeur },
    );
  }

  return terminer(d.numeroRecepisse);
}
