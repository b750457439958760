// La politique d'autorisation : qui peut faire quoi sur quelles lignes (décision 007).
// Une seule table, POLITIQUE, dit pour chaque (ressource, action) quels droits l'ouvrent ; chaque
// droit est un profil d'appartenance (rôles) et un lien avec la ligne. De cette même table on tire
// (a) le `where` Prisma qui borne lectures et écritures (les fonctions `portee…` ci-dessous) et
// (b) sa description en français (description.ts). Les règles d'état (« modifiable en brouillon
// seulement ») n'y sont pas : elles relèvent du module de règles métier. Module pur, sans base.
import type { PartieSignataire, Prisma, RoleAppartenance, StatutSession, TypeOrganisation, VisibiliteMessage } from "@/lib/generated/prisma/client";
import type { Acteur, AppartenanceActeur } from "@/lib/auth/acteur";

export const ACTIONS = {
  candidature: ["lire", "creer", "modifier", "signer_collectivite", "signer_etat", "deposer", "retirer", "instruire", "tableau"],
  piece: ["lire", "deposer", "telecharger"],
  message: ["lire", "ecrire"],
  session: ["lire", "gerer"],
  evaluation: ["lire", "noter", "lire_toutes"],
  atelier: ["lire", "modifier", "valider_phase", "saisir_frais", "publier_livrable", "statistiques"],
  organisation: ["lire", "gerer_membres", "administrer", "acceder_administration"],
  // Avis d'expert (issue 12) : demandés par la DGALN, rendus par l'expert sollicité ; internes à la DGALN.
  avis: ["lire", "demander", "annuler", "rendre"],
  notification: ["lire", "marquer"],
} as const;

export type Ressource = keyof typeof ACTIONS;
export type ActionDe<R extends Ressource> = (typeof ACTIONS)[R][number];
export const RESSOURCES = Object.keys(ACTIONS) as Ressource[];

// ─── Profils : ce que les appartenances de l'acteur font de lui ────────────────────────────────

export const ROLES_PAR_PROFIL = {
  collectivite: ["membre", "signataire"],
  etat: ["agent", "signataire_etat"],
  dgaln: ["referent", "administrateur"],
} as const satisfies Record<string, readonly RoleAppartenance[]>;

export type ProfilOrganisation = keyof typeof ROLES_PAR_PROFIL;
export type RoleDe<P extends ProfilOrganisation> = (typeof ROLES_PAR_PROFIL)[P][number];
/**
 * `jure` : membre d'un jury de session ; `expert` : personne sollicitée pour un avis d'expert (demande
 * non annulée) ; `connecte` : tout utilisateur connecté.
 */
export type Profil = ProfilOrganisation | "jure" | "expert" | "connecte";

export const PROFIL_DU_TYPE: Record<TypeOrganisation, ProfilOrganisation> = {
  commune: "collectivite",
  epci: "collectivite",
  departement: "collectivite",
  region: "collectivite",
  syndicat_mixte: "collectivite",
  petr: "collectivite",
  autre_collectivite: "collectivite",
  service_etat: "etat",
  dgaln: "dgaln",
};

/** Le tableau des notes s'ouvre aux jurés quand la session passe en délibération (DESIGN.md §7). */
export const STATUTS_TABLEAU_OUVERT = ["en_deliberation", "resultats_publies"] as const satisfies readonly StatutSession[];

// ─── Liens possibles entre un profil et une ligne, par ressource ───────────────────────────────

/**
 * `etat` : `competent` = il est le service compétent ; `departement` = … ou la candidature relève de
 * son département ; `concernee` = … ou sa collectivité principale s'étend sur son département
 * (EPCI à cheval sur plusieurs départements, R4 : décision 026).
 */
type LiensCandidature = {
  collectivite: "porteuse" | "principale";
  etat: "concernee" | "departement" | "competent";
  dgaln: "tout";
  jure: "affectee";
  expert: "sollicite";
};
type LiensSession = { connecte: "publiees"; jure: "siennes"; dgaln: "tout" };
type LiensEvaluation = { jure: "propres" | "propres_affectees" | "tableau_ouvert"; dgaln: "soumises" };
type LiensAtelier = { collectivite: "associee" | "principale"; etat: "departement" | "competent"; dgaln: "tout" };
type LiensOrganisation = { collectivite: "propre"; etat: "propre"; dgaln: "tout" };
type LiensAvis = { dgaln: "tout"; expert: "sollicite" };
type LiensNotification = { connecte: "propres" };

