// La lettre de décision en PDF (DESIGN.md §9 : toute décision qui met fin à une candidature ou la
// renvoie aux porteurs produit une lettre) : bloc République française, DGALN, destinataires (la
// collectivité et le service de l'État), objet, décision, motivation, points à corriger et échéance,
// bloc de signature. Même fabrique que le récépissé (document reproductible, texte vérifiable).
import { formaterDate, formaterDateHeure } from "@/lib/format/dates";
import type { FormatAtelier, TypeDecision } from "@/lib/generated/prisma/enums";
import { blocRepublique, BLEU_FRANCE, creerDocumentPdf, GRIS } from "@/lib/recepisse/document-pdf";
import { CARACTERE_REMPLACE } from "@/lib/recepisse/morceaux";

/** Les décisions qui produisent une lettre (les autres n'en ont pas). */
export type TypeDecisionAvecLettre = Extract<TypeDecision, "irrecevable" | "corrections_demandees" | "retenue" | "non_retenue" | "liste_complementaire">;

export type DonneesLettre = {
  type: TypeDecisionAvecLettre;
  reference: string;
  titre: string;
  format: FormatAtelier;
  collectivite: string;
  serviceEtat: string;
  decideeLe: Date;
  /** Nom de la personne de la DGALN qui décide. */
  decidePar: string;
  depotNumero: number;
  numeroRecepisse: string;
  deposeeLe: Date;
  motivation: string;
  points: string[];
  echeance: Date | null;
  /** Thème de la session nationale dont le jury a délibéré, pour une décision de sélection. */
  session: string | null;
};

const FORMATS: Record<FormatAtelier, string> = { national: "atelier national", local: "atelier local", flash: "atelier flash" };

const OBJETS: Record<TypeDecisionAvecLettre, string> = {
  irrecevable: "Décision d'irrecevabilité de votre candidature",
  corrections_demandees: "Demande de corrections de votre candidature",
  retenue: "Sélection de votre candidature",
  non_retenue: "Décision de non-sélection de votre candidature",
  liste_complementaire: "Inscription de votre candidature sur la liste complémentaire",
};

const FICHIERS: Record<TypeDecisionAvecLettre, string> = {
  irrecevable: "lettre-irrecevabilite",
  corrections_demandees: "lettre-demande-corrections",
  retenue: "lettre-selection",
  non_retenue: "lettre-non-selection",
  liste_complementaire: "lettre-liste-complementaire",
};

export function nomFichierLettre(type: TypeDecisionAvecLettre, reference: string, depotNumero: number): string {
  return `${FICHIERS[type]}-${reference}-D${depotNumero}.pdf`;
}

/** Le premier paragraphe : ce que la DGALN décide, après quel examen. */
function annonce(d: DonneesLettre): string {
  const deposee = `la candidature ${d.reference}, déposée conjointement par la collectivité (${d.collectivite}) et le service de l'État (${d.serviceEtat})`;
  const examen = d.session ? `Après la délibération du jury de la session nationale « ${d.session} » sur ${deposee}` : `Après instruction de ${deposee}`;
  switch (d.type) {
    case "irrecevable":
      return `Après examen de la recevabilité de ${deposee}, la DGALN la déclare irrecevable. Cette décision met fin à l'instruction de la candidature.`;
    case "corrections_demandees":
      return `Après examen de la recevabilité de ${deposee}, la DGALN vous demande d'y apporter les corrections ci-dessous avant de poursuivre son instruction.`;
    case "retenue":
      return `${examen}, j'ai le plaisir de vous informer que la DGALN la retient : votre territoire bénéficiera d'un ${FORMATS[d.format]}.`;
    case "non_retenue":
      return `${examen}, la DGALN a le regret de vous informer qu'elle ne la retient pas.`;
    case "liste_complementaire":
      return `${examen}, la DGALN l'inscrit sur la liste complémentaire : elle n'est pas lauréate à ce jour, mais pourra être retenue si une place se libère.`;
  }
}

/** Ce qui suit la décision, pour les porteurs. */
const SUITES: Record<Exclude<TypeDecisionAvecLettre, "corrections_demandees">, string> = {
  irrecevable: "La collectivité et le service de l'État pourront, s'ils le souhaitent, présenter une nouvelle candidature qui tienne compte de cette motivation.",
  retenue:
    "L'atelier est créé sur la plateforme Ateliers des territoires, où la collectivité et le service de l'État le suivent dans ses trois phases " +
    "(appropriation, animation, restitution). Le service de l'État en assure le pilotage ; le référent national de la DGALN prendra contact avec vous " +
    "pour organiser la mission de l'équipe pluridisciplinaire, prise en charge par la DGALN. Les frais matériels des ateliers in situ restent à la charge de la collectivité.",
  non_retenue: "La collectivité et le service de l'État pourront, s'ils le souhaitent, présenter une nouvelle candidature qui tienne compte de cette motivation.",
  liste_complementaire: "La DGALN vous informera de sa décision définitive ; aucune démarche n'est attendue de votre part d'ici là.",
};

