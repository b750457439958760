// Les portées de la politique (décision 007), ressource par ressource : une matrice générée depuis la
// politique elle-même (RESSOURCES × ACTIONS × profils × lignes cibles), vérifiée par les requêtes
// bornées de lib/. Autorisé, la requête rend la ligne (et la liste la contient) ; refusé, elle ne
// rend rien. Une action ajoutée à la politique sans attente dans ATTENDU fait échouer ce fichier (à
// la compilation et à l'exécution). Les cas d'usage eux-mêmes, exécutés par le pipeline, sont
// éprouvés rôle par rôle dans autorisations-matrice.test.ts ; ce fichier couvre aussi les
// ressources qui n'ont pas encore de cas d'usage (messages, sessions, notes, ateliers).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listerAteliers, trouverAtelier } from "@/lib/ateliers/queries";
import type { Acteur } from "@/lib/auth/acteur";
import { exigerCandidature, exigerPiece } from "@/lib/autorisations/exiger";
import { ACTIONS, porteeDemandeAvis, RESSOURCES, type ActionDe, type Ressource } from "@/lib/autorisations/politique";
import { listerDemandesAvis } from "@/lib/avis/queries";
import { listerMesCandidatures } from "@/lib/candidatures/liste";
import { trouverCandidature } from "@/lib/candidatures/queries";
import { prisma } from "@/lib/db";
import { AppError, MESSAGE_INTROUVABLE } from "@/lib/errors";
import { listerEvaluations, listerTableauSession, trouverEvaluation } from "@/lib/evaluations/queries";
import { listerMessages, trouverMessage, visibilitesPermises } from "@/lib/messages/queries";
import { listerNotifications, trouverNotification } from "@/lib/notifications/queries";
import { organisationAccessible } from "@/lib/organisations/acces";
import { listerPieces } from "@/lib/pieces/queries";
import { listerSessions, trouverSession } from "@/lib/sessions/queries-acteur";
import { acteurDe } from "../helpers/acteurs";
import * as f from "../helpers/factories";

// ─── Les profils du monde de test ──────────────────────────────────────────────────────────────

const PROFILS = [
  "a_membre", // commune d'Andouillé (53), membre
  "a_signataire", // commune d'Andouillé, signataire
  "b_membre", // commune de Saint-Nazaire (44), membre
  "b_signataire", // commune de Saint-Nazaire, signataire
  "ddt53_agent", // DDT de la Mayenne
  "ddt53_signataire",
  "ddtm44_agent", // DDTM de la Loire-Atlantique
  "ddtm44_signataire",
  "dgaln_referent",
  "dgaln_administrateur",
  "jure", // juré des sessions S1 (affecté à cA seulement) et S2 (en délibération, aucune affectation)
  "expert", // expert extérieur : avis demandé sur cA (vA) ; sa demande sur cB (vB) est annulée
  "sans_appartenance",
] as const;
type Profil = (typeof PROFILS)[number];

// ─── Les lignes cibles, par ressource ──────────────────────────────────────────────────────────
// cA : Andouillé principale, session S1 (cloturée), affectée au juré.   cB : Saint-Nazaire, S1, affectée à un autre juré.
// cCo : CC de l'Ernée (53) principale, Andouillé porteuse associée.       cD : Saint-Nazaire, S2 (en délibération).
// atA, atB : ateliers d'Andouillé et de Saint-Nazaire ; atCo : celui de cCo (Ernée principale, Andouillé associée).
// eJA : note du juré sur cA (S1) ; eKB, eKD : notes d'un autre juré sur cB (S1) et cD (S2).
// S0 : session en brouillon ; S1 : clôturée ; S2 : en délibération (tableau des notes ouvert).

