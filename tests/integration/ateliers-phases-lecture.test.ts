// Ce que chaque acteur lit des phases d'un atelier et peut y faire (issue 14, décision 031), sur une
// vraie base : le pilote (agent de la DDT) démarre, dépose, soumet mais ne valide pas ; les deux
// signataires valident ou renvoient une phase « à valider » ; une autre collectivité, une autre DDT,
// un juré ne chargent pas l'atelier ; le livrable se télécharge dans la même portée.
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import { etatLivrables } from "@/lib/ateliers/phases/commun";
import { demarrerPhase } from "@/lib/ateliers/phases/demarrer-phase";
import { deposerLivrable } from "@/lib/ateliers/phases/deposer-livrable";
import { telechargerLivrable, televerserLivrable } from "@/lib/ateliers/phases/http";
import { chargerFichierLivrable, lirePhasesAtelier, type PhaseLue } from "@/lib/ateliers/phases/lecture";
import { renvoyerPhase } from "@/lib/ateliers/phases/renvoyer-phase";
import { soumettrePhase } from "@/lib/ateliers/phases/soumettre-phase";
import { validerPhase } from "@/lib/ateliers/phases/valider-phase";
import type { Acteur } from "@/lib/auth/acteur";
import { prisma } from "@/lib/db";
import { acteurDe } from "@/tests/helpers/acteurs";
import { donnees, pdf } from "@/tests/helpers/candidatures";
import * as f from "@/tests/helpers/factories";

type Role = Parameters<typeof f.creerMembre>[1];
const acteur = async (organisation: { id: string }, role: Role, nom?: string) => acteurDe((await f.creerMembre(organisation, role, nom)).id);

async function unAtelier() {
  const [principale, ddt, autreCommune, autreDdt] = await Promise.all([f.commune("53005"), f.serviceEtat("53"), f.commune("53130"), f.serviceEtat("72")]);
  const c = await f.creerCandidature({ collectivitePrincipale: principale, statut: "retenue" });
  const atelier = await f.creerAtelier(c);
  await prisma.phase.updateMany({ where: { atelierId: atelier.id }, data: { statut: "a_venir" } });
  const session = await f.creerSession();
  const jure = await f.creerUtilisateur();
  await f.ajouterJure(session, jure);
  return {
    atelier,
    pilote: await acteur(ddt, "agent", "Pilote"),
    signataireEtat: await acteur(ddt, "signataire_etat", "Directrice"),
    maire: await acteur(principale, "signataire", "Maire"),
    membre: await acteur(principale, "membre", "Secrétaire"),
    autreCollectivite: await acteur(autreCommune, "signataire", "Voisine"),
    autreDdt: await acteur(autreDdt, "signataire_etat", "Sarthe"),
    jure: await acteurDe(jure.id),
  };
}

const lire = async (par: Acteur, atelierId: string) => (await lirePhasesAtelier(par, atelierId))!;
const appropriation = async (par: Acteur, atelierId: string) => (await lire(par, atelierId)).find((p) => p.type === "appropriation")!;
/** Les gestes offerts : « soumettre » ou « soumettre (désactivé : raison) ». */
const gestes = (p: PhaseLue) => p.offres.map((o) => (o.raison ? `${o.geste} (désactivé)` : o.partie ? `${o.geste} ${o.partie}` : o.geste));

