// Ce que le formulaire dit des signatures valides d'une candidature avant et après une
// modification : qui a signé, quand, et qui devra signer de nouveau (DESIGN.md §5 : toute
// modification annule les signatures). Fonctions pures, partagées par la page et le formulaire.
import { formaterDate, formaterDateHeure } from "@/lib/format/dates";
import type { PartieSignataire } from "@/lib/generated/prisma/enums";

/** Les organisations des deux parties, par leur nom (« Andouillé », « DDT de la Mayenne »). */
export type Parties = Record<PartieSignataire, string>;

/** Une signature valide sur le contenu actuel. */
export type SignatureEnCours = { partie: PartieSignataire; signataire: string; signeeLe: Date };

/** Ce que la page et la confirmation affichent ; `null` quand personne n'a signé le contenu actuel. */
export type AvertissementSignatures = {
  /** « signée par les deux parties le 4 mars 2027 » ou « signée par Jean Dupont pour la collectivité le … » */
  resume: string;
  /** Chaque signature, avec l'heure. */
  detail: string;
  /** « la collectivité (Andouillé) et le service de l'État (DDT de la Mayenne) devront signer de nouveau » */
  consequence: string;
  /** Nombre de signatures que l'enregistrement annulera (1 ou 2). */
  nombre: number;
};

const PARTIES: Record<PartieSignataire, string> = { collectivite: "la collectivité", etat: "le service de l'État" };
const ORDRE: PartieSignataire[] = ["collectivite", "etat"];

const majuscule = (texte: string) => texte.charAt(0).toLocaleUpperCase("fr") + texte.slice(1);

/** « la collectivité (Andouillé) et le service de l'État (DDT de la Mayenne) », dans un ordre fixe. */
export function nommerParties(parties: PartieSignataire[], noms: Parties): string {
  return ORDRE.filter((p) => parties.includes(p))
    .map((p) => `${PARTIES[p]} (${noms[p]})`)
    .join(" et ");
}

export function avertissementSignatures(signatures: SignatureEnCours[], noms: Parties): AvertissementSignatures | null {
  const parPartie = ORDRE.flatMap((p) => {
    // Une seule signature valide par partie (décision 010) ; la plus récente si jamais il y en avait deux.
    const s = signatures.filter((x) => x.partie === p).sort((a, b) => b.signeeLe.getTime() - a.signeeLe.getTime())[0];
    return s ? [s] : [];
  });
  if (parPartie.length === 0) return null;
  const derniere = new Date(Math.max(...parPartie.map((s) => s.signeeLe.getTime())));
  const resume =
    parPartie.length === 2
      ? `signée par les deux parties le ${formaterDate(derniere)}`
      : `signée par ${parPartie[0]!.signataire} pour ${PARTIES[parPartie[0]!.partie]} le ${formaterDate(derniere)}`;
  const detail = `${parPartie.map((s) => `${s.signataire} pour ${PARTIES[s.partie]} (${noms[s.partie]}) le ${formaterDateHeure(s.signeeLe)}`).join(" ; ")}.`;
  const nommees = nommerParties(
    parPartie.map((s) => s.partie),
    noms,
  );
  return { resume, detail: majuscule(detail), consequence: `${nommees} ${parPartie.length > 1 ? "devront" : "devra"} signer de nouveau`, nombre: parPartie.length };
}

/**
 * Message après un enregistrement qui a annulé des signatures, d'après la réponse du serveur :
 * « Signatures annulées : Jean Dupont pour la collectivité, Anne Roux pour le service de l'État.
 * La collectivité (Andouillé) et le service de l'État (DDT de la Mayenne) doivent signer de nouveau. »
 */
export function messageSignaturesAnnulees(annulees: { partie: PartieSignataire; signataire: string }[], noms: Parties): string {
  if (annulees.length === 0) return "";
  const qui = annulees.map((s) => `${s.signataire} pour ${PARTIES[s.partie]}`).join(", ");
  const parties = [...new Set(annulees.map((s) => s.partie))];
  const titre = annulees.length > 1 ? "Signatures annulées" : "Signature annulée";
  return `${titre} : ${qui}. ${majuscule(nommerParties(parties, noms))} ${parties.length > 1 ? "doivent" : "doit"} signer de nouveau le contenu à jour.`;
}
