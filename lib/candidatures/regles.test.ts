import { describe, expect, it } from "vitest";
import { ANDOUILLE, EPCI_ERNEE, faitsFlash, faitsLocal, faitsNational, SESSION_OUVERTE } from "./regles/faits.fixture";
import { checklist, erreurDeRegles, evaluerRegles, peutCreer, peutDeposer, type FaitsCandidature } from "./regles";

const codes = (resultats: { code: string }[]) => resultats.map((r) => r.code);
const ACTUEL = "a".repeat(64);

describe("évaluation de toutes les règles", () => {
  it.each([
    ["local", faitsLocal()],
    ["flash", faitsFlash()],
    ["national", faitsNational()],
  ])("ne trouve rien à redire à une candidature %s complète et signée", (_, faits) => {
    expect(evaluerRegles(faits)).toEqual([]);
    expect(peutDeposer(faits)).toEqual({ ok: true, bloquants: [], avertissements: [] });
  });

  it("donne à chaque manquement sa sévérité, sa règle et sa source", () => {
    const faits = faitsFlash({
      dureeMois: 9,
      perimetre: {
        communes: [ANDOUILLE, { codeInsee: "53225", nom: "Saint-Germain-le-Fouilloux", epciSiren: "200083392", codeDepartement: "53" }],
        epci: [],
        epciDesCommunes: [EPCI_ERNEE, { siren: "200083392", nom: "Laval Agglomération", nombreCommunes: 34 }],
      },
    });
    const resultats = evaluerRegles(faits);
    expect(resultats.map((r) => [r.code, r.etat, r.severite])).toEqual([
      ["R2_DUREE_FLASH", "refuse", "bloquant"],
      ["R3_FLASH_PLUSIEURS_EPCI", "avertissement", "avertissement"],
    ]);
    for (const r of resultats) expect(r.source).toMatch(new RegExp(`^DESIGN\\.md §6 ${r.regle} .*https://`));
  });
});

describe("peutDeposer (R6)", () => {
  it("accepte un dépôt qui n'a que des avertissements", () => {
    const faits = faitsLocal({
      perimetre: { communes: [ANDOUILLE], epci: [], epciDesCommunes: [EPCI_ERNEE] },
      pieces: [...faitsLocal().pieces, "demande_derogation"],
    });
    const verdict = peutDeposer(faits);
    expect(verdict.ok).toBe(true);
    expect(codes(verdict.avertissements)).toEqual(["R3_DEROGATION_DEMANDEE"]);
  });

  it("refuse un brouillon sans signatures, sans ajouter de message sur le statut", () => {
    const verdict = peutDeposer(faitsLocal({ statut: "brouillon", signatures: [] }));
    expect(verdict.ok).toBe(false);
    expect(codes(verdict.bloquants)).toEqual(["R6_SIGNATURE_MANQUANTE", "R6_SIGNATURE_MANQUANTE"]);
  });

  it("refuse une candidature dont une signature porte sur un contenu modifié depuis", () => {
    const faits = faitsLocal({ hashContenu: "c".repeat(64) });
    const verdict = peutDeposer(faits);
    expect(codes(verdict.bloquants)).toEqual(["R6_SIGNATURE_A_RENOUVELER", "R6_SIGNATURE_A_RENOUVELER"]);
    expect(verdict.bloquants[0]!.message).toContain("à renouveler : le contenu a changé depuis");
  });

  it("refuse une pièce manquante et un service incompétent, même signés", () => {
    const verdict = peutDeposer(faitsLocal({ pieces: ["note_opportunite"], serviceEtat: { nom: "DDT de la Sarthe", codeDepartement: "72" } }));
    expect(codes(verdict.bloquants)).toEqual(["R4_SERVICE_INCOMPETENT", "R5_PIECE_MANQUANTE", "R5_PIECE_MANQUANTE", "R5_PIECE_MANQUANTE"]);
  });

  it("traduit les bloquants en une erreur attendue, lisible telle quelle", () => {
    const erreur = erreurDeRegles(peutDeposer(faitsFlash({ dureeMois: 9, pieces: ["note_opportunite", "courrier_soutien_collectivite"] })).bloquants);
    expect(erreur.code).toBe("REGLE_NON_RESPECTEE");
    expect(erreur.regles).toEqual(["R2_DUREE_FLASH", "R5_PIECE_MANQUANTE"]);
    expect(erreur.message).toBe(
      "Un atelier flash dure de 3 à 6 mois : la durée prévue est de 9 mois. Pièce manquante : courrier d'engagement du service de l'État (DDT(M) ou D(R)EAL) à porter l'atelier.",
    );
  });

  it("refuse une candidature déjà déposée", () => {
    expect(codes(peutDeposer(faitsLocal({ statut: "deposee" })).bloquants)).toEqual(["R6_STATUT_INCOMPATIBLE"]);
  });

  it("refuse une candidature à corriger tant qu'elle n'a pas été modifiée et signée à nouveau", () => {
    expect(codes(peutDeposer(faitsLocal({ statut: "a_corriger" })).bloquants)).toEqual(["R6_STATUT_INCOMPATIBLE"]);
  });

  it("refuse le dépôt national après la clôture, et le doublon dans la session", () => {
    const faits = faitsNational({
      maintenant: new Date("2027-04-01T00:00:00Z"),
      autresCandidatures: [{ id: "x", reference: "ADT-2027-00001", format: "national", statut: "signee", sessionId: SESSION_OUVERTE.id }],
    });
    expect(codes(peutDeposer(faits).bloquants)).toEqual(["R1_SESSION_CLOTUREE", "R7_CANDIDATURE_EN_COURS"]);
  });
});