export type Liens = {
  candidature: LiensCandidature;
  piece: LiensCandidature;
  message: LiensCandidature;
  session: LiensSession;
  evaluation: LiensEvaluation;
  atelier: LiensAtelier;
  organisation: LiensOrganisation;
  avis: LiensAvis;
  notification: LiensNotification;
};

type DroitSelon<L> = {
  [P in keyof L & Profil]: P extends ProfilOrganisation
    ? { profil: P; roles: readonly RoleDe<P>[]; lien: L[P] }
    : { profil: P; lien: L[P] };
}[keyof L & Profil];

export type Droits = {
  candidature: DroitSelon<LiensCandidature>;
  piece: DroitSelon<LiensCandidature>;
  /** Un message n'est lisible (ou écrit) qu'aux visibilités listées. */
  message: DroitSelon<LiensCandidature> & { visibilites: readonly VisibiliteMessage[] };
  session: DroitSelon<LiensSession>;
  evaluation: DroitSelon<LiensEvaluation>;
  atelier: DroitSelon<LiensAtelier>;
  organisation: DroitSelon<LiensOrganisation>;
  avis: DroitSelon<LiensAvis>;
  notification: DroitSelon<LiensNotification>;
};
export type Droit<R extends Ressource> = Droits[R];

export type Politique = { readonly [R in Ressource]: { readonly [A in ActionDe<R>]: readonly Droits[R][] } };

// ─── La politique ──────────────────────────────────────────────────────────────────────────────

const COLLECTIVITE = ROLES_PAR_PROFIL.collectivite;
const ETAT = ROLES_PAR_PROFIL.etat;
const DGALN = ROLES_PAR_PROFIL.dgaln;
const TOUTES_VISIBILITES = ["tous", "etat_dgaln", "dgaln"] as const satisfies readonly VisibiliteMessage[];

// R4 : les services de tous les départements de la collectivité principale lisent la candidature ;
// seul le service compétent (et celui de son département) la rédige.
const lectureCandidature = [
  { profil: "collectivite", roles: COLLECTIVITE, lien: "porteuse" },
  { profil: "etat", roles: ETAT, lien: "concernee" },
  { profil: "dgaln", roles: DGALN, lien: "tout" },
  { profil: "jure", lien: "affectee" },
  // L'expert lit la candidature (et ses pièces) sur laquelle on lui demande un avis, rien d'autre :
  // ni messages, ni tableau d'instruction, ni notes (issue 12).
  { profil: "expert", lien: "sollicite" },
] as const satisfies readonly Droits["candidature"][];

/** Les porteurs rédigent ensemble : collectivités porteuses et service de l'État du département. */
const redactionCandidature = [
  { profil: "collectivite", roles: COLLECTIVITE, lien: "porteuse" },
  { profil: "etat", roles: ETAT, lien: "departement" },
] as const satisfies readonly Droits["candidature"][];

/** Messages : `tous` pour les porteurs et la DGALN, `etat_dgaln` sans la collectivité, `dgaln` seule. */
const messagerie = [
  { profil: "collectivite", roles: COLLECTIVITE, lien: "porteuse", visibilites: ["tous"] },
  { profil: "etat", roles: ETAT, lien: "departement", visibilites: ["tous", "etat_dgaln"] },
  { profil: "dgaln", roles: DGALN, lien: "tout", visibilites: TOUTES_VISIBILITES },
] as const satisfies readonly Droits["message"][];