describe("phases d'un atelier : ce que chacun lit et peut faire", () => {
  it("le pilote démarre, dépose, soumet ; « Soumettre » est désactivé, en français, sans la synthèse ; il ne valide jamais", async () => {
    const a = await unAtelier();
    const phases = await lire(a.pilote, a.atelier.id);
    expect(phases.map((p) => p.type)).toEqual(["appropriation", "animation", "restitution"]);
    // Seule la première phase offre « Démarrer » : les suivantes n'ont rien à proposer avant elle.
    expect(phases.map(gestes)).toEqual([["demarrer"], [], []]);
    expect(phases[0]!.prochaineEtape).toMatchObject({ titre: "À démarrer par le service de l'État pilote", pourVous: true });

    const p0 = phases[0]!;
    donnees(await executerAction(demarrerPhase, a.pilote, { phaseId: p0.id, versionLue: p0.version }));
    const [enCours, animation] = await lire(a.pilote, a.atelier.id);
    // L'animation montre désormais « Démarrer », désactivé, avec la raison.
    expect(gestes(animation!)).toEqual(["demarrer (désactivé)"]);
    expect(animation!.offres[0]!.raison).toBe(
      "La phase d'appropriation n'est pas encore validée par les deux co-pilotes : la phase d'animation ne peut pas démarrer avant.",
    );
    expect(gestes(enCours!)).toEqual(["deposer", "soumettre (désactivé)"]);
    expect(enCours!.offres[1]!.raison).toBe(
      "La phase d'appropriation ne peut pas être soumise à validation sans son livrable : déposez la synthèse des enjeux.",
    );
    expect(enCours!.prochaineEtape.titre).toBe("Livrable à déposer");
    expect(enCours!.typesAdmis.map((t) => t.libelle)).toEqual(["synthèse des enjeux", "note de cadrage", "carnet de suivi", "autre document"]);

    donnees(
      await executerAction(deposerLivrable, a.pilote, { phaseId: p0.id, type: "synthese_enjeux", titre: "Synthèse", nomFichier: "synthese.pdf", contenu: pdf("synthèse") }),
    );
    const avecSynthese = await appropriation(a.pilote, a.atelier.id);
    expect(gestes(avecSynthese)).toEqual(["deposer", "soumettre"]);
    expect(avecSynthese.empreinte).toBe((await etatLivrables(prisma, p0.id)).empreinte);
    expect(avecSynthese.livrables).toEqual([
      expect.objectContaining({ libelleType: "synthèse des enjeux", version: 1, nomFichier: "synthese.pdf", deposePar: "Test Pilote", lien: expect.stringMatching(/^\/api\/livrables\//) }),
    ]);

    donnees(await executerAction(soumettrePhase, a.pilote, { phaseId: p0.id, versionLue: avecSynthese.version, empreinteLue: avecSynthese.empreinte }));
    const aValider = await appropriation(a.pilote, a.atelier.id);
    // Le pilote, agent de la DDT, peut encore déposer une nouvelle version ; il ne valide ni ne renvoie.
    expect(gestes(aValider)).toEqual(["deposer"]);
    expect(aValider.prochaineEtape).toMatchObject({ titre: "À valider par les deux co-pilotes", pourVous: false });
    // Un membre de la collectivité lit la phase mais n'a aucun geste.
    expect(gestes(await appropriation(a.membre, a.atelier.id))).toEqual([]);
  });

  it("les deux signataires valident ou renvoient une phase à valider ; la validation annulée reste visible avec son motif", async () => {
    const a = await unAtelier();
    const p0 = await appropriation(a.pilote, a.atelier.id);
    donnees(await executerAction(demarrerPhase, a.pilote, { phaseId: p0.id, versionLue: p0.version }));
    const deposer = (texte: string) =>
      executerAction(deposerLivrable, a.pilote, { phaseId: p0.id, type: "synthese_enjeux", titre: "Synthèse", nomFichier: "synthese.pdf", contenu: pdf(texte) });
    donnees(await deposer("v1"));
    const lue = await appropriation(a.pilote, a.atelier.id);
    donnees(await executerAction(soumettrePhase, a.pilote, { phaseId: p0.id, versionLue: lue.version, empreinteLue: lue.empreinte }));

    const vueMaire = await appropriation(a.maire, a.atelier.id);
    expect(gestes(vueMaire)).toEqual(["valider collectivite", "renvoyer collectivite"]);
    expect(vueMaire.prochaineEtape.pourVous).toBe(true);
    // La signataire de la DDT pilote aussi : elle dépose, et valide pour l'État.
    expect(gestes(await appropriation(a.signataireEtat, a.atelier.id))).toEqual(["deposer", "valider etat", "renvoyer etat"]);

    donnees(await executerAction(validerPhase, a.maire, { phaseId: p0.id, partie: "collectivite", empreinteLue: vueMaire.empreinte, commentaire: "Bien." }));
    const apres = await appropriation(a.maire, a.atelier.id);
    // Le maire a validé : il peut encore renvoyer, plus valider ; on attend le service de l'État.
    expect(gestes(apres)).toEqual(["renvoyer collectivite"]);
    expect(apres.prochaineEtape).toMatchObject({ titre: "À valider par le second co-pilote", pourVous: false });
    expect(apres.validations).toEqual([expect.objectContaining({ partie: "collectivite", par: "Test Maire", commentaire: "Bien.", annulation: null })]);

    // Une nouvelle version annule la validation, visiblement.
    donnees(await deposer("v2"));
    const annulee = await appropriation(a.maire, a.atelier.id);
    expect(annulee.validations[0]!.annulation?.motif).toBe("nouvelle version du livrable « synthèse des enjeux » déposée par Test Pilote");
    expect(annulee.livrables.map((l) => l.version)).toEqual([2]);
    expect(gestes(annulee)).toEqual(["valider collectivite", "renvoyer collectivite"]);

    donnees(await executerAction(renvoyerPhase, a.signataireEtat, { phaseId: p0.id, partie: "etat", empreinteLue: annulee.empreinte, commentaire: "Ajoutez la carte des enjeux." }));
    const renvoyee = await appropriation(a.pilote, a.atelier.id);
    expect(renvoyee.statut).toBe("en_cours");
    expect(renvoyee.dernierRenvoi).toMatchObject({ partie: "etat", par: "Test Directrice", commentaire: "Ajoutez la carte des enjeux." });
    expect(gestes(renvoyee)).toEqual(["deposer", "soumettre"]);
  });

  it("une autre collectivité, une autre DDT, un juré ne chargent pas l'atelier ni ses livrables", async () => {
    const a = await unAtelier();
    const p0 = await appropriation(a.pilote, a.atelier.id);
    donnees(await executerAction(demarrerPhase, a.pilote, { phaseId: p0.id, versionLue: p0.version }));
    const { livrableId } = donnees(
      await executerAction(deposerLivrable, a.pilote, { phaseId: p0.id, type: "synthese_enjeux", titre: "Synthèse", nomFichier: "synthese.pdf", contenu: pdf("s") }),
    );
    for (const etranger of [a.autreCollectivite, a.autreDdt, a.jure]) {
      expect(await lirePhasesAtelier(etranger, a.atelier.id)).toBeNull();
      expect(await chargerFichierLivrable(etranger, livrableId)).toBeNull();
    }
    expect(await chargerFichierLivrable(a.membre, livrableId)).toMatchObject({ nomFichier: "synthese.pdf", typeMime: "application/pdf" });
    expect(await chargerFichierLivrable(a.membre, "pas-un-identifiant")).toBeNull();

    // En HTTP : le même 404 pour un livrable hors portée et pour un livrable qui n'existe pas.
    const horsPortee = await telechargerLivrable(a.autreCollectivite, livrableId);
    const inexistant = await telechargerLivrable(a.autreCollectivite, crypto.randomUUID());
    expect([horsPortee.status, inexistant.status]).toEqual([404, 404]);
    expect(await horsPortee.json()).toEqual(await inexistant.json());
    const ok = await telechargerLivrable(a.maire, livrableId);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toContain("synthese.pdf");
  });

  it("le dépôt en multipart : le pilote dépose ; le maire lit pourquoi il ne le peut pas ; une autre DDT reçoit 404", async () => {
    const a = await unAtelier();
    const p0 = await appropriation(a.pilote, a.atelier.id);
    donnees(await executerAction(demarrerPhase, a.pilote, { phaseId: p0.id, versionLue: p0.version }));
    const requete = () => {
      const corps = new FormData();
      corps.set("fichier", new File([pdf("synthèse")], "synthèse.pdf", { type: "application/pdf" }));
      corps.set("type", "synthese_enjeux");
      corps.set("titre", "Synthèse des enjeux");
      return new Request("http://localhost/api/phases/x/livrables", { method: "POST", body: corps });
    };
    const depose = await televerserLivrable(requete(), a.pilote, p0.id);
    expect(depose.status).toBe(201);
    expect(await depose.json()).toMatchObject({ ok: true, data: { type: "synthese_enjeux", version: 1, nomFichier: "synthèse.pdf" } });
    const refuse = await televerserLivrable(requete(), a.maire, p0.id);
    expect(refuse.status).toBe(403);
    expect(await refuse.json()).toMatchObject({ code: "ACCES_REFUSE", message: expect.stringContaining("Seul le service de l'État pilote") });
    expect((await televerserLivrable(requete(), a.autreDdt, p0.id)).status).toBe(404);
  });
});
