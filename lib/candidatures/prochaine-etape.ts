// La prochaine étape d'une candidature, dite en français à celui qui la regarde (issue 9, point 3) :
// ce qui doit se passer, qui doit agir, et si c'est à lui. Pur : les faits viennent de la liste de
// contrôle (statut, signatures valides, droits de l'acteur, verdict de dépôt) ; le `Record` sur
// les statuts rend le texte exhaustif (un nouveau statut ne compile pas sans sa prochaine étape).
import { deNom, nomCollectiviteDeveloppe } from "@/lib/format/collectivites";
import { formaterDate } from "@/lib/format/dates";
import type { FormatAtelier, PartieSignataire, StatutCandidature } from "@/lib/generated/prisma/enums";

export type SignatureCourante = { signataire: string; signeeLe: Date };

export type FaitsEtape = {
  statut: StatutCandidature;
  format: FormatAtelier;
  collectivite: string;
  serviceEtat: string;
  /** Thème de la session nationale, s'il y en a une. */
  session: string | null;
  /** Signatures valides sur le contenu actuel, par partie. */
  signatures: Record<PartieSignataire, SignatureCourante | null>;
  /** L'organisation de chaque partie a-t-elle au moins un signataire sur la plateforme ? */
  aUnSignataire: Record<PartieSignataire, boolean>;
  /** Règles qui bloquent la signature (toutes sauf R6) et le dépôt. */
  bloquantsAvantSignature: number;
  bloquantsDepot: number;
  /** Ce que l'acteur peut faire maintenant (politique × statut) ; `instruire` : il instruit la candidature (DGALN). */
  droits: { modifier: boolean; signerCollectivite: boolean; signerEtat: boolean; deposer: boolean; instruire: boolean };
  /** Échéance de la demande de corrections en cours, s'il y en a une. */
  echeanceCorrections: Date | null;
};

export type ProchaineEtape = {
  /** Une phrase : ce qu'on attend, et de qui. */
  titre: string;
  description: string;
  /** Vrai quand c'est à l'acteur d'agir. */
  pourVous: boolean;
};

const PARTIES: readonly PartieSignataire[] = ["collectivite", "etat"];

const dePartie = (partie: PartieSignataire, f: FaitsEtape) => (partie === "collectivite" ? deNom(f.collectivite) : deNom(f.serviceEtat, { service: true }));
const nomPartie = (partie: PartieSignataire, f: FaitsEtape) => (partie === "collectivite" ? nomCollectiviteDeveloppe(f.collectivite) : `la ${f.serviceEtat}`);
const majuscule = (texte: string) => texte.charAt(0).toUpperCase() + texte.slice(1);

function peutSigner(partie: PartieSignataire, f: FaitsEtape): boolean {
  return partie === "collectivite" ? f.droits.signerCollectivite : f.droits.signerEtat;
}

function pluriel(n: number, mot: string): string {
  return `${n} ${mot}${n > 1 ? "s" : ""}`;
}

/** « Guérande n'a encore aucun signataire sur la plateforme : invitez-en un. », si besoin. */
function sansSignataire(f: FaitsEtape, parties: readonly PartieSignataire[]): string {
  const sans = parties.filter((p) => !f.aUnSignataire[p]);
  if (sans.length === 0) return "";
  return `${majuscule(sans.map((p) => nomPartie(p, f)).join(" et "))} ${sans.length > 1 ? "n'ont" : "n'a"} encore aucun signataire sur la plateforme : invitez-en un.`;
}

function etapeBrouillon(f: FaitsEtape): ProchaineEtape {
  const manquantes = PARTIES.filter((p) => !f.signatures[p]);
  if (f.bloquantsAvantSignature > 0) {
    return {
      titre: "À compléter avant la signature",
      description: [
        `La liste de contrôle signale ${pluriel(f.bloquantsAvantSignature, "point")} à régler. Les rédacteurs ${dePartie("collectivite", f)} et ${dePartie("etat", f)} ` +
          "complètent la candidature ; les deux parties la signent ensuite.",
        sansSignataire(f, manquantes),
      ]
        .filter(Boolean)
        .join(" "),
      pourVous: f.droits.modifier,
    };
  }
  const aVous = manquantes.filter((p) => peutSigner(p, f));
  const attente = manquantes.map((p) => `d'un signataire ${dePartie(p, f)}`).join(" et ");
  const dejaSignee = PARTIES.filter((p) => f.signatures[p]).map((p) => `${majuscule(nomPartie(p, f))} a signé`);
  const suite = [
    dejaSignee.length ? `${dejaSignee.join(" ; ")}.` : "",
    sansSignataire(f, manquantes),
    "Ensuite, un signataire du service de l'État dépose la candidature.",
  ]
    .filter(Boolean)
    .join(" ");
  if (aVous.length > 0) {
    return {
      titre: "À vous : relire et signer la candidature",
      description: `Votre signature porte sur le contenu actuel. ${suite}`,
      pourVous: true,
    };
  }
  return { titre: `En attente de la signature ${attente}`, description: suite, pourVous: false };
}

