import { describe, expect, it } from "vitest";
import type { Acteur, AppartenanceActeur } from "@/lib/auth/acteur";
import { decrirePolitique, decrireRegle } from "./description";
import {
  ACTIONS,
  AUCUNE_LIGNE,
  aUnDroit,
  DESTINATAIRES_CANDIDATURE,
  droitsDe,
  peutAdministrer,
  POLITIQUE,
  porteesCandidatureParProfil,
  porteeAtelier,
  porteeCandidature,
  porteeCandidaturePourMessage,
  porteeCandidaturePourPiece,
  porteeDemandeAvis,
  porteeEvaluation,
  porteeMessage,
  porteeNotification,
  porteeOrganisation,
  porteePiece,
  porteeSession,
  PROFIL_DU_TYPE,
  RESSOURCES,
  ROLES_PAR_PROFIL,
  rolesAttribuables,
  rolesDestinataires,
  type ActionDe,
  type Ressource,
} from "./politique";

const COMMUNE_A = "00000000-0000-4000-8000-00000000000a";
const COMMUNE_B = "00000000-0000-4000-8000-00000000000b";
const DDT_53 = "00000000-0000-4000-8000-000000000053";
const DGALN = "00000000-0000-4000-8000-0000000000d0";

function acteur(appartenances: Partial<AppartenanceActeur>[] = [], jury: Acteur["jury"] = []): Acteur {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    email: "test@exemple.fr",
    prenom: null,
    nom: null,
    appartenances: appartenances.map((a) => ({
      organisationId: COMMUNE_A,
      organisationNom: "Organisation",
      typeOrganisation: "commune",
      role: "membre",
      codeDepartement: null,
      ...a,
    })),
    jury,
    expert: false,
  };
}

const membreA = acteur([{ organisationId: COMMUNE_A, role: "membre", codeDepartement: "53" }]);
const signataireA = acteur([{ organisationId: COMMUNE_A, role: "signataire", codeDepartement: "53" }]);
const agent53 = acteur([{ organisationId: DDT_53, typeOrganisation: "service_etat", role: "agent", codeDepartement: "53" }]);
const signataire53 = acteur([{ organisationId: DDT_53, typeOrganisation: "service_etat", role: "signataire_etat", codeDepartement: "53" }]);
const referent = acteur([{ organisationId: DGALN, typeOrganisation: "dgaln", role: "referent" }]);
const administrateur = acteur([{ organisationId: DGALN, typeOrganisation: "dgaln", role: "administrateur" }]);
const jure = acteur([], [{ sessionId: "00000000-0000-4000-8000-000000000051", membreJuryId: "00000000-0000-4000-8000-0000000000e1" }]);
const personne = acteur();

/** Toutes les portées, indexées comme la politique. */
const PORTEES: { [R in Ressource]: (a: Acteur, action: ActionDe<R>) => object } = {
  candidature: porteeCandidature,
  piece: porteePiece,
  message: porteeMessage,
  session: porteeSession,
  evaluation: porteeEvaluation,
  atelier: porteeAtelier,
  organisation: porteeOrganisation,
  avis: porteeDemandeAvis,
  notification: porteeNotification,
};

function toutesLesPaires(): [Ressource, string][] {
  return RESSOURCES.flatMap((r) => ACTIONS[r].map((a): [Ressource, string] => [r, a]));
}

describe("la table de la politique", () => {
  it("a une règle pour chaque (ressource, action), et rien d'autre", () => {
    expect(Object.keys(POLITIQUE).sort()).toEqual([...RESSOURCES].sort());
    for (const r of RESSOURCES) expect(Object.keys(POLITIQUE[r]).sort()).toEqual([...ACTIONS[r]].sort());
  });

  it("n'accorde à un profil que des rôles de ce profil", () => {
    for (const [r, a] of toutesLesPaires()) {
      for (const d of droitsDe(r, a as never)) {
        if ("roles" in d) {
          const permis: readonly string[] = ROLES_PAR_PROFIL[d.profil];
          expect(d.roles.every((role) => permis.includes(role)), `${r}.${a}`).toBe(true);
        }
      }
    }
  });

  it("ouvre chaque action à au moins un profil et la décrit en français", () => {
    for (const [r, a] of toutesLesPaires()) {
      const lignes = decrireRegle(r, a as never);
      expect(lignes.length).toBeGreaterThan(0);
      expect(lignes).not.toContain("Personne.");
    }
    expect(decrireRegle("candidature", "signer_etat")).toEqual([
      "Service de l'État (signataire_etat) : les candidatures dont il est le service compétent",
    ]);
    expect(decrireRegle("message", "lire")).toContain(
      "Service de l'État (agent, signataire_etat) : les messages des candidatures dont il est le service compétent ou qui relèvent de son département — visibilité tous, État et DGALN",
    );
    const markdown = decrirePolitique();
    for (const r of RESSOURCES) expect(markdown).toContain(`### ${r}`);
  });

  it("classe chaque type d'organisation dans un profil", () => {
    expect(PROFIL_DU_TYPE.epci).toBe("collectivite");
    expect(PROFIL_DU_TYPE.service_etat).toBe("etat");
    expect(PROFIL_DU_TYPE.dgaln).toBe("dgaln");
  });
});

