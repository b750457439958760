// Préremplir les décisions d'une session d'après le classement du jury (issue 13) : une aide à la
// saisie, que l'administrateur relit et corrige avant d'enregistrer. Les candidatures dans le quota
// sont proposées « retenue », les suivantes sur la liste complémentaire (un cinquième du quota,
// au moins une), les autres « non retenue » ; chacune avec une motivation qui cite son rang et sa
// moyenne. Sans quota ni classement, rien n'est proposé.
import type { ActionSelection } from "./regles";

/** Part du quota proposée sur la liste complémentaire. */
export const PART_LISTE_COMPLEMENTAIRE = 0.2;

export type LigneASuggerer = { candidatureId: string; rang: number | null; moyenne: number | null };
export type Suggestion = { decision: ActionSelection; motivation: string };

const ordinal = (rang: number) => (rang === 1 ? "1re" : `${rang}e`);
const sur5 = (n: number) => `${n.toLocaleString("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} sur 5`;

export function suggererDecisions(lignes: readonly LigneASuggerer[], quota: number | null): Map<string, Suggestion> {
  const suggestions = new Map<string, Suggestion>();
  if (quota === null || quota <= 0) return suggestions;
  const classees = lignes.filter((l) => l.rang !== null && l.moyenne !== null);
  const total = classees.length;
  const finListe = quota + Math.max(1, Math.ceil(quota * PART_LISTE_COMPLEMENTAIRE));
  for (const l of classees) {
    const rang = l.rang!;
    const classement = `Classée ${ordinal(rang)} sur ${total} par le jury, avec une moyenne de ${sur5(l.moyenne!)}`;
    if (rang <= quota) {
      suggestions.set(l.candidatureId, { decision: "retenir", motivation: `${classement} : elle figure parmi les ${quota} lauréates prévues par la session.` });
    } else if (rang <= finListe) {
      suggestions.set(l.candidatureId, {
        decision: "inscrire_liste_complementaire",
        motivation: `${classement}, juste après les ${quota} lauréates prévues : elle sera retenue si une place se libère.`,
      });
    } else {
      suggestions.set(l.candidatureId, {
        decision: "ne_pas_retenir",
        motivation: `${classement} : elle n'est pas en rang utile pour les ${quota} places de la session.`,
      });
    }
  }
  return suggestions;
}