export const POLITIQUE = {
  candidature: {
    lire: lectureCandidature,
    // Vérifié sur la ligne créée, dans la transaction de création (décision 007).
    creer: [
      { profil: "collectivite", roles: COLLECTIVITE, lien: "principale" },
      { profil: "etat", roles: ETAT, lien: "departement" },
    ],
    modifier: redactionCandidature,
    signer_collectivite: [{ profil: "collectivite", roles: ["signataire"], lien: "principale" }],
    // R4 : seuls les signataires du service compétent cosignent.
    signer_etat: [{ profil: "etat", roles: ["signataire_etat"], lien: "competent" }],
    deposer: [{ profil: "etat", roles: ["signataire_etat"], lien: "competent" }],
    retirer: [
      { profil: "collectivite", roles: ["signataire"], lien: "principale" },
      { profil: "etat", roles: ["signataire_etat"], lien: "competent" },
    ],
    instruire: [{ profil: "dgaln", roles: DGALN, lien: "tout" }],
    // Tableau d'instruction et ses exports (issue 11) : la DGALN voit tout, un service de l'État
    // son département ; la collectivité garde « Mes candidatures ».
    tableau: [
      { profil: "etat", roles: ETAT, lien: "concernee" },
      { profil: "dgaln", roles: DGALN, lien: "tout" },
    ],
  },
  piece: {
    lire: lectureCandidature,
    deposer: redactionCandidature,
    telecharger: lectureCandidature,
  },
  message: {
    lire: messagerie,
    ecrire: messagerie,
  },
  session: {
    lire: [
      { profil: "connecte", lien: "publiees" },
      { profil: "jure", lien: "siennes" },
      { profil: "dgaln", roles: DGALN, lien: "tout" },
    ],
    // Créer, modifier, ouvrir une session, ouvrir la délibération, publier : administrateurs DGALN (issue 13).
    gerer: [{ profil: "dgaln", roles: ["administrateur"], lien: "tout" }],
  },
  // Notes scellées (DESIGN.md §9) : un juré lit ses propres notes, brouillons compris ; personne ne lit
  // le brouillon d'un autre ; la DGALN lit les évaluations soumises ; les jurés lisent celles des
  // autres une fois la délibération ouverte.
  evaluation: {
    lire: [
      { profil: "jure", lien: "propres" },
      { profil: "dgaln", roles: DGALN, lien: "soumises" },
    ],
    noter: [{ profil: "jure", lien: "propres_affectees" }],
    lire_toutes: [
      { profil: "jure", lien: "tableau_ouvert" },
      { profil: "dgaln", roles: DGALN, lien: "soumises" },
    ],
  },
  atelier: {
    lire: [
      { profil: "collectivite", roles: COLLECTIVITE, lien: "associee" },
      { profil: "etat", roles: ETAT, lien: "departement" },
      { profil: "dgaln", roles: DGALN, lien: "tout" },
    ],
    modifier: [
      { profil: "etat", roles: ETAT, lien: "departement" },
      { profil: "dgaln", roles: DGALN, lien: "tout" },
    ],
    // Les deux co-pilotes valident ou renvoient une phase : un signataire de la collectivité
    // principale et un signataire du service de l'État pilote (issue 14, décision 031), comme la
    // cosignature de la candidature.
    valider_phase: [
      { profil: "collectivite", roles: ["signataire"], lien: "principale" },
      { profil: "etat", roles: ["signataire_etat"], lien: "competent" },
    ],
    // Frais matériels des ateliers in situ (issue 14, décision 034) : payés par la collectivité, ils
    // sont saisis par ses membres et signataires (toute collectivité associée à l'atelier) et par
    // le pilote (service de l'État, DGALN), qui saisit aussi les ateliers in situ (`modifier`).
    saisir_frais: [
      { profil: "collectivite", roles: COLLECTIVITE, lien: "associee" },
      { profil: "etat", roles: ETAT, lien: "departement" },
      { profil: "dgaln", roles: DGALN, lien: "tout" },
    ],
    // Rendre publiable (ou retirer de la publication) le livrable final d'un atelier : il paraît
    // alors sur la page publique « Ateliers réalisés ». Geste de la DGALN seule (issue 14, décision 036).
    publier_livrable: [{ profil: "dgaln", roles: DGALN, lien: "tout" }],
    // La vue nationale (carte par département, statistiques, coûts par an : issue 14, décision 035)
    // est un outil de pilotage de la DGALN ; la DDT et la collectivité gardent « Mes ateliers ».
    statistiques: [{ profil: "dgaln", roles: DGALN, lien: "tout" }],
  },
  organisation: {
    lire: [
      { profil: "collectivite", roles: COLLECTIVITE, lien: "propre" },
      { profil: "etat", roles: ETAT, lien: "propre" },
      { profil: "dgaln", roles: DGALN, lien: "tout" },
    ],
    gerer_membres: [
      { profil: "collectivite", roles: ["signataire"], lien: "propre" },
      { profil: "etat", roles: ["signataire_etat"], lien: "propre" },
      { profil: "dgaln", roles: ["administrateur"], lien: "tout" },
    ],
    administrer: [{ profil: "dgaln", roles: ["administrateur"], lien: "tout" }],
    // L'espace d'administration (lien de l'en-tête, pages /admin) : toute la DGALN le consulte ;
    // seul l'administrateur y modifie une organisation (`administrer`).
    acceder_administration: [{ profil: "dgaln", roles: DGALN, lien: "tout" }],
  },
  // Les avis d'expert sont internes à la DGALN : ni les porteurs ni les jurés ne les lisent.
  avis: {
    lire: [
      { profil: "dgaln", roles: DGALN, lien: "tout" },
      { profil: "expert", lien: "sollicite" },
    ],
    demander: [{ profil: "dgaln", roles: DGALN, lien: "tout" }],
    annuler: [{ profil: "dgaln", roles: DGALN, lien: "tout" }],
    rendre: [{ profil: "expert", lien: "sollicite" }],
  },
  // Une notification ne regarde que sa destinataire : personne d'autre ne la lit ni ne la marque,
  // pas même la DGALN (elle dit ce qu'une personne a reçu, pas ce que l'organisation sait).
  notification: {
    lire: [{ profil: "connecte", lien: "propres" }],
    marquer: [{ profil: "connecte", lien: "propres" }],
  },
} as const satisfies Politique;