const CIBLES = {
  candidature: ["cA", "cB", "cCo", "cD"],
  piece: ["pA", "pB", "pCo"],
  message: ["mA_tous", "mA_etat", "mA_dgaln", "mB_tous", "mB_etat", "mB_dgaln"],
  session: ["s0", "s1", "s2"],
  evaluation: ["eJA", "eKB", "eKD"],
  atelier: ["atA", "atB", "atCo"],
  organisation: ["orgA", "orgB", "orgErnee", "ddt53", "ddtm44", "dgaln"],
  avis: ["vA", "vB", "vD"],
  notification: ["nA", "nDgaln", "nSans"],
} as const satisfies Record<Ressource, readonly string[]>;
type Cible<R extends Ressource> = (typeof CIBLES)[R][number];

// ─── Les attentes : pour chaque (ressource, action, ligne), les profils autorisés ──────────────
// Tout profil absent d'une liste doit être refusé.

const A = ["a_membre", "a_signataire"] as const;
const B = ["b_membre", "b_signataire"] as const;
const DDT53 = ["ddt53_agent", "ddt53_signataire"] as const;
const DDTM44 = ["ddtm44_agent", "ddtm44_signataire"] as const;
const DGALN = ["dgaln_referent", "dgaln_administrateur"] as const;
const ADMIN = ["dgaln_administrateur"] as const;
const TOUS = PROFILS;

type Attentes = { [R in Ressource]: { [X in ActionDe<R>]: { [C in Cible<R>]: readonly Profil[] } } };

