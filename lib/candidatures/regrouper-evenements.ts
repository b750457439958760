// Une action, une ligne de chronologie : les annulations de signatures qu'une écriture de contenu
// a provoquées (même auteur, même empreinte, écrites juste après elle dans la même transaction)
// rejoignent la ligne de cette écriture. Le journal, lui, garde un événement par signature.
import { libelleEvenement } from "@/lib/audit/evenements";
import type { PartieSignataire } from "@/lib/generated/prisma/enums";

export type LigneJournal = {
  id: string;
  type: string;
  survenuLe: Date;
  acteurId: string | null;
  acteur: string | null;
  resume: string;
  /** Entité de l'événement : l'identifiant de la signature pour `signature.invalidee`. */
  entiteId: string;
  donnees: unknown;
};

export type SignataireAnnule = { signataire: string; partie: PartieSignataire };

export type EvenementCandidature = {
  /** Identifiant du journal (entier de grande taille, en texte). */
  id: string;
  type: string;
  libelle: string;
  survenuLe: Date;
  /** Nom de l'auteur, `null` pour une action du système. */
  acteur: string | null;
  resume: string;
  /** Signatures annulées par cette action, en une phrase ; `null` s'il n'y en a pas. */
  signaturesAnnulees: string | null;
  /** Document lié à l'événement (lettre d'une décision), le cas échéant. */
  lien?: { href: string; libelle: string };
};

const ECRITURES_CONTENU = new Set(["candidature.modifiee", "piece.deposee", "piece.remplacee", "piece.retiree"]);

const POUR: Record<PartieSignataire, string> = { collectivite: "pour la collectivité", etat: "pour le service de l'État" };

const hashDe = (donnees: unknown) =>
  donnees && typeof donnees === "object" && "hashContenu" in donnees ? (donnees as { hashContenu: unknown }).hashContenu : undefined;

export function phraseSignaturesAnnulees(annulees: SignataireAnnule[]): string | null {
  if (annulees.length === 0) return null;
  const noms = annulees.map((a) => `${a.signataire} ${POUR[a.partie]}`);
  const liste = noms.length === 1 ? noms[0] : `${noms.slice(0, -1).join(", ")} et ${noms.at(-1)}`;
  return annulees.length === 1 ? `Signature annulée, à renouveler : ${liste}.` : `Signatures annulées, à renouveler : ${liste}.`;
}

/** Regroupe les lignes du journal (de la plus ancienne à la plus récente) en lignes de chronologie. */
export function regrouperEvenements(lignes: LigneJournal[], signataires: Map<string, SignataireAnnule>): EvenementCandidature[] {
  const resultat: (EvenementCandidature & { annulees: SignataireAnnule[] })[] = [];
  let ecriture: { ligne: LigneJournal; index: number } | null = null;
  for (const l of lignes) {
    const signataire = signataires.get(l.entiteId);
    if (
      l.type === "signature.invalidee" &&
      signataire &&
      ecriture &&
      ecriture.ligne.acteurId === l.acteurId &&
      hashDe(ecriture.ligne.donnees) !== undefined &&
      hashDe(ecriture.ligne.donnees) === hashDe(l.donnees)
    ) {
      resultat[ecriture.index]!.annulees.push(signataire);
      continue;
    }
    ecriture = ECRITURES_CONTENU.has(l.type) ? { ligne: l, index: resultat.length } : null;
    resultat.push({
      id: l.id,
      type: l.type,
      libelle: libelleEvenement(l.type),
      survenuLe: l.survenuLe,
      acteur: l.acteur,
      resume: l.resume,
      signaturesAnnulees: null,
      annulees: [],
    });
  }
  return resultat.map(({ annulees, ...e }) => ({ ...e, signaturesAnnulees: phraseSignaturesAnnulees(annulees) }));
}
