// LE tableau des mesures du banc des pages : une ligne par page, route ou action serveur mesurée.
// Ajouter une page = ajouter une ligne. Champs :
//   nom, role (roles.ts), chemin (texte, ou fonction qui lit des identifiants dans la base : donnees.ts),
//   attendu (statut HTTP attendu, 200 par défaut : tout autre statut compte comme une erreur),
//   action (action serveur envoyée par POST sur `chemin` : nom exporté et arguments),
//   sqlMax (budget de requêtes SQL par requête, sinon celui de budgets.ts),
//   comparer (lignes d'un même groupe : même nombre de requêtes SQL malgré des volumes différents, sinon N+1),
//   plancher (« statique » ou « sante » : les références des ratios).
// Couverture : toutes les app/**/page.tsx et app/**/route.ts qu'atteint un utilisateur (GET), et les
// actions serveur de recherche au fil de la frappe. Les autres actions (modifier, signer, déposer,
// inviter…) écrivent : elles relèvent de `npm run bench:candidatures`.
import {
  atelier,
  candidature,
  candidatureDeposee,
  collectivitePrincipale,
  organisation,
  organisationLaPlusPeuplee,
  pageCommunesDuMilieu,
  pageDuMilieu,
  piece,
  sessionLaPlusChargee,
  type Contexte,
} from "./donnees";
import type { Role } from "./roles";

export type Ligne = {
  nom: string;
  role: Role;
  chemin: string | ((ctx: Contexte) => Promise<string>);
  attendu?: number;
  action?: { nom: string; arguments: unknown[] | ((ctx: Contexte) => Promise<unknown[]>) };
  sqlMax?: number;
  comparer?: string;
  plancher?: "statique" | "sante";
};

// Les pages de modification et de signature visent une candidature modifiable quand le rôle en a une.
const MODIFIABLES = ["brouillon", "a_corriger"];
const modifier = (role: Role) => async (ctx: Contexte) => `/candidatures/${await candidature(ctx, role, { preferer: MODIFIABLES })}/modifier`;