const ATTENDU = {
  candidature: {
    lire: { cA: [...A, ...DDT53, ...DGALN, "jure", "expert"], cB: [...B, ...DDTM44, ...DGALN], cCo: [...A, ...DDT53, ...DGALN], cD: [...B, ...DDTM44, ...DGALN] },
    creer: { cA: [...A, ...DDT53], cB: [...B, ...DDTM44], cCo: [...DDT53], cD: [...B, ...DDTM44] },
    modifier: { cA: [...A, ...DDT53], cB: [...B, ...DDTM44], cCo: [...A, ...DDT53], cD: [...B, ...DDTM44] },
    signer_collectivite: { cA: ["a_signataire"], cB: ["b_signataire"], cCo: [], cD: ["b_signataire"] },
    signer_etat: { cA: ["ddt53_signataire"], cB: ["ddtm44_signataire"], cCo: ["ddt53_signataire"], cD: ["ddtm44_signataire"] },
    deposer: { cA: ["ddt53_signataire"], cB: ["ddtm44_signataire"], cCo: ["ddt53_signataire"], cD: ["ddtm44_signataire"] },
    retirer: {
      cA: ["a_signataire", "ddt53_signataire"],
      cB: ["b_signataire", "ddtm44_signataire"],
      cCo: ["ddt53_signataire"],
      cD: ["b_signataire", "ddtm44_signataire"],
    },
    instruire: { cA: DGALN, cB: DGALN, cCo: DGALN, cD: DGALN },
    // Le tableau d'instruction : la DGALN et le service de l'État du département, jamais la collectivité ni le juré.
    tableau: { cA: [...DDT53, ...DGALN], cB: [...DDTM44, ...DGALN], cCo: [...DDT53, ...DGALN], cD: [...DDTM44, ...DGALN] },
  },
  piece: {
    lire: { pA: [...A, ...DDT53, ...DGALN, "jure", "expert"], pB: [...B, ...DDTM44, ...DGALN], pCo: [...A, ...DDT53, ...DGALN] },
    deposer: { pA: [...A, ...DDT53], pB: [...B, ...DDTM44], pCo: [...A, ...DDT53] },
    telecharger: { pA: [...A, ...DDT53, ...DGALN, "jure", "expert"], pB: [...B, ...DDTM44, ...DGALN], pCo: [...A, ...DDT53, ...DGALN] },
  },
  message: {
    lire: {
      mA_tous: [...A, ...DDT53, ...DGALN], mA_etat: [...DDT53, ...DGALN], mA_dgaln: DGALN,
      mB_tous: [...B, ...DDTM44, ...DGALN], mB_etat: [...DDTM44, ...DGALN], mB_dgaln: DGALN,
    },
    ecrire: {
      mA_tous: [...A, ...DDT53, ...DGALN], mA_etat: [...DDT53, ...DGALN], mA_dgaln: DGALN,
      mB_tous: [...B, ...DDTM44, ...DGALN], mB_etat: [...DDTM44, ...DGALN], mB_dgaln: DGALN,
    },
  },
  session: {
    lire: { s0: DGALN, s1: TOUS, s2: TOUS },
    gerer: { s0: ["dgaln_administrateur"], s1: ["dgaln_administrateur"], s2: ["dgaln_administrateur"] },
  },
  evaluation: {
    lire: { eJA: ["jure", ...DGALN], eKB: DGALN, eKD: DGALN },
    noter: { eJA: ["jure"], eKB: [], eKD: [] },
    lire_toutes: { eJA: DGALN, eKB: DGALN, eKD: [...DGALN, "jure"] },
  },
  atelier: {
    lire: { atA: [...A, ...DDT53, ...DGALN], atB: [...B, ...DDTM44, ...DGALN], atCo: [...A, ...DDT53, ...DGALN] },
    modifier: { atA: [...DDT53, ...DGALN], atB: [...DDTM44, ...DGALN], atCo: [...DDT53, ...DGALN] },
    valider_phase: { atA: ["a_signataire", "ddt53_signataire"], atB: ["b_signataire", "ddtm44_signataire"], atCo: ["ddt53_signataire"] },
    saisir_frais: { atA: [...A, ...DDT53, ...DGALN], atB: [...B, ...DDTM44, ...DGALN], atCo: [...A, ...DDT53, ...DGALN] },
    publier_livrable: { atA: DGALN, atB: DGALN, atCo: DGALN },
    // La vue nationale (décision 035) : la DGALN seule, ni les porteurs ni les services de l'État.
    statistiques: { atA: DGALN, atB: DGALN, atCo: DGALN },
  },
  organisation: {
    lire: {
      orgA: [...A, ...DGALN], orgB: [...B, ...DGALN], orgErnee: DGALN,
      ddt53: [...DDT53, ...DGALN], ddtm44: [...DDTM44, ...DGALN], dgaln: DGALN,
    },
    gerer_membres: {
      orgA: ["a_signataire", ...ADMIN], orgB: ["b_signataire", ...ADMIN], orgErnee: ADMIN,
      ddt53: ["ddt53_signataire", ...ADMIN], ddtm44: ["ddtm44_signataire", ...ADMIN], dgaln: ADMIN,
    },
    administrer: { orgA: ADMIN, orgB: ADMIN, orgErnee: ADMIN, ddt53: ADMIN, ddtm44: ADMIN, dgaln: ADMIN },
    // L'espace d'administration : toute la DGALN le consulte (référent compris), personne d'autre.
    acceder_administration: { orgA: DGALN, orgB: DGALN, orgErnee: DGALN, ddt53: DGALN, ddtm44: DGALN, dgaln: DGALN },
  },
  // Avis d'expert : internes à la DGALN ; l'expert lit et rend le sien (vA), plus rien une fois annulé (vB).
  // vD : demandé à une autre personne sur cD.
  avis: {
    lire: { vA: [...DGALN, "expert"], vB: DGALN, vD: DGALN },
    demander: { vA: DGALN, vB: DGALN, vD: DGALN },
    annuler: { vA: DGALN, vB: DGALN, vD: DGALN },
    rendre: { vA: ["expert"], vB: [], vD: [] },
  },
  // nA : reçue par a_membre (sur cA) ; nDgaln : par le référent DGALN ; nSans : par l'utilisateur sans appartenance.
  // Sa seule destinataire la lit et la marque : ni ses collègues, ni la DGALN, ni l'autre partie.
  notification: {
    lire: { nA: ["a_membre"], nDgaln: ["dgaln_referent"], nSans: ["sans_appartenance"] },
    marquer: { nA: ["a_membre"], nDgaln: ["dgaln_referent"], nSans: ["sans_appartenance"] },
  },
} satisfies Attentes;

// ─── Le monde de test ──────────────────────────────────────────────────────────────────────────

const acteurs = {} as Record<Profil, Acteur>;
const ids: Record<string, string> = {};
const id = (cible: string) => ids[cible] ?? (() => { throw new Error(`cible inconnue : ${cible}`); })();