/** Les droits d'une (ressource, action), typés. */
export function droitsDe<R extends Ressource>(ressource: R, action: ActionDe<R>): readonly Droits[R][] {
  return (POLITIQUE as Politique)[ressource][action];
}

// ─── Ce que les appartenances de l'acteur lui donnent ──────────────────────────────────────────

/**
 * Ce dont dépend un droit qui ne vise pas une ligne : les appartenances et la place dans un jury.
 * Un `Acteur` en est un ; l'adaptateur de connexion en construit un depuis les lignes lues.
 */
export type Habilitations = {
  appartenances: readonly Pick<AppartenanceActeur, "organisationId" | "typeOrganisation" | "role">[];
  jury: Acteur["jury"];
  /** Sollicité pour au moins un avis d'expert non annulé (absent : non). */
  expert?: boolean;
};

/** Organisations où l'acteur a l'un de ces rôles, dans une organisation de ce profil. */
export function organisationsDe<P extends ProfilOrganisation>(acteur: Habilitations, profil: P, roles: readonly RoleDe<P>[]): string[] {
  const accepte: readonly RoleAppartenance[] = roles;
  return acteur.appartenances
    .filter((a) => PROFIL_DU_TYPE[a.typeOrganisation] === profil && accepte.includes(a.role))
    .map((a) => a.organisationId);
}

/** Départements de compétence des services de l'État où l'acteur a l'un de ces rôles. */
export function departementsDe(acteur: Acteur, roles: readonly RoleDe<"etat">[]): string[] {
  const accepte: readonly RoleAppartenance[] = roles;
  return acteur.appartenances
    .filter((a) => a.typeOrganisation === "service_etat" && accepte.includes(a.role) && a.codeDepartement)
    .map((a) => a.codeDepartement!);
}

/** Collectivités sur l'un de ces départements et au moins un autre (chargées avec l'acteur). */
export function collectivitesACheval(acteur: Acteur, departements: readonly string[]): string[] {
  return [...new Set(departements.flatMap((code) => acteur.collectivitesACheval?.[code] ?? []))];
}

/** L'acteur remplit-il le profil de ce droit (indépendamment de la ligne visée) ? */
export function remplitProfil(acteur: Habilitations, droit: { profil: Profil; roles?: readonly RoleAppartenance[] }): boolean {
  switch (droit.profil) {
    case "connecte":
      return true;
    case "jure":
      return acteur.jury.length > 0;
    case "expert":
      return acteur.expert === true;
    default:
      return organisationsDe(acteur, droit.profil, (droit.roles ?? []) as readonly RoleDe<typeof droit.profil>[]).length > 0;
  }
}

/** L'acteur a-t-il au moins un droit pour cette action (pour afficher un menu, un bouton) ? */
export function aUnDroit<R extends Ressource>(acteur: Habilitations, ressource: R, action: ActionDe<R>): boolean {
  return droitsDe(ressource, action).some((d) => remplitProfil(acteur, d));
}

/** L'espace d'administration (en-tête, pages /admin) : le droit `organisation.acceder_administration`. */
export function peutAdministrer(acteur: Habilitations): boolean {
  return aUnDroit(acteur, "organisation", "acceder_administration");
}

// ─── Destinataires des courriels d'une candidature ─────────────────────────────────────────────

