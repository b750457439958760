// Ce que chacun peut faire ensuite sur une phase, et qui doit agir, dit en français (issue 14,
// décision 031) — comme lib/candidatures/prochaine-etape.ts pour une candidature. Un seul endroit
// croise la machine à états (transitions.ts), les droits de l'acteur (tirés de la politique par
// l'appelant : `atelier.modifier`, `atelier.valider_phase` par partie) et la règle du livrable.
// Module pur, sans base : les faits viennent de lecture.ts.
import { deNom } from "@/lib/format/collectivites";
import type { PartieSignataire, StatutPhase, TypePhase } from "@/lib/generated/prisma/enums";
import { deLaPhase, LIVRABLES_PAR_PHASE, livrableRequisPresent, peutDemarrer, phasePrecedente, transitionPhase, type EtatLivrablesPhase } from "./transitions";

export type GestePhase = "demarrer" | "deposer" | "soumettre" | "valider" | "renvoyer";

/** Un geste proposé à l'acteur : possible, ou montré désactivé avec la raison en français. */
export type Offre = {
  geste: GestePhase;
  libelle: string;
  /** `null` : le geste est possible maintenant. */
  raison: string | null;
  /** Au titre de quelle partie l'acteur valide ou renvoie. */
  partie?: PartieSignataire;
  commentaireRequis: boolean;
};

export type FaitsPhase = EtatLivrablesPhase & {
  type: TypePhase;
  statut: StatutPhase;
  statutPrecedente: StatutPhase | null;
  /** Parties qui ont une validation non annulée de la phase. */
  validees: readonly PartieSignataire[];
  /** Droits de l'acteur sur l'atelier, tirés de la politique. */
  droits: { modifier: boolean; validerPour: readonly PartieSignataire[] };
  noms: { collectivite: string | null; serviceEtat: string };
};

export type ProchaineEtapePhase = { titre: string; description: string; pourVous: boolean };

const CO_PILOTES: readonly PartieSignataire[] = ["collectivite", "etat"];

function offreTransition(f: FaitsPhase, action: "demarrer" | "soumettre" | "valider" | "renvoyer", raison: string | null, partie?: PartieSignataire): Offre[] {
  const t = transitionPhase(f.statut, action);
  return t ? [{ geste: action, libelle: t.libelle, raison, partie, commentaireRequis: t.commentaireRequis }] : [];
}

/** Les gestes proposés à l'acteur sur cette phase, dans l'ordre où il les fait. */
export function offresPhase(f: FaitsPhase): Offre[] {
  const offres: Offre[] = [];
  if (f.droits.modifier) {
    if (f.statut === "a_venir") {
      // Une phase dont la précédente n'a pas démarré n'offre rien : le bouton serait du bruit.
      const precedente = phasePrecedente(f.type);
      if (precedente === null || f.statutPrecedente !== "a_venir") {
        const ordre = peutDemarrer(f.type, f.statutPrecedente);
        offres.push(...offreTransition(f, "demarrer", ordre.ok ? null : ordre.message));
      }
    }
    if (f.statut === "en_cours" || f.statut === "a_valider") {
      offres.push({ geste: "deposer", libelle: "Déposer un livrable", raison: null, commentaireRequis: false });
    }
    if (f.statut === "en_cours") {
      const requis = livrableRequisPresent(f.type, f);
      offres.push(...offreTransition(f, "soumettre", requis.ok ? null : requis.message));
    }
  }
  if (f.statut === "a_valider") {
    const partie = f.droits.validerPour.find((p) => !f.validees.includes(p));
    if (partie) offres.push(...offreTransition(f, "valider", null, partie));
    const renvoi = partie ?? f.droits.validerPour[0];
    if (renvoi) offres.push(...offreTransition(f, "renvoyer", null, renvoi));
  }
  return offres;
}

/** « d'un signataire d'Andouillé », « d'un signataire de la DDT de la Mayenne ». */
const dUnSignataire = (partie: PartieSignataire, f: FaitsPhase) =>
  partie === "collectivite"
    ? `d'un signataire ${f.noms.collectivite ? deNom(f.noms.collectivite) : "de la collectivité principale"}`
    : `d'un signataire ${deNom(f.noms.serviceEtat, { service: true })}`;

const pilote = (f: FaitsPhase) => `Le service de l'État pilote (${f.noms.serviceEtat})`;

/** Ce qui doit se passer ensuite sur la phase, qui doit agir, et si c'est l'acteur. */
export function prochaineEtapePhase(f: FaitsPhase): ProchaineEtapePhase {
  const phase = deLaPhase(f.type);
  switch (f.statut) {
    case "a_venir": {
      const ordre = peutDemarrer(f.type, f.statutPrecedente);
      if (!ordre.ok) return { titre: "En attente de la phase précédente", description: ordre.message, pourVous: false };
      return { titre: `À démarrer par le service de l'État pilote`, description: `${pilote(f)} démarre la phase ${phase} quand l'équipe commence.`, pourVous: f.droits.modifier };
    }
    case "en_cours": {
      const requis = livrableRequisPresent(f.type, f);
      if (!requis.ok) {
        return {
          titre: "Livrable à déposer",
          description: `${pilote(f)} dépose ${LIVRABLES_PAR_PHASE[f.type].manquant}, puis soumet la phase à validation.`,
          pourVous: f.droits.modifier,
        };
      }
      return { titre: "À soumettre à validation", description: `${pilote(f)} soumet la phase ${phase} aux deux co-pilotes.`, pourVous: f.droits.modifier };
    }
    case "a_valider": {
      const attendues = CO_PILOTES.filter((p) => !f.validees.includes(p));
      const deja = CO_PILOTES.filter((p) => f.validees.includes(p));
      const description = [
        deja.length ? `${deja.map((p) => (p === "collectivite" ? "La collectivité" : "Le service de l'État")).join(" et ")} a validé.` : "",
        `On attend la validation ${attendues.map((p) => dUnSignataire(p, f)).join(" et ")} : relire les livrables, puis valider la phase ou la renvoyer avec un commentaire.`,
      ]
        .filter(Boolean)
        .join(" ");
      return {
        titre: attendues.length > 1 ? "À valider par les deux co-pilotes" : "À valider par le second co-pilote",
        description,
        pourVous: f.droits.validerPour.some((p) => attendues.includes(p)),
      };
    }
    case "validee":
      return { titre: "Phase validée", description: `Les deux co-pilotes ont validé la phase ${phase}.`, pourVous: false };
  }
}
