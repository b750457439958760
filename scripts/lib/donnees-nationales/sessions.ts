// Sessions nationales du banc : une tous les deux ans de 2007 à 2025, toutes passées, donc
// « résultats publiés » ; un jury de 8 à 12 membres (DGALN et experts), une grille de 5 à 8 critères
// pondérés, trois jurés par candidature recevable et une note de 0 à 5 par critère.
import { type Contexte, type Personne, plus } from "./contexte";
import { iso, tableauPg } from "./sql";

const THEMES = [
  "Territoires périurbains : habiter et se déplacer autrement",
  "Villes moyennes et bourgs-centres : retrouver l'attractivité",
  "Littoraux et risques : recomposer les territoires exposés",
  "Territoires de montagne : adapter l'aménagement au climat",
  "Vallées industrielles : reconvertir les friches",
  "Paysages et transition énergétique",
  "Aménager avec la nature en ville",
  "Entrées de ville et zones commerciales : transformer l'existant",
  "Territoires ruraux : services, mobilités et revitalisation",
  "Eau, agriculture et urbanisme : des projets partagés",
] as const;

export const CRITERES = [
  ["Portage politique et implication des élus", "Engagement des exécutifs locaux et des services."],
  ["Pertinence de la question d'aménagement", "Enjeu posé, lien avec le thème de la session."],
  ["Caractère exemplaire et reproductible", "Intérêt de la démarche pour d'autres territoires."],
  ["Échelle et cohérence du périmètre", "Grand territoire, articulation entre collectivités."],
  ["Implication du service de l'État", "Capacité de la DDT(M) à porter l'atelier."],
  ["Mobilisation des acteurs locaux", "Habitants, acteurs économiques, associations."],
  ["Articulation avec les démarches en cours", "Documents d'urbanisme, programmes nationaux."],
  ["Faisabilité du calendrier", "Disponibilité des acteurs sur 12 à 24 mois."],
] as const;

export type SessionBanc = {
  id: string;
  annee: number;
  ouvertureLe: Date;
  clotureLe: Date;
  selectionLe: Date;
  quota: number;
  criteres: { id: string; poids: number }[];
  jury: { id: string; personne: Personne }[];
};

const heure = (s: string) => new Date(s);

export function creerSessions(ctx: Contexte): SessionBanc[] {
  const { alea } = ctx;
  const sessions = ctx.table("session_ami", [
    ["id", "uuid"], ["slug", "text"], ["theme", "text"], ["description", "text"], ["ouvertureLe", "timestamp(3)"],
    ["clotureLe", "timestamp(3)"], ["selectionLe", "timestamp(3)"], ["quotaLaureats", "int"], ["budgetEuros", "int"],
    ["piecesRequises", '"TypePiece"[]'], ["statut", '"StatutSession"'], ["creeLe", "timestamp(3)"], ["modifieLe", "timestamp(3)"],
  ]);
  const criteres = ctx.table("critere_evaluation", [
    ["id", "uuid"], ["sessionId", "uuid"], ["libelle", "text"], ["description", "text"], ["poids", "int"], ["ordre", "int"],
  ]);
  const jury = ctx.table("membre_jury", [["id", "uuid"], ["sessionId", "uuid"], ["utilisateurId", "uuid"], ["president", "bool"], ["creeLe", "timestamp(3)"]]);

  return THEMES.map((theme, i) => {
    const annee = 2007 + 2 * i;
    const id = alea.uuid();
    // Heures de Paris (hiver : UTC+1, été : UTC+2) : ouverture le 15 janvier à 9 h, clôture le 15 avril à midi.
    const ouvertureLe = heure(`${annee}-01-15T08:00:00Z`);
    const clotureLe = heure(`${annee}-04-15T10:00:00Z`);
    const selectionLe = heure(`${annee}-07-01T08:00:00Z`);
    const quota = alea.entier(6, 10);
    const slug = `${annee}-${theme.split(" ")[0]!.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[^a-z]+/g, "-")}-${i + 1}`;
    const creeLe = plus(ouvertureLe, -45);
    sessions.ajouter(
      id, `banc-${slug}`, theme, `Appel à manifestation d'intérêt ${annee} : ${theme.toLowerCase()}. Session nationale de l'Atelier des territoires.`,
      iso(ouvertureLe), iso(clotureLe), iso(selectionLe), quota, quota * 170_000, tableauPg([]), "resultats_publies", iso(creeLe), iso(plus(selectionLe, 7)),
    );
    const grille = alea.plusieurs(CRITERES, alea.entier(5, 8)).map(([libelle, description], ordre) => {
      const c = { id: alea.uuid(), poids: alea.entier(1, 3) };
      criteres.ajouter(c.id, id, libelle, description, c.poids, ordre);
      return c;
    });
    const membres = alea.plusieurs(ctx.jures, alea.entier(8, 12)).map((personne, rang) => {
      const m = { id: alea.uuid(), personne };
      jury.ajouter(m.id, id, personne.id, rang === 0, iso(creeLe));
      return m;
    });
    return { id, annee, ouvertureLe, clotureLe, selectionLe, quota, criteres: grille, jury: membres };
  });
}

export function tablesJury(ctx: Contexte) {
  return {
    affectations: ctx.table("affectation_jury", [["id", "uuid"], ["membreJuryId", "uuid"], ["candidatureId", "uuid"], ["creeLe", "timestamp(3)"], ["soumiseLe", "timestamp(3)"]]),
    evaluations: ctx.table("evaluation", [
      ["id", "uuid"], ["membreJuryId", "uuid"], ["candidatureId", "uuid"], ["critereId", "uuid"], ["note", "int"], ["commentaire", "text"], ["modifieLe", "timestamp(3)"], ["soumiseLe", "timestamp(3)"],
    ]),
  };
}

/** Trois jurés par candidature recevable, une note par critère (plus haute pour une lauréate), évaluations soumises. */
export function evaluer(ctx: Contexte, jury: ReturnType<typeof tablesJury>, session: SessionBanc, candidatureId: string, laureate: boolean) {
  const { alea } = ctx;
  const affecteLe = plus(session.clotureLe, 10);
  for (const membre of alea.plusieurs(session.jury, 3)) {
    const noteLe = plus(affecteLe, alea.entier(5, 40));
    jury.affectations.ajouter(alea.uuid(), membre.id, candidatureId, iso(affecteLe), iso(noteLe));
    for (const critere of session.criteres) {
      const note = Math.min(5, Math.max(0, Math.round((laureate ? 3.8 : 2.4) + (alea.reel() - 0.5) * 3)));
      jury.evaluations.ajouter(alea.uuid(), membre.id, candidatureId, critere.id, note, alea.vrai(0.3) ? "Voir l'échange en séance." : null, iso(noteLe), iso(noteLe));
    }
  }
}