/**
 * Qui, dans chaque partie, reçoit les courriels d'une candidature (signature, dépôt, retrait…) :
 * tous ceux qui la rédigent ou la signent, c'est-à-dire tous les rôles du profil de la partie.
 */
export const DESTINATAIRES_CANDIDATURE = {
  collectivite: ROLES_PAR_PROFIL.collectivite,
  etat: ROLES_PAR_PROFIL.etat,
} as const satisfies Record<PartieSignataire, readonly RoleAppartenance[]>;

export function rolesDestinataires(partie: PartieSignataire): readonly RoleAppartenance[] {
  return DESTINATAIRES_CANDIDATURE[partie];
}

// ─── Rôles qu'un acteur peut attribuer (invitations, changements de rôle) ──────────────────────

/**
 * Rôles que l'acteur peut donner dans cette organisation : ceux du type de l'organisation, si la
 * règle `organisation.gerer_membres` l'y autorise. Un signataire ne gère donc que sa propre
 * organisation et n'attribue jamais un rôle de la DGALN ; l'administrateur DGALN gère tout.
 */
export function rolesAttribuables(acteur: Acteur, organisation: { id: string; type: TypeOrganisation }): RoleAppartenance[] {
  const profil = PROFIL_DU_TYPE[organisation.type];
  const autorise = droitsDe("organisation", "gerer_membres").some((d) =>
    d.lien === "tout"
      ? remplitProfil(acteur, d)
      : d.profil === profil && organisationsDe(acteur, d.profil, d.roles as readonly RoleDe<typeof d.profil>[]).includes(organisation.id),
  );
  return autorise ? [...ROLES_PAR_PROFIL[profil]] : [];
}

// ─── Portées : la politique traduite en `where` Prisma ─────────────────────────────────────────
// Chaque lecture ou écriture d'une ligne protégée ajoute la portée de l'acteur à sa clause
// (`AND: [{ id }, portee]`) : une ligne hors de son périmètre n'est jamais chargée. Un acteur sans
// droit reçoit un `where` qui ne correspond à rien.

/** Ne correspond à aucune ligne (tous les modèles protégés ont un `id`). */
export const AUCUNE_LIGNE = { id: { in: [] as string[] } };

/** Union des fragments ; `null` = ce droit n'ouvre rien à cet acteur ; `{}` = toutes les lignes. */
function union<W extends object>(fragments: (W | null)[]): W {
  const utiles = fragments.filter((f): f is W => f !== null);
  if (utiles.some((f) => Object.keys(f).length === 0)) return {} as W;
  if (utiles.length === 0) return AUCUNE_LIGNE as W;
  if (utiles.length === 1) return utiles[0]!;
  return { OR: utiles } as W;
}

const membresJury = (acteur: Acteur) => acteur.jury.map((j) => j.membreJuryId);
const sessionsJury = (acteur: Acteur) => acteur.jury.map((j) => j.sessionId);
const siNonVide = <T>(ids: string[], fragment: (ids: string[]) => T): T | null => (ids.length ? fragment(ids) : null);
/**
 * Demandes d'avis qui font de l'acteur un expert : les siennes, non annulées. Le drapeau chargé avec
 * l'acteur évite d'ajouter cette sous-requête aux lectures de tous ceux qui ne sont experts de rien.
 */
const demandesDeLExpert = (acteur: Acteur) => (acteur.expert ? { expertId: acteur.id, annuleeLe: null } : null);

/** Candidatures ouvertes par un droit (aussi utilisé pour les pièces et les messages). */
function candidatures(acteur: Acteur, d: Droits["candidature"]): Prisma.CandidatureWhereInput | null {
  switch (d.profil) {
    case "collectivite":
      return siNonVide(organisationsDe(acteur, "collectivite", d.roles), (ids) =>
        d.lien === "principale"
          ? { collectivitePrincipaleId: { in: ids } }
          : { OR: [{ collectivitePrincipaleId: { in: ids } }, { porteuses: { some: { organisationId: { in: ids } } } }] },
      );
    case "etat":
      return siNonVide(organisationsDe(acteur, "etat", d.roles), (ids) => {
        const departements = departementsDe(acteur, d.roles);
        if (d.lien === "competent" || departements.length === 0) return { serviceEtatId: { in: ids } };
        const aCheval = d.lien === "concernee" ? collectivitesACheval(acteur, departements) : [];
        // Une seule clause, trois index (service, département, collectivité principale) : BitmapOr.
        return {
          OR: [
            { serviceEtatId: { in: ids } },
            { codeDepartement: { in: departements } },
            ...(aCheval.length ? [{ collectivitePrincipaleId: { in: aCheval } }] : []),
          ],
        };
      });
    case "dgaln":
      return siNonVide(organisationsDe(acteur, "dgaln", d.roles), () => ({}));
    case "jure":
      return siNonVide(membresJury(acteur), (ids) => ({ affectations: { some: { membreJuryId: { in: ids } } } }));
    case "expert": {
      const demandes = demandesDeLExpert(acteur);
      return demandes && { demandesAvis: { some: demandes } };
    }
  }
}