describe("portées", () => {
  it("un utilisateur sans appartenance ne voit rien, sauf les sessions publiées et ses propres notifications", () => {
    for (const [r, a] of toutesLesPaires()) {
      const portee = (PORTEES[r] as (x: Acteur, y: string) => object)(personne, a);
      const attendu =
        r === "session" && a === "lire"
          ? { statut: { not: "brouillon" } }
          : r === "piece"
            ? { candidature: AUCUNE_LIGNE }
            : r === "notification"
              ? { utilisateurId: personne.id }
              : AUCUNE_LIGNE;
      expect(portee, `${r}.${a}`).toEqual(attendu);
    }
  });

  it("une collectivité lit les candidatures qu'elle porte ; seul son signataire signe, pour la principale", () => {
    const porteuse = {
      OR: [{ collectivitePrincipaleId: { in: [COMMUNE_A] } }, { porteuses: { some: { organisationId: { in: [COMMUNE_A] } } } }],
    };
    expect(porteeCandidature(membreA, "lire")).toEqual(porteuse);
    expect(porteeCandidature(membreA, "modifier")).toEqual(porteuse);
    expect(porteeCandidature(membreA, "signer_collectivite")).toEqual(AUCUNE_LIGNE);
    expect(porteeCandidature(signataireA, "signer_collectivite")).toEqual({ collectivitePrincipaleId: { in: [COMMUNE_A] } });
    expect(porteeCandidature(signataireA, "signer_etat")).toEqual(AUCUNE_LIGNE);
    expect(porteeCandidature(signataireA, "instruire")).toEqual(AUCUNE_LIGNE);
    // Un membre de la collectivité saisit les frais matériels de ses ateliers, pas les ateliers in situ.
    expect(porteeAtelier(membreA, "saisir_frais")).toEqual({ collectivites: { some: { organisationId: { in: [COMMUNE_A] } } } });
    expect(porteeAtelier(membreA, "modifier")).toEqual(AUCUNE_LIGNE);
  });

  it("un service de l'État lit son département ; seul son signataire cosigne et dépose, comme service compétent", () => {
    const departement = { OR: [{ serviceEtatId: { in: [DDT_53] } }, { codeDepartement: { in: ["53"] } }] };
    expect(porteeCandidature(agent53, "lire")).toEqual(departement);
    expect(porteeCandidature(agent53, "signer_etat")).toEqual(AUCUNE_LIGNE);
    expect(porteeCandidature(signataire53, "signer_etat")).toEqual({ serviceEtatId: { in: [DDT_53] } });
    expect(porteeCandidature(signataire53, "deposer")).toEqual({ serviceEtatId: { in: [DDT_53] } });
    expect(porteeAtelier(agent53, "valider_phase")).toEqual(AUCUNE_LIGNE);
    expect(porteeAtelier(signataire53, "valider_phase")).toEqual({ serviceEtatId: { in: [DDT_53] } });
    // Frais matériels (décision 034) : l'agent du département les saisit, comme les ateliers in situ.
    expect(porteeAtelier(agent53, "saisir_frais")).toEqual(porteeAtelier(agent53, "modifier"));
  });

  it("R4 : un service de l'État lit les candidatures des collectivités à cheval sur son département, sans les rédiger ni les cosigner", () => {
    const EPCI = "00000000-0000-4000-8000-0000000000e5";
    const agent71 = { ...acteur([{ organisationId: DDT_53, typeOrganisation: "service_etat", role: "agent", codeDepartement: "71" }]), collectivitesACheval: { "71": [EPCI] } };
    expect(porteeCandidature(agent71, "lire")).toEqual({
      OR: [{ serviceEtatId: { in: [DDT_53] } }, { codeDepartement: { in: ["71"] } }, { collectivitePrincipaleId: { in: [EPCI] } }],
    });
    expect(porteeCandidature(agent71, "tableau")).toEqual(porteeCandidature(agent71, "lire"));
    expect(porteeCandidature(agent71, "modifier")).toEqual({ OR: [{ serviceEtatId: { in: [DDT_53] } }, { codeDepartement: { in: ["71"] } }] });
    expect(porteeCandidature(agent71, "signer_etat")).toEqual(AUCUNE_LIGNE);
  });

  it("la DGALN lit et instruit tout, mais ne rédige ni ne signe à la place des porteurs", () => {
    expect(porteeCandidature(referent, "lire")).toEqual({});
    expect(porteeCandidature(referent, "instruire")).toEqual({});
    for (const action of ["creer", "modifier", "signer_collectivite", "signer_etat", "deposer", "retirer"] as const) {
      expect(porteeCandidature(administrateur, action), action).toEqual(AUCUNE_LIGNE);
    }
    expect(porteeOrganisation(referent, "gerer_membres")).toEqual(AUCUNE_LIGNE);
    expect(porteeOrganisation(administrateur, "gerer_membres")).toEqual({});
  });

  it("un juré ne lit que les candidatures qui lui sont affectées, et ne note que les siennes", () => {
    const membre = jure.jury[0]!;
    expect(porteeCandidature(jure, "lire")).toEqual({ affectations: { some: { membreJuryId: { in: [membre.membreJuryId] } } } });
    expect(porteeCandidature(jure, "modifier")).toEqual(AUCUNE_LIGNE);
    expect(porteeCandidaturePourPiece(jure, "telecharger")).toEqual(porteeCandidature(jure, "lire"));
    expect(porteeMessage(jure, "lire")).toEqual(AUCUNE_LIGNE);
    expect(porteeEvaluation(jure, "lire")).toEqual({ membreJuryId: { in: [membre.membreJuryId] } });
    // Tableau ouvert : les notes soumises de la session et les siennes, jamais le brouillon d'un autre.
    expect(porteeEvaluation(jure, "lire_toutes")).toEqual({
      membreJury: { sessionId: { in: [membre.sessionId] }, session: { statut: { in: ["en_deliberation", "resultats_publies"] } } },
      OR: [{ soumiseLe: { not: null } }, { membreJuryId: { in: [membre.membreJuryId] } }],
    });
    expect(porteeSession(jure, "lire")).toEqual({ OR: [{ statut: { not: "brouillon" } }, { id: { in: [membre.sessionId] } }] });
  });

  it("filtre les messages par visibilité selon le profil", () => {
    expect(porteeMessage(membreA, "lire")).toMatchObject({ visibilite: { in: ["tous"] } });
    expect(porteeMessage(agent53, "lire")).toMatchObject({ visibilite: { in: ["tous", "etat_dgaln"] } });
    expect(porteeMessage(referent, "lire")).toEqual({ visibilite: { in: ["tous", "etat_dgaln", "dgaln"] }, candidature: {} });
    expect(porteeCandidaturePourMessage(membreA, "ecrire", "etat_dgaln")).toEqual(AUCUNE_LIGNE);
    expect(porteeCandidaturePourMessage(agent53, "ecrire", "dgaln")).toEqual(AUCUNE_LIGNE);
    expect(porteeCandidaturePourMessage(referent, "ecrire", "dgaln")).toEqual({});
  });

  it("ignore un rôle posé sur une organisation d'un autre profil", () => {
    const incoherent = acteur([{ organisationId: DDT_53, typeOrganisation: "service_etat", role: "signataire", codeDepartement: "53" }]);
    expect(porteeCandidature(incoherent, "lire")).toEqual(AUCUNE_LIGNE);
    expect(porteeCandidature(incoherent, "signer_collectivite")).toEqual(AUCUNE_LIGNE);
  });

  it("cumule les droits de plusieurs appartenances", () => {
    const double = acteur([
      { organisationId: COMMUNE_A, role: "membre" },
      { organisationId: DDT_53, typeOrganisation: "service_etat", role: "agent", codeDepartement: "53" },
    ]);
    expect(porteeCandidature(double, "lire")).toEqual({
      OR: [porteeCandidature(membreA, "lire"), porteeCandidature(agent53, "lire")],
    });
  });

  it("dit si l'acteur a un droit, quelle que soit la ligne", () => {
    expect(aUnDroit(referent, "candidature", "instruire")).toBe(true);
    expect(aUnDroit(agent53, "candidature", "instruire")).toBe(false);
    expect(aUnDroit(personne, "session", "lire")).toBe(true);
    expect(aUnDroit(jure, "evaluation", "noter")).toBe(true);
  });
});