beforeAll(async () => {
  const [orgA, orgB, ernee, ddt53, ddtm44, dgaln] = await Promise.all([
    f.commune("53005"), f.commune("44184"), f.collectivite("245300355"), f.serviceEtat("53"), f.serviceEtat("44"), f.dgaln(),
  ]);
  Object.assign(ids, { orgA: orgA.id, orgB: orgB.id, orgErnee: ernee.id, ddt53: ddt53.id, ddtm44: ddtm44.id, dgaln: dgaln.id });

  const utilisateurs: Record<Profil, { id: string }> = {
    a_membre: await f.creerMembre(orgA, "membre"),
    a_signataire: await f.creerMembre(orgA, "signataire"),
    b_membre: await f.creerMembre(orgB, "membre"),
    b_signataire: await f.creerMembre(orgB, "signataire"),
    ddt53_agent: await f.creerMembre(ddt53, "agent"),
    ddt53_signataire: await f.creerMembre(ddt53, "signataire_etat"),
    ddtm44_agent: await f.creerMembre(ddtm44, "agent"),
    ddtm44_signataire: await f.creerMembre(ddtm44, "signataire_etat"),
    dgaln_referent: await f.creerMembre(dgaln, "referent"),
    dgaln_administrateur: await f.creerMembre(dgaln, "administrateur"),
    jure: await f.creerUtilisateur(),
    expert: await f.creerUtilisateur(),
    sans_appartenance: await f.creerUtilisateur(),
  };

  const s0 = await f.creerSession({ statut: "brouillon" });
  const s1 = await f.creerSession({ statut: "cloturee" });
  const s2 = await f.creerSession({ statut: "en_deliberation" });
  const jureS1 = await f.ajouterJure(s1, utilisateurs.jure);
  await f.ajouterJure(s2, utilisateurs.jure);
  const autreS1 = await f.ajouterJure(s1);
  const autreS2 = await f.ajouterJure(s2, autreS1.utilisateur);

  const cA = await f.creerCandidature({ collectivitePrincipale: orgA, session: s1, statut: "deposee" });
  const cB = await f.creerCandidature({ collectivitePrincipale: orgB, session: s1, statut: "deposee" });
  const cCo = await f.creerCandidature({ collectivitePrincipale: ernee, porteuses: [orgA], format: "local" });
  const cD = await f.creerCandidature({ collectivitePrincipale: orgB, session: s2, statut: "en_instruction" });
  await f.affecter(jureS1.membreJury, cA);
  await f.affecter(autreS1.membreJury, cB);
  await f.affecter(autreS2.membreJury, cD);

  const auteur = utilisateurs.dgaln_referent;
  const messages: Record<string, { id: string }> = {};
  for (const [nom, candidature] of [["mA", cA], ["mB", cB]] as const) {
    messages[`${nom}_tous`] = await f.creerMessage({ candidature, auteur, visibilite: "tous" });
    messages[`${nom}_etat`] = await f.creerMessage({ candidature, auteur, visibilite: "etat_dgaln" });
    messages[`${nom}_dgaln`] = await f.creerMessage({ candidature, auteur, visibilite: "dgaln" });
  }

  const expert = await prisma.utilisateur.findUniqueOrThrow({ where: { id: utilisateurs.expert.id } });
  const vA = await f.creerDemandeAvis({ candidature: cA, demandePar: auteur, expert });
  const vB = await f.creerDemandeAvis({ candidature: cB, demandePar: auteur, expert, annulee: true });
  const vD = await f.creerDemandeAvis({ candidature: cD, demandePar: auteur, expert: await f.creerUtilisateur() });
  Object.assign(ids, { vA: vA.id, vB: vB.id, vD: vD.id });

  const atA = await f.creerAtelier(await f.creerCandidature({ collectivitePrincipale: orgA, format: "flash", statut: "retenue" }));
  const atB = await f.creerAtelier(await f.creerCandidature({ collectivitePrincipale: orgB, format: "flash", statut: "retenue" }));
  const atCo = await f.creerAtelier(cCo);

  Object.assign(ids, {
    cA: cA.id, cB: cB.id, cCo: cCo.id, cD: cD.id,
    pA: (await f.creerPiece({ candidature: cA })).id,
    pB: (await f.creerPiece({ candidature: cB })).id,
    pCo: (await f.creerPiece({ candidature: cCo })).id,
    ...Object.fromEntries(Object.entries(messages).map(([k, m]) => [k, m.id])),
    s0: s0.id, s1: s1.id, s2: s2.id,
    eJA: (await f.creerEvaluation({ membreJury: jureS1.membreJury, candidature: cA, critere: s1.criteres[0]! })).id,
    eKB: (await f.creerEvaluation({ membreJury: autreS1.membreJury, candidature: cB, critere: s1.criteres[0]! })).id,
    eKD: (await f.creerEvaluation({ membreJury: autreS2.membreJury, candidature: cD, critere: s2.criteres[0]! })).id,
    atA: atA.id, atB: atB.id, atCo: atCo.id,
    nA: (await f.creerNotification({ utilisateur: utilisateurs.a_membre, candidature: cA })).id,
    nDgaln: (await f.creerNotification({ utilisateur: utilisateurs.dgaln_referent, candidature: cA })).id,
    nSans: (await f.creerNotification({ utilisateur: utilisateurs.sans_appartenance })).id,
  });

  for (const profil of PROFILS) acteurs[profil] = await acteurDe(utilisateurs[profil].id);
}, 60_000);