export const PAGES: Ligne[] = [
  // Planchers : une page sans base de données et la sonde de santé (une requête SQL).
  { nom: "Mentions légales (plancher statique)", role: "anonyme", chemin: "/mentions-legales", plancher: "statique", sqlMax: 0 },
  { nom: "/api/sante (plancher)", role: "anonyme", chemin: "/api/sante", plancher: "sante", sqlMax: 1 },

  // Pages publiques.
  { nom: "Accueil", role: "anonyme", chemin: "/" },
  { nom: "Accueil (connecté)", role: "collectivite-membre", chemin: "/" },
  { nom: "Accessibilité", role: "anonyme", chemin: "/accessibilite", sqlMax: 0 },
  { nom: "Données personnelles", role: "anonyme", chemin: "/donnees-personnelles", sqlMax: 0 },
  { nom: "Plan du site", role: "anonyme", chemin: "/plan-du-site", sqlMax: 0 },
  { nom: "Connexion", role: "anonyme", chemin: "/connexion" },
  { nom: "Connexion : vérification", role: "anonyme", chemin: "/connexion/verification" },
  { nom: "Connexion : erreur", role: "anonyme", chemin: "/connexion/erreur?error=Verification" },
  { nom: "Invitation (jeton inconnu)", role: "anonyme", chemin: "/invitation/jeton-inconnu-du-banc" },
  { nom: "Accès refusé", role: "anonyme", chemin: "/acces-refuse", attendu: 403 },
  { nom: "Liste sans session (vers Connexion)", role: "anonyme", chemin: "/candidatures", attendu: 307, sqlMax: 0 },
  { nom: "Boîte de courriels de dev (fermée)", role: "dgaln-administrateur", chemin: "/dev/boite-mail", attendu: 404 },

  // next-auth : le bandeau lit la session à chaque changement de page.
  { nom: "/api/auth/session", role: "collectivite-membre", chemin: "/api/auth/session" },
  { nom: "/api/auth/session (anonyme)", role: "anonyme", chemin: "/api/auth/session", sqlMax: 0 },
  { nom: "/api/auth/csrf", role: "anonyme", chemin: "/api/auth/csrf", sqlMax: 0 },
  { nom: "/api/auth/providers", role: "anonyme", chemin: "/api/auth/providers", sqlMax: 0 },

  // Espace et compte.
  { nom: "Mon espace (redirection)", role: "jure", chemin: "/mon-espace", attendu: 307 },
  { nom: "Mon compte", role: "collectivite-membre", chemin: "/mon-compte" },
  { nom: "Mon compte", role: "ddt-agent", chemin: "/mon-compte" },
  { nom: "Mon compte", role: "dgaln-administrateur", chemin: "/mon-compte" },
  { nom: "Mon compte", role: "jure", chemin: "/mon-compte" },
  // Centre de notifications (issue 12) : une page de la liste, le total et les non lues.
  { nom: "Notifications", role: "collectivite-membre", chemin: "/notifications" },
  { nom: "Notifications", role: "ddt-agent", chemin: "/notifications" },
  { nom: "Déconnexion", role: "collectivite-membre", chemin: "/deconnexion" },

  // Listes de candidatures (même nombre de requêtes quel que soit le volume : groupe « liste »).
  { nom: "Candidatures", role: "collectivite-membre", chemin: "/candidatures", comparer: "liste" },
  { nom: "Candidatures", role: "ddt-agent", chemin: "/candidatures", comparer: "liste" },
  { nom: "Candidatures", role: "dgaln-referent", chemin: "/candidatures", comparer: "liste" },
  { nom: "Candidatures", role: "jure", chemin: "/candidatures", comparer: "liste" },
  { nom: "Candidatures déposées", role: "dgaln-referent", chemin: "/candidatures?statut=deposee", comparer: "liste" },
  { nom: "Candidatures locales par titre", role: "ddt-agent", chemin: "/candidatures?format=local&tri=titre", comparer: "liste" },
  { nom: "Candidatures, page du milieu", role: "dgaln-referent", chemin: async (ctx) => `/candidatures?page=${await pageDuMilieu(ctx, "dgaln-referent")}`, comparer: "liste" },
  { nom: "Nouvelle candidature", role: "collectivite-membre", chemin: "/candidatures/nouvelle" },
  { nom: "Nouvelle candidature", role: "ddt-agent", chemin: "/candidatures/nouvelle" },

  // Tableau d'instruction (issue 11) : sans filtre, un département, recherche plein texte (rang par
  // pertinence : deux requêtes de plus, hors du groupe), pour la DGALN et pour une DDT.
  { nom: "Tableau d'instruction", role: "dgaln-referent", chemin: "/instruction", comparer: "tableau" },
  { nom: "Tableau d'instruction : un département (53)", role: "dgaln-referent", chemin: "/instruction?departement=53", comparer: "tableau" },
  { nom: "Tableau d'instruction : recherche « andouille »", role: "dgaln-referent", chemin: "/instruction?q=andouille", sqlMax: 14 },
  { nom: "Tableau d'instruction", role: "ddt-agent", chemin: "/instruction", comparer: "tableau" },
  { nom: "Tableau d'instruction : son département, déposées", role: "ddt-agent", chemin: "/instruction?departement=53&statut=deposee", comparer: "tableau" },
  { nom: "Tableau d'instruction : recherche « centre bourg »", role: "ddt-agent", chemin: "/instruction?q=centre%20bourg", sqlMax: 14 },
  { nom: "Tableau d'instruction refusé", role: "collectivite-membre", chemin: "/instruction", attendu: 307 },

  // « Mes ateliers » (issue 14) : la portée de chaque rôle, un filtre calculé (phases en retard), la
  // fiche la plus chargée de chaque rôle ; un juré est renvoyé vers « Accès refusé ». L'export (un flux
  // par lots) relève, comme celui des candidatures, du banc des exports.
  { nom: "Mes ateliers", role: "collectivite-membre", chemin: "/ateliers", comparer: "ateliers" },
  { nom: "Mes ateliers", role: "ddt-agent", chemin: "/ateliers", comparer: "ateliers" },
  { nom: "Mes ateliers", role: "dgaln-referent", chemin: "/ateliers", comparer: "ateliers" },
  { nom: "Mes ateliers : phases en retard", role: "dgaln-referent", chemin: "/ateliers?enRetard=1", comparer: "ateliers" },
  { nom: "Mes ateliers : recherche « centre »", role: "dgaln-referent", chemin: "/ateliers?q=centre", comparer: "ateliers" },
  { nom: "Mes ateliers refusé", role: "jure", chemin: "/ateliers", attendu: 307 },
  // Vue nationale (décision 035) : cinq agrégats, les noms des départements et régions, le référentiel
  // de la carte et les choix des filtres ; une collectivité reçoit la page introuvable.
  { nom: "Carte et statistiques des ateliers", role: "dgaln-referent", chemin: "/ateliers/carte", comparer: "carte-ateliers", sqlMax: 18 },
  { nom: "Carte et statistiques des ateliers : flash 2023", role: "dgaln-referent", chemin: "/ateliers/carte?format=flash&annee=2023", comparer: "carte-ateliers", sqlMax: 18 },
  { nom: "Carte et statistiques refusée", role: "collectivite-membre", chemin: "/ateliers/carte", attendu: 404 },
  // Ateliers réalisés (décision 036) : page publique, ~2 900 ateliers publics à l'échelle nationale.
  { nom: "Ateliers réalisés", role: "anonyme", chemin: "/ateliers-realises", comparer: "ateliers-realises" },
  { nom: "Ateliers réalisés : flash en Pays de la Loire", role: "anonyme", chemin: "/ateliers-realises?format=flash&region=52", comparer: "ateliers-realises" },
  // Contrat et équipe (décision 037) : le formulaire du pilote ; une collectivité reçoit la page introuvable.
  { nom: "Contrat et équipe d'un atelier", role: "ddt-agent", chemin: async (ctx) => `/ateliers/${await atelier(ctx, "ddt-agent")}/contrat` },
  { nom: "Contrat et équipe refusé", role: "collectivite-membre", chemin: async (ctx) => `/ateliers/${await atelier(ctx, "collectivite-membre")}/contrat`, attendu: 404 },
  { nom: "Fiche d'un atelier", role: "collectivite-membre", chemin: async (ctx) => `/ateliers/${await atelier(ctx, "collectivite-membre")}`, comparer: "fiche-atelier" },
  { nom: "Fiche d'un atelier", role: "ddt-agent", chemin: async (ctx) => `/ateliers/${await atelier(ctx, "ddt-agent")}`, comparer: "fiche-atelier" },
  { nom: "Fiche d'un atelier", role: "dgaln-referent", chemin: async (ctx) => `/ateliers/${await atelier(ctx, "dgaln-referent")}`, comparer: "fiche-atelier" },

  // Une candidature : détail, modification, signature (la plus chargée en pièces, ou celle du milieu).
  { nom: "Candidature (le plus de pièces)", role: "collectivite-membre", chemin: async (ctx) => `/candidatures/${await candidature(ctx, "collectivite-membre", { choix: "pieces" })}`, comparer: "detail" },
  { nom: "Candidature (le plus de pièces)", role: "ddt-agent", chemin: async (ctx) => `/candidatures/${await candidature(ctx, "ddt-agent", { choix: "pieces" })}`, comparer: "detail" },
  { nom: "Candidature (milieu du jeu)", role: "dgaln-referent", chemin: async (ctx) => `/candidatures/${await candidature(ctx, "dgaln-referent", { choix: "milieu" })}`, comparer: "detail" },
  { nom: "Candidature affectée", role: "jure", chemin: async (ctx) => `/candidatures/${await candidature(ctx, "jure")}` },
  { nom: "Modifier", role: "collectivite-membre", chemin: modifier("collectivite-membre") },
  { nom: "Modifier", role: "ddt-agent", chemin: modifier("ddt-agent") },
  { nom: "Relire et signer", role: "collectivite-signataire", chemin: async (ctx) => `/candidatures/${await candidature(ctx, "collectivite-signataire", { preferer: MODIFIABLES })}/signer` },
  { nom: "Relire et signer", role: "ddt-signataire", chemin: async (ctx) => `/candidatures/${await candidature(ctx, "ddt-signataire", { preferer: MODIFIABLES })}/signer` },

  // Téléchargements.
  { nom: "Pièce (la plus lourde)", role: "collectivite-membre", chemin: async (ctx) => `/api/pieces/${await piece(ctx, "collectivite-membre")}` },
  { nom: "Récépissé PDF", role: "dgaln-referent", chemin: async (ctx) => `/api/candidatures/${await candidatureDeposee(ctx, "dgaln-referent")}/recepisse` },

  // Organisations et administration.
  { nom: "Membres de son organisation", role: "collectivite-membre", chemin: async (ctx) => `/organisations/${await organisation(ctx, "collectivite-membre")}/membres` },
  { nom: "Membres de son organisation", role: "ddt-agent", chemin: async (ctx) => `/organisations/${await organisation(ctx, "ddt-agent")}/membres` },
  { nom: "Organisations", role: "dgaln-administrateur", chemin: "/admin/organisations", comparer: "organisations" },
  { nom: "Organisations : recherche « saint »", role: "dgaln-administrateur", chemin: "/admin/organisations?q=saint", comparer: "organisations" },
  { nom: "Organisations : communes 53, page du milieu", role: "dgaln-administrateur", chemin: async (ctx) => `/admin/organisations?type=commune&departement=53&page=${await pageCommunesDuMilieu(ctx, "53")}`, comparer: "organisations" },
  { nom: "Organisation (la plus peuplée)", role: "dgaln-administrateur", chemin: async (ctx) => `/admin/organisations/${await organisationLaPlusPeuplee(ctx)}` },
  { nom: "Administration refusée", role: "collectivite-membre", chemin: "/admin/organisations", attendu: 307 },
  // Sessions et délibération (issue 13) : la session la plus chargée (300 candidatures × 10 jurés ×
  // 8 critères quand `npm run bench:deliberation` l'a créée).
  { nom: "Sessions nationales", role: "dgaln-administrateur", chemin: "/admin/sessions" },
  { nom: "Session (la plus chargée)", role: "dgaln-administrateur", chemin: async (ctx) => `/admin/sessions/${await sessionLaPlusChargee(ctx)}` },
  { nom: "Délibération (la session la plus chargée)", role: "dgaln-administrateur", chemin: async (ctx) => `/admin/sessions/${await sessionLaPlusChargee(ctx)}/deliberation` },
  { nom: "/api/sante (détail, administrateur)", role: "dgaln-administrateur", chemin: "/api/sante" },

  // Actions serveur au fil de la frappe (POST Next-Action sur la page qui les importe).
  { nom: "Recherche périmètre « sain »", role: "collectivite-membre", chemin: modifier("collectivite-membre"), action: { nom: "rechercherPerimetreAction", arguments: ["sain"] } },
  { nom: "Recherche périmètre « laval »", role: "ddt-agent", chemin: modifier("ddt-agent"), action: { nom: "rechercherPerimetreAction", arguments: ["laval"] } },
  { nom: "Recherche porteuses « commu »", role: "collectivite-membre", chemin: modifier("collectivite-membre"), action: { nom: "rechercherPorteusesAction", arguments: ["commu"] } },
  { nom: "Recherche collectivités « saint »", role: "ddt-agent", chemin: "/candidatures/nouvelle", action: { nom: "rechercherCollectivitesAction", arguments: ["saint"] } },
  { nom: "Aperçu du périmètre (2 EPCI)", role: "collectivite-membre", chemin: modifier("collectivite-membre"), action: { nom: "apercuPerimetreAction", arguments: [[], ["200033298", "245300355"]] } },
  { nom: "Candidatures semblables", role: "ddt-agent", chemin: "/candidatures/nouvelle", action: { nom: "similairesAction", arguments: async (ctx) => [{ collectiviteId: await collectivitePrincipale(ctx, "ddt-agent"), format: "flash", sessionId: null }] } },
];