describe("notifications", () => {
  it("chacun ne lit et ne marque que les siennes, quel que soit son rôle (la DGALN comprise)", () => {
    for (const a of [membreA, signataire53, referent, administrateur, jure, personne]) {
      expect(porteeNotification(a, "lire")).toEqual({ utilisateurId: a.id });
      expect(porteeNotification(a, "marquer")).toEqual({ utilisateurId: a.id });
    }
    expect(decrireRegle("notification", "lire")).toEqual(["Tout utilisateur connecté : ses propres notifications"]);
  });
});

describe("rôles attribuables", () => {
  const communeA = { id: COMMUNE_A, type: "commune" as const };
  const communeB = { id: COMMUNE_B, type: "commune" as const };
  const ddt = { id: DDT_53, type: "service_etat" as const };
  const dgaln = { id: DGALN, type: "dgaln" as const };

  it("un signataire attribue les rôles de sa propre organisation, jamais ceux de la DGALN", () => {
    expect(rolesAttribuables(signataireA, communeA)).toEqual(["membre", "signataire"]);
    expect(rolesAttribuables(signataireA, communeB)).toEqual([]);
    expect(rolesAttribuables(signataireA, dgaln)).toEqual([]);
    expect(rolesAttribuables(signataire53, ddt)).toEqual(["agent", "signataire_etat"]);
    expect(rolesAttribuables(signataire53, communeA)).toEqual([]);
  });

  it("un membre, un agent ou un référent n'attribue rien ; l'administrateur DGALN attribue partout", () => {
    expect(rolesAttribuables(membreA, communeA)).toEqual([]);
    expect(rolesAttribuables(agent53, ddt)).toEqual([]);
    expect(rolesAttribuables(referent, dgaln)).toEqual([]);
    expect(rolesAttribuables(administrateur, dgaln)).toEqual(["referent", "administrateur"]);
    expect(rolesAttribuables(administrateur, communeB)).toEqual(["membre", "signataire"]);
    expect(rolesAttribuables(administrateur, ddt)).toEqual(["agent", "signataire_etat"]);
  });
});