function demandesAvis(acteur: Acteur, d: Droits["avis"]): Prisma.DemandeAvisWhereInput | null {
  switch (d.profil) {
    case "dgaln":
      return siNonVide(organisationsDe(acteur, "dgaln", d.roles), () => ({}));
    case "expert":
      return demandesDeLExpert(acteur);
  }
}

function ateliers(acteur: Acteur, d: Droits["atelier"]): Prisma.AtelierWhereInput | null {
  switch (d.profil) {
    case "collectivite":
      return siNonVide(organisationsDe(acteur, "collectivite", d.roles), (ids) => ({
        collectivites: { some: d.lien === "principale" ? { organisationId: { in: ids }, principale: true } : { organisationId: { in: ids } } },
      }));
    case "etat":
      return siNonVide(organisationsDe(acteur, "etat", d.roles), (ids) => {
        const departements = departementsDe(acteur, d.roles);
        return d.lien === "competent" || departements.length === 0
          ? { serviceEtatId: { in: ids } }
          : { OR: [{ serviceEtatId: { in: ids } }, { codeDepartement: { in: departements } }] };
      });
    case "dgaln":
      return siNonVide(organisationsDe(acteur, "dgaln", d.roles), () => ({}));
  }
}

function sessions(acteur: Acteur, d: Droits["session"]): Prisma.SessionAmiWhereInput | null {
  switch (d.profil) {
    case "connecte":
      return { statut: { not: "brouillon" } };
    case "jure":
      return siNonVide(sessionsJury(acteur), (ids) => ({ id: { in: ids } }));
    case "dgaln":
      return siNonVide(organisationsDe(acteur, "dgaln", d.roles), () => ({}));
  }
}

function evaluations(acteur: Acteur, d: Droits["evaluation"]): Prisma.EvaluationWhereInput | null {
  switch (d.profil) {
    case "jure":
      return siNonVide(membresJury(acteur), (ids) => {
        switch (d.lien) {
          case "propres":
            return { membreJuryId: { in: ids } };
          case "propres_affectees":
            return { membreJuryId: { in: ids }, candidature: { affectations: { some: { membreJuryId: { in: ids } } } } };
          case "tableau_ouvert":
            // Le tableau ouvert : les notes soumises de la session (et les siennes), jamais le brouillon d'un autre.
            return {
              membreJury: { sessionId: { in: sessionsJury(acteur) }, session: { statut: { in: [...STATUTS_TABLEAU_OUVERT] } } },
              OR: [{ soumiseLe: { not: null } }, { membreJuryId: { in: ids } }],
            };
        }
      });
    case "dgaln":
      return siNonVide(organisationsDe(acteur, "dgaln", d.roles), () => ({ soumiseLe: { not: null } }));
  }
}

function organisations(acteur: Acteur, d: Droits["organisation"]): Prisma.OrganisationWhereInput | null {
  switch (d.profil) {
    case "collectivite":
      return siNonVide(organisationsDe(acteur, "collectivite", d.roles), (ids) => ({ id: { in: ids } }));
    case "etat":
      return siNonVide(organisationsDe(acteur, "etat", d.roles), (ids) => ({ id: { in: ids } }));
    case "dgaln":
      return siNonVide(organisationsDe(acteur, "dgaln", d.roles), () => ({}));
  }
}

// ─── Portées publiques, une par ressource ──────────────────────────────────────────────────────

export function porteeCandidature(acteur: Acteur, action: ActionDe<"candidature">): Prisma.CandidatureWhereInput {
  return union(droitsDe("candidature", action).map((d) => candidatures(acteur, d)));
}

/**
 * La portée de l'action, profil par profil : au titre de quelle partie (collectivité, service de
 * l'État, DGALN) l'acteur agit sur une ligne, pour la confronter à la machine à états.
 */