// ─── Les accès mis à l'épreuve, par ressource ──────────────────────────────────────────────────

type Acces<R extends Ressource> = {
  /** La requête bornée : la ligne, ou null. */
  trouver: (acteur: Acteur, id: string, action: ActionDe<R>) => Promise<{ id: string } | null>;
  /** Les identifiants que la liste de cette action montre (null : pas de liste pour cette action). */
  lister: (acteur: Acteur, action: ActionDe<R>) => Promise<string[]> | null;
};

const idsDe = (lignes: { id: string }[]) => lignes.map((l) => l.id);
/** Toutes les pages de « Mes candidatures ». */
async function mesCandidatures(acteur: Acteur): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const resultat = await listerMesCandidatures(acteur, { tri: "reference", page });
    ids.push(...idsDe(resultat.lignes));
    if (page * resultat.parPage >= resultat.total) return ids;
  }
}
/** Refusé par la portée (AppError) : aucune ligne. */
const ouNull = <T>(promesse: Promise<T>): Promise<T | null> =>
  promesse.catch((e: unknown) => {
    if (e instanceof AppError) return null;
    throw e;
  });
const surChaque = async (cibles: string[], lire: (id: string) => Promise<{ id: string }[]>) =>
  (await Promise.all(cibles.map((c) => lire(id(c))))).flat().map((l) => l.id);

const ACCES: { [R in Ressource]: Acces<R> } = {
  candidature: {
    trouver: trouverCandidature,
    lister: (a, action) => (action === "lire" ? mesCandidatures(a) : null),
  },
  piece: {
    // Le chargement borné des cas d'usage de pièces (retirer une pièce le fait avec « deposer »).
    trouver: (a, id, action) => ouNull(exigerPiece(a, id, action)),
    lister: (a, action) => (action === "lire" ? surChaque(["cA", "cB", "cCo"], (c) => listerPieces(a, c)) : null),
  },
  message: {
    trouver: trouverMessage,
    lister: (a, action) => (action === "lire" ? surChaque(["cA", "cB"], (c) => listerMessages(a, c)) : null),
  },
  session: {
    trouver: trouverSession,
    lister: (a, action) => (action === "lire" ? listerSessions(a).then(idsDe) : null),
  },
  evaluation: {
    trouver: trouverEvaluation,
    lister: (a, action) =>
      action === "lire"
        ? listerEvaluations(a).then(idsDe)
        : action === "lire_toutes"
          ? surChaque(["s1", "s2"], (s) => listerTableauSession(a, s))
          : null,
  },
  atelier: {
    trouver: trouverAtelier,
    lister: (a, action) => (action === "lire" ? listerAteliers(a, {}, { parPage: 100 }).then((p) => idsDe(p.lignes)) : null),
  },
  organisation: {
    // Le chargement borné des cas d'usage d'organisations (INTROUVABLE, ou ACCES_REFUSE si elle est visible).
    trouver: (a, id, action) => ouNull(organisationAccessible(prisma, a, id, action)),
    lister: () => null,
  },
  avis: {
    trouver: (a, id, action) => prisma.demandeAvis.findFirst({ where: { AND: [{ id }, porteeDemandeAvis(a, action)] }, select: { id: true } }),
    lister: (a, action) => (action === "lire" ? surChaque(["cA", "cB", "cD"], (c) => listerDemandesAvis(a, c)) : null),
  },
  notification: {
    trouver: trouverNotification,
    lister: (a, action) => (action === "lire" ? listerNotifications(a, { parPage: 100 }).then((p) => idsDe(p.lignes)) : null),
  },
};