describe("peutCreer", () => {
  it("refuse de créer une deuxième candidature flash active pour la même commune", () => {
    const faits = { ...faitsFlash({ id: null }), autresCandidatures: [{ id: "x", reference: "ADT-2026-00042", format: "flash" as const, statut: "brouillon" as const, sessionId: null }] };
    const verdict = peutCreer(faits);
    expect(verdict.ok).toBe(false);
    expect(verdict.bloquants[0]!.message).toContain("ADT-2026-00042");
  });

  it("refuse de créer une candidature nationale dans une session pas encore ouverte", () => {
    expect(codes(peutCreer(faitsNational({ id: null, session: { ...SESSION_OUVERTE, statut: "brouillon" } })).bloquants)).toEqual(["R1_SESSION_NON_OUVERTE"]);
  });

  it("R4 : refuse de créer avec le service de l'État d'un département où la collectivité n'est pas", () => {
    const verdict = peutCreer(faitsFlash({ id: null, serviceEtat: { nom: "DDT de la Sarthe", codeDepartement: "72" } }));
    expect(codes(verdict.bloquants)).toEqual(["R4_SERVICE_INCOMPETENT"]);
  });

  it("accepte une création sans concurrente", () => {
    expect(peutCreer(faitsFlash({ id: null })).ok).toBe(true);
  });
});

describe("liste de contrôle", () => {
  it("présente une rubrique par règle, dans l'ordre, avec ce qui est déjà bon", () => {
    const rubriques = checklist(faitsFlash());
    expect(rubriques.map((r) => [r.regle, r.titre, r.etat])).toEqual([
      ["R1", "Session nationale", "ok"],
      ["R2", "Durée prévue", "ok"],
      ["R3", "Échelle du périmètre", "ok"],
      ["R4", "Service de l'État compétent", "ok"],
      ["R5", "Pièces du dossier", "ok"],
      ["R6", "Signatures", "ok"],
      ["R7", "Candidature unique", "ok"],
    ]);
    expect(rubriques[4]!.elements).toHaveLength(3);
  });

  it("dit ce qui manque, ce qui est refusé et ce qui n'est qu'un avertissement", () => {
    const faits = faitsLocal({
      statut: "brouillon",
      dureeMois: 24,
      perimetre: { communes: [ANDOUILLE], epci: [], epciDesCommunes: [EPCI_ERNEE] },
      collectivitePrincipale: { nom: "Andouillé", type: "commune", departements: ["53"] },
      pieces: ["note_opportunite", "demande_derogation"],
      signatures: [{ partie: "collectivite", hashContenu: ACTUEL, invalidee: false }],
    });
    const parRegle = Object.fromEntries(checklist(faits).map((r) => [r.regle, r]));
    expect(parRegle.R2!.etat).toBe("refuse");
    expect(parRegle.R3!.etat).toBe("avertissement");
    expect(parRegle.R5!.elements.map((e) => e.etat)).toEqual(["ok", "manquant", "manquant", "manquant"]);
    expect(parRegle.R5!.etat).toBe("manquant");
    expect(parRegle.R6!.elements.map((e) => [e.partie, e.etat])).toEqual([
      ["collectivite", "ok"],
      ["etat", "manquant"],
    ]);
  });

  it("écrit des messages complets, sans valeur technique, quelles que soient les données", () => {
    const variantes: FaitsCandidature[] = [
      faitsLocal({ statut: "brouillon", dureeMois: null, serviceEtat: null, pieces: [], signatures: [], hashContenu: null }),
      faitsNational({ session: null, perimetre: { communes: [], epci: [], epciDesCommunes: [] } }),
      faitsFlash({ session: SESSION_OUVERTE, dureeMois: 2.5 }),
    ];
    for (const faits of variantes) {
      for (const e of checklist(faits).flatMap((r) => r.elements)) {
        expect(e.message).not.toMatch(/undefined|null|NaN|\[object/);
        expect(e.message).toMatch(/^[A-ZÉ].*[.)]$/);
      }
    }
  });
});