export function porteesCandidatureParProfil(
  acteur: Acteur,
  action: ActionDe<"candidature">,
): { profil: Droits["candidature"]["profil"]; where: Prisma.CandidatureWhereInput }[] {
  return droitsDe("candidature", action).flatMap((d) => {
    const where = candidatures(acteur, d);
    return where ? [{ profil: d.profil, where }] : [];
  });
}

/** Candidatures sur lesquelles l'acteur peut agir sur les pièces (déposer une pièce neuve, par exemple). */
export function porteeCandidaturePourPiece(acteur: Acteur, action: ActionDe<"piece">): Prisma.CandidatureWhereInput {
  return union(droitsDe("piece", action).map((d) => candidatures(acteur, d)));
}

export function porteePiece(acteur: Acteur, action: ActionDe<"piece">): Prisma.PieceWhereInput {
  return { candidature: porteeCandidaturePourPiece(acteur, action) };
}

export function porteeMessage(acteur: Acteur, action: ActionDe<"message">): Prisma.MessageWhereInput {
  return union(
    droitsDe("message", action).map((d) => {
      const candidature = candidatures(acteur, d);
      return candidature && { visibilite: { in: [...d.visibilites] }, candidature };
    }),
  );
}

/** Candidatures où l'acteur peut lire ou écrire des messages de cette visibilité. */
export function porteeCandidaturePourMessage(
  acteur: Acteur,
  action: ActionDe<"message">,
  visibilite: VisibiliteMessage,
): Prisma.CandidatureWhereInput {
  return union(
    droitsDe("message", action)
      .filter((d) => d.visibilites.includes(visibilite))
      .map((d) => candidatures(acteur, d)),
  );
}

export function porteeSession(acteur: Acteur, action: ActionDe<"session">): Prisma.SessionAmiWhereInput {
  return union(droitsDe("session", action).map((d) => sessions(acteur, d)));
}

export function porteeEvaluation(acteur: Acteur, action: ActionDe<"evaluation">): Prisma.EvaluationWhereInput {
  return union(droitsDe("evaluation", action).map((d) => evaluations(acteur, d)));
}

export function porteeAtelier(acteur: Acteur, action: ActionDe<"atelier">): Prisma.AtelierWhereInput {
  return union(droitsDe("atelier", action).map((d) => ateliers(acteur, d)));
}

/** La portée de l'action sur les ateliers, profil par profil (au titre de quelle partie l'acteur agit). */
export function porteesAtelierParProfil(
  acteur: Acteur,
  action: ActionDe<"atelier">,
): { profil: Droits["atelier"]["profil"]; where: Prisma.AtelierWhereInput }[] {
  return droitsDe("atelier", action).flatMap((d) => {
    const where = ateliers(acteur, d);
    return where ? [{ profil: d.profil, where }] : [];
  });
}

/** Demandes d'avis d'expert : toutes pour la DGALN, les siennes non annulées pour l'expert. */
export function porteeDemandeAvis(acteur: Acteur, action: ActionDe<"avis">): Prisma.DemandeAvisWhereInput {
  return union(droitsDe("avis", action).map((d) => demandesAvis(acteur, d)));
}

/** Candidatures sur lesquelles l'acteur peut demander (DGALN) ou lire des avis d'expert. */
export function porteeCandidaturePourAvis(acteur: Acteur, action: ActionDe<"avis">): Prisma.CandidatureWhereInput {
  return union(
    droitsDe("avis", action).map((d) => {
      const demandes = demandesAvis(acteur, d);
      if (demandes === null) return null;
      return Object.keys(demandes).length === 0 ? {} : { demandesAvis: { some: demandes } };
    }),
  );
}

export function porteeOrganisation(acteur: Acteur, action: ActionDe<"organisation">): Prisma.OrganisationWhereInput {
  return union(droitsDe("organisation", action).map((d) => organisations(acteur, d)));
}

/** Ne demande que l'identifiant : l'en-tête compte les non lues sans charger d'acteur complet. */
export function porteeNotification(acteur: Pick<Acteur, "id">, action: ActionDe<"notification">): Prisma.NotificationWhereInput {
  return union(
    droitsDe("notification", action).map((d): Prisma.NotificationWhereInput | null => {
      switch (d.lien) {
        case "propres":
          return { utilisateurId: acteur.id };
      }
    }),
  );
}