export async function genererLettreDecision(d: DonneesLettre): Promise<Buffer> {
  const { doc, largeur, ecrire, remplaces, terminer } = creerDocumentPdf({
    titre: `${OBJETS[d.type]} ${d.reference}`,
    sujet: `Candidature ${d.reference}`,
    date: d.decideeLe,
  });
  const intertitre = (t: string) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(0.5).fillColor(BLEU_FRANCE);
    ecrire(t, "gras", 11);
    doc.moveDown(0.3).fillColor("black");
  };
  const paragraphe = (t: string) => {
    ecrire(t, "texte", 10, { align: "left", width: largeur });
    doc.moveDown(0.5);
  };

  blocRepublique(doc, [
    "Ministère chargé de l'aménagement du territoire et de la transition écologique",
    "Direction générale de l'aménagement, du logement et de la nature (DGALN)",
    "Direction de l'habitat, de l'urbanisme et des paysages — Sous-direction de l'aménagement durable (AD1)",
    "Programme « Atelier des territoires »",
  ]);
  doc.moveDown(0.8).fillColor("black");
  doc.font("texte").fontSize(10).text(`Paris, le ${formaterDate(d.decideeLe)}`, { align: "right" });
  doc.moveDown(0.8);
  ecrire("Destinataires :", "gras", 10);
  ecrire(`${d.collectivite}, collectivité porteuse principale`, "texte", 10);
  ecrire(`${d.serviceEtat}, service de l'État compétent`, "texte", 10);
  doc.moveDown(1);
  ecrire(`Objet : ${OBJETS[d.type]}`, "gras", 11);
  ecrire(`Candidature ${d.reference} (${FORMATS[d.format]}) — « ${d.titre} »`, "texte", 10);
  ecrire(`Dépôt n° ${d.depotNumero} du ${formaterDateHeure(d.deposeeLe)} (heure de Paris), récépissé ${d.numeroRecepisse}`, "texte", 10);
  doc.moveDown(1);

  paragraphe("Madame, Monsieur,");
  paragraphe(annonce(d));

  intertitre("Motivation de la décision");
  paragraphe(d.motivation);

  if (d.type === "corrections_demandees") {
    intertitre("Points à corriger");
    d.points.forEach((p, i) => {
      ecrire(`${i + 1}. ${p}`, "texte", 10, { align: "left", width: largeur });
      doc.moveDown(0.3);
    });
    intertitre("Suite à donner");
    paragraphe(
      d.echeance
        ? `Nous vous remercions de déposer la candidature corrigée au plus tard le ${formaterDate(d.echeance)}.`
        : "Aucune échéance n'est fixée ; nous vous remercions de déposer la candidature corrigée dès que possible.",
    );
    paragraphe(
      "La candidature est de nouveau modifiable sur la plateforme Ateliers des territoires. Toute modification annule les signatures : " +
        "la collectivité et le service de l'État la signent à nouveau, puis un signataire du service de l'État la dépose de nouveau. " +
        "Un nouveau récépissé est alors délivré.",
    );
  } else {
    intertitre("Suite à donner");
    paragraphe(SUITES[d.type]);
  }

  paragraphe("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.");
  doc.moveDown(1);
  // Bloc de signature dans la moitié droite de la page.
  doc.x = doc.page.margins.left + largeur / 2;
  const demi = { width: largeur / 2, align: "left" as const };
  ecrire("Pour le ministre et par délégation,", "texte", 10, demi);
  ecrire("le référent national Atelier des territoires,", "texte", 10, demi);
  doc.moveDown(0.5);
  ecrire(d.decidePar, "gras", 10, demi);
  ecrire("DGALN — Sous-direction de l'aménagement durable", "texte", 10, demi);
  doc.x = doc.page.margins.left;

  doc.moveDown(1).fontSize(8).fillColor(GRIS);
  ecrire(
    `Décision enregistrée le ${formaterDateHeure(d.decideeLe)} (heure de Paris) sur la plateforme Ateliers des territoires, ` +
      "où cette lettre reste téléchargeable par les deux parties.",
    "texte",
    8,
    { width: largeur },
  );
  if (remplaces() > 0) ecrire(`${CARACTERE_REMPLACE} : caractère que ce document ne sait pas reproduire (émoji, écriture non prise en charge).`, "texte", 8, { width: largeur });
  return terminer(`Candidature ${d.reference}`);
}