const ETAPES: Record<StatutCandidature, (f: FaitsEtape) => ProchaineEtape> = {
  brouillon: etapeBrouillon,
  signee: (f) => {
    if (f.bloquantsDepot > 0) {
      return {
        titre: "Signée, mais le dépôt est bloqué",
        description: `La liste de contrôle signale ${pluriel(f.bloquantsDepot, "point")} qui empêche${f.bloquantsDepot > 1 ? "nt" : ""} le dépôt.`,
        pourVous: f.droits.modifier,
      };
    }
    return f.droits.deposer
      ? {
          titre: "À vous : déposer la candidature",
          description: "Les deux parties ont signé le même contenu. Le dépôt transmet la candidature à la DGALN et produit le récépissé.",
          pourVous: true,
        }
      : {
          titre: `En attente du dépôt par un signataire ${dePartie("etat", f)}`,
          description: "Les deux parties ont signé le même contenu. Le service de l'État compétent dépose la candidature auprès de la DGALN.",
          pourVous: false,
        };
  },
  deposee: (f) =>
    f.droits.instruire
      ? {
          titre: "À vous : examiner la recevabilité",
          description:
            "Vérifiez la liste de contrôle telle qu'elle a été jugée au dépôt, les pièces et les deux signatures avec l'avis du service de l'État, " +
            "puis déclarez la candidature recevable ou irrecevable, ou demandez des corrections aux porteurs.",
          pourVous: true,
        }
      : {
          titre: "En attente de l'examen de recevabilité par la DGALN",
          description: "La candidature est déposée et n'est plus modifiable. La DGALN vérifie sa recevabilité ; elle peut demander des corrections.",
          pourVous: false,
        },
  en_instruction: (f) => ({
    titre: "En cours d'instruction par la DGALN",
    description:
      (f.format === "national" && f.session
        ? `La candidature est recevable. Le jury de la session « ${f.session} » l'évaluera ; la DGALN publiera les lauréats.`
        : "La candidature est recevable. La DGALN décidera de la retenir ou non, au fil de l'eau.") +
      (f.droits.instruire ? " Vous pouvez encore demander des corrections aux porteurs." : ""),
    pourVous: false,
  }),
  a_corriger: (f) => {
    const echeance = f.echeanceCorrections ? ` avant le ${formaterDate(f.echeanceCorrections)}` : "";
    const suite =
      `Les porteurs modifient la candidature selon les points demandés, la collectivité et le service de l'État la signent à nouveau, puis un signataire ` +
      `${dePartie("etat", f)} la dépose à nouveau${echeance}.`;
    if (f.droits.modifier) return { titre: "À vous : corriger la candidature à la demande de la DGALN", description: suite, pourVous: true };
    return {
      titre: f.droits.instruire ? "En attente des corrections des porteurs" : "Corrections demandées par la DGALN",
      description: f.droits.instruire ? `${suite} Le nouveau dépôt vous reviendra pour examen.` : suite,
      pourVous: false,
    };
  },
  irrecevable: () => ({ titre: "Candidature déclarée irrecevable", description: "La DGALN a motivé sa décision. Aucune autre étape n'est prévue.", pourVous: false }),
  retenue: () => ({
    titre: "Candidature retenue",
    description: "L'atelier est créé : il se suit dans ses trois phases (appropriation, animation, restitution).",
    pourVous: false,
  }),
  non_retenue: () => ({ titre: "Candidature non retenue", description: "La DGALN a motivé sa décision. Aucune autre étape n'est prévue.", pourVous: false }),
  liste_complementaire: (f) => ({
    titre: "Candidature inscrite sur la liste complémentaire",
    description: f.droits.instruire
      ? "Si une candidature lauréate de la session se retire, vous pouvez retenir celle-ci depuis cette page, ou décider de ne pas la retenir."
      : "Le jury ne l'a pas placée parmi les lauréates, mais elle peut l'être si une place se libère. La DGALN vous informera de sa décision.",
    pourVous: false,
  }),
  retiree: () => ({
    titre: "Candidature retirée",
    description: "Ses porteurs l'ont retirée : elle est close. La collectivité peut préparer une nouvelle candidature pour le même format.",
    pourVous: false,
  }),
};

export function prochaineEtape(faits: FaitsEtape): ProchaineEtape {
  return ETAPES[faits.statut](faits);
}
