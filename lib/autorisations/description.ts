// La politique en français, tirée de la même table que les portées : pour la documentation,
// les écrans d'administration et les messages des tests.
import {
  ACTIONS,
  droitsDe,
  RESSOURCES,
  type ActionDe,
  type Droits,
  type Liens,
  type Profil,
  type Ressource,
} from "./politique";

const PROFILS: Record<Profil, string> = {
  collectivite: "Collectivité",
  etat: "Service de l'État",
  dgaln: "DGALN",
  jure: "Juré",
  expert: "Expert sollicité",
  connecte: "Tout utilisateur connecté",
};

type LibellesLiens = { [R in Ressource]: { [P in keyof Liens[R]]: Record<Liens[R][P] & string, string> } };

const CANDIDATURE = {
  collectivite: {
    porteuse: "les candidatures dont son organisation est porteuse (principale ou associée)",
    principale: "les candidatures dont son organisation est la porteuse principale",
  },
  etat: {
    concernee:
      "les candidatures dont il est le service compétent, qui relèvent de son département ou dont la collectivité principale s'étend sur son département",
    departement: "les candidatures dont il est le service compétent ou qui relèvent de son département",
    competent: "les candidatures dont il est le service compétent",
  },
  dgaln: { tout: "toutes les candidatures" },
  jure: { affectee: "les candidatures qui lui sont affectées dans sa session" },
  expert: { sollicite: "les candidatures sur lesquelles un avis lui est demandé (demande non annulée)" },
} as const;

const LIENS: LibellesLiens = {
  candidature: CANDIDATURE,
  piece: CANDIDATURE,
  message: CANDIDATURE,
  session: {
    connecte: { publiees: "les sessions publiées (hors brouillon)" },
    jure: { siennes: "les sessions dont il est juré" },
    dgaln: { tout: "toutes les sessions" },
  },
  evaluation: {
    jure: {
      propres: "ses propres notes",
      propres_affectees: "ses propres notes, sur les candidatures qui lui sont affectées",
      tableau_ouvert: "les notes soumises de ses sessions, une fois le tableau ouvert (session en délibération), jamais le brouillon d'un autre juré",
    },
    dgaln: { soumises: "les notes soumises (jamais les brouillons des jurés)" },
  },
  atelier: {
    collectivite: {
      associee: "les ateliers auxquels son organisation est associée",
      principale: "les ateliers dont son organisation est la collectivité principale",
    },
    etat: {
      departement: "les ateliers dont il est le service pilote ou qui relèvent de son département",
      competent: "les ateliers dont il est le service pilote",
    },
    dgaln: { tout: "tous les ateliers" },
  },
  organisation: {
    collectivite: { propre: "sa propre collectivité" },
    etat: { propre: "son propre service" },
    dgaln: { tout: "toutes les organisations" },
  },
  avis: {
    dgaln: { tout: "tous les avis d'expert" },
    expert: { sollicite: "les demandes d'avis qui lui sont adressées (non annulées)" },
  },
  notification: {
    connecte: { propres: "ses propres notifications" },
  },
};

const VISIBILITES = { tous: "tous", etat_dgaln: "État et DGALN", dgaln: "DGALN seule" } as const;

/** Pièces et messages suivent leur candidature : « les pièces des candidatures dont… ». */
const OBJETS: Partial<Record<Ressource, string>> = { piece: "les pièces", message: "les messages" };

function objetDe(ressource: Ressource, lien: string): string {
  const objet = OBJETS[ressource];
  if (!objet) return lien;
  return lien.replace(/^les candidatures/, `${objet} des candidatures`).replace(/^toutes les candidatures/, `${objet} de toutes les candidatures`);
}

function decrireDroit<R extends Ressource>(ressource: R, droit: Droits[R]): string {
  const liens = LIENS[ressource] as Record<string, Record<string, string>>;
  const roles = "roles" in droit ? ` (${droit.roles.join(", ")})` : "";
  const visibilites =
    "visibilites" in droit ? ` — visibilité ${droit.visibilites.map((v) => VISIBILITES[v]).join(", ")}` : "";
  return `${PROFILS[droit.profil]}${roles} : ${objetDe(ressource, liens[droit.profil]![droit.lien]!)}${visibilites}`;
}

/** Une ligne par droit ; « Personne. » si l'action n'est ouverte à aucun profil. */
export function decrireRegle<R extends Ressource>(ressource: R, action: ActionDe<R>): string[] {
  const droits = droitsDe(ressource, action);
  return droits.length ? droits.map((d) => decrireDroit(ressource, d)) : ["Personne."];
}

/** Toute la politique en Markdown (reprise dans docs/decisions/007-autorisations.md). */
export function decrirePolitique(): string {
  return RESSOURCES.flatMap((ressource) => [
    `### ${ressource}`,
    "",
    ...(ACTIONS[ressource] as readonly ActionDe<typeof ressource>[]).flatMap((action) => [
      `- **${action}**`,
      ...decrireRegle(ressource, action).map((l) => `  - ${l}`),
    ]),
    "",
  ]).join("\n");
}