// ─── La matrice ────────────────────────────────────────────────────────────────────────────────

const bilan = { paires: 0, cas: 0, refuses: 0, debut: 0, duree: 0 };

describe("portées de la politique (matrice générée depuis la politique)", () => {
  it("la table des attentes couvre exactement la politique, ses lignes cibles et des profils connus", () => {
    expect(Object.keys(ATTENDU).sort()).toEqual([...RESSOURCES].sort());
    for (const r of RESSOURCES) {
      const attentes = ATTENDU[r] as Record<string, Record<string, readonly string[]>>;
      expect(Object.keys(attentes).sort(), r).toEqual([...ACTIONS[r]].sort());
      for (const [action, parCible] of Object.entries(attentes)) {
        expect(Object.keys(parCible).sort(), `${r}.${action}`).toEqual([...CIBLES[r]].sort());
        for (const profils of Object.values(parCible)) for (const p of profils) expect(PROFILS).toContain(p);
      }
    }
  });

  for (const ressource of RESSOURCES) {
    for (const action of ACTIONS[ressource] as readonly string[]) {
      it(`${ressource}.${action}`, async () => {
        if (!bilan.debut) bilan.debut = performance.now();
        const parCible = (ATTENDU as Record<string, Record<string, Record<string, readonly Profil[]>> | undefined>)[ressource]?.[action];
        expect(parCible, `Aucune attente pour ${ressource}.${action} : ajoutez-la dans ATTENDU.`).toBeDefined();
        const acces = ACCES[ressource] as unknown as Acces<"candidature">;
        const ecarts: string[] = [];
        bilan.paires += 1;

        await Promise.all(
          PROFILS.map(async (profil) => {
            const acteur = acteurs[profil];
            const liste = await acces.lister(acteur, action as never);
            for (const [cible, autorises] of Object.entries(parCible!)) {
              const cas = `${profil} · ${ressource}.${action} · ${cible}`;
              const autorise = autorises.includes(profil);
              bilan.cas += 1;
              if (!autorise) bilan.refuses += 1;
              const ligne = await acces.trouver(acteur, id(cible), action as never);
              if (autorise !== (ligne?.id === id(cible))) ecarts.push(`${cas} : requête ${ligne ? "autorisée" : "refusée"}`);
              if (liste && autorise !== liste.includes(id(cible))) ecarts.push(`${cas} : liste ${autorise ? "sans" : "avec"} la ligne`);
            }
          }),
        );
        bilan.duree = performance.now() - bilan.debut;
        expect(ecarts).toEqual([]);
      });
    }
  }
});

afterAll(() => {
  const ressources = RESSOURCES.length;
  const actions = RESSOURCES.reduce((n, r) => n + ACTIONS[r].length, 0);
  console.log(
    `[portées de la politique] ${PROFILS.length} profils × ${actions} actions (sur ${ressources} ressources) = ` +
      `${PROFILS.length * actions} combinaisons ; × lignes cibles : ${bilan.cas} cas, ${bilan.cas - bilan.refuses} autorisés, ` +
      `${bilan.refuses} refusés ; ${bilan.paires} paires (ressource, action) vérifiées en ${Math.round(bilan.duree)} ms.`,
  );
});