describe("espace d'administration", () => {
  it("s'ouvre à toute la DGALN (référent et administrateur), à personne d'autre", () => {
    expect(peutAdministrer(referent)).toBe(true);
    expect(peutAdministrer(administrateur)).toBe(true);
    for (const autre of [membreA, signataireA, agent53, signataire53, jure, personne]) expect(peutAdministrer(autre)).toBe(false);
    // Un référent consulte l'administration sans pouvoir y modifier une organisation.
    expect(aUnDroit(referent, "organisation", "administrer")).toBe(false);
  });

  it("se décide sur les seules appartenances (l'adaptateur de connexion n'a pas d'acteur complet)", () => {
    expect(peutAdministrer({ appartenances: [{ organisationId: DGALN, typeOrganisation: "dgaln", role: "referent" }], jury: [] })).toBe(true);
    // Le rôle seul ne suffit pas : un « administrateur » hors DGALN n'existe pas pour la politique.
    expect(peutAdministrer({ appartenances: [{ organisationId: COMMUNE_A, typeOrganisation: "commune", role: "administrateur" }], jury: [] })).toBe(false);
  });
});

describe("destinataires des courriels d'une candidature", () => {
  it("sont, dans chaque partie, tous ceux qui la rédigent ou la signent", () => {
    expect(rolesDestinataires("collectivite")).toEqual(["membre", "signataire"]);
    expect(rolesDestinataires("etat")).toEqual(["agent", "signataire_etat"]);
    expect(Object.keys(DESTINATAIRES_CANDIDATURE).sort()).toEqual(["collectivite", "etat"]);
  });

  it("reprennent les rôles de rédaction de la politique, jamais un rôle de la DGALN", () => {
    for (const partie of ["collectivite", "etat"] as const) {
      const redaction = droitsDe("candidature", "modifier").find((d) => d.profil === partie);
      expect(redaction && "roles" in redaction ? [...redaction.roles].sort() : null).toEqual([...rolesDestinataires(partie)].sort());
      expect(rolesDestinataires(partie).some((r) => (ROLES_PAR_PROFIL.dgaln as readonly string[]).includes(r))).toBe(false);
    }
  });
});

describe("portée d'une action profil par profil", () => {
  it("dit au titre de quelle partie l'acteur peut retirer une candidature", () => {
    expect(porteesCandidatureParProfil(signataireA, "retirer")).toEqual([{ profil: "collectivite", where: { collectivitePrincipaleId: { in: [COMMUNE_A] } } }]);
    expect(porteesCandidatureParProfil(signataire53, "retirer")).toEqual([{ profil: "etat", where: { serviceEtatId: { in: [DDT_53] } } }]);
    // Un membre, un agent, la DGALN ne retirent pas.
    for (const autre of [membreA, agent53, referent, administrateur, jure, personne]) expect(porteesCandidatureParProfil(autre, "retirer")).toEqual([]);
  });
});