// ─── Les garanties nommées de l'issue ──────────────────────────────────────────────────────────

describe("garanties", () => {
  it("collectivité A ne lit pas les candidatures de B", async () => {
    for (const profil of A) {
      const acteur = acteurs[profil];
      const liste = await mesCandidatures(acteur);
      expect(liste).toEqual(expect.arrayContaining([id("cA"), id("cCo")]));
      expect(liste).not.toContain(id("cB"));
      expect(liste).not.toContain(id("cD"));
      expect(await trouverCandidature(acteur, id("cB"))).toBeNull();
      expect(await listerPieces(acteur, id("cB"))).toEqual([]);
      expect(await listerMessages(acteur, id("cB"))).toEqual([]);
      expect(await visibilitesPermises(acteur, id("cB"))).toEqual([]);
    }
    expect(await visibilitesPermises(acteurs.a_membre, id("cA"))).toEqual(["tous"]);
  });

  it("la DDT de la Mayenne ne voit pas celles de Loire-Atlantique", async () => {
    for (const profil of DDT53) {
      const acteur = acteurs[profil];
      const liste = await mesCandidatures(acteur);
      expect(liste).toEqual(expect.arrayContaining([id("cA"), id("cCo")]));
      expect(liste).not.toContain(id("cB"));
      expect(liste).not.toContain(id("cD"));
      expect(await trouverCandidature(acteur, id("cB"))).toBeNull();
      const ateliers = idsDe((await listerAteliers(acteur)).lignes);
      expect(ateliers).toEqual(expect.arrayContaining([id("atA"), id("atCo")]));
      expect(ateliers).not.toContain(id("atB"));
    }
    expect(await visibilitesPermises(acteurs.ddt53_agent, id("cA"))).toEqual(["tous", "etat_dgaln"]);
  });

  it("un juré ne voit pas une candidature qui ne lui est pas affectée", async () => {
    const jure = acteurs.jure;
    expect(await mesCandidatures(jure)).toEqual([id("cA")]);
    expect(await trouverCandidature(jure, id("cB"))).toBeNull();
    // Même quand le tableau des notes de S2 est ouvert, cD ne lui est pas ouverte.
    expect(await trouverCandidature(jure, id("cD"))).toBeNull();
    expect(await listerPieces(jure, id("cB"))).toEqual([]);
    expect(idsDe(await listerPieces(jure, id("cA")))).toEqual([id("pA")]);
    expect(idsDe(await listerEvaluations(jure))).toEqual([id("eJA")]);
    expect(await listerTableauSession(jure, id("s1"))).toEqual([]);
    expect(idsDe(await listerTableauSession(jure, id("s2")))).toEqual([id("eKD")]);
    await expect(exigerCandidature(jure, id("cB"), "lire")).rejects.toMatchObject({ code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
  });

  it("un utilisateur sans appartenance ne voit rien", async () => {
    const personne = acteurs.sans_appartenance;
    expect(await mesCandidatures(personne)).toEqual([]);
    expect(await listerAteliers(personne)).toMatchObject({ lignes: [], total: 0 });
    expect(await listerEvaluations(personne)).toEqual([]);
    for (const c of ["cA", "cB", "cCo"]) {
      expect(await listerPieces(personne, id(c))).toEqual([]);
      expect(await listerMessages(personne, id(c))).toEqual([]);
    }
    // Seules les sessions publiées (hors brouillon), comme pour tout utilisateur connecté.
    const sessions = idsDe(await listerSessions(personne));
    expect(sessions).toEqual(expect.arrayContaining([id("s1"), id("s2")]));
    expect(sessions).not.toContain(id("s0"));
  });

  it("un identifiant mal formé est refusé comme un identifiant inconnu, sans erreur de base", async () => {
    const dgaln = acteurs.dgaln_administrateur;
    expect(await trouverCandidature(dgaln, "pas-un-uuid")).toBeNull();
    await expect(exigerCandidature(dgaln, "1 OR 1=1", "lire")).rejects.toMatchObject({ code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
  });
});
