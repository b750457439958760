// Publication du livrable final et page publique « Ateliers réalisés » ; relances de retard des
// phases (issue 14, décision 036), sur une vraie base.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import { deposerLivrable } from "@/lib/ateliers/phases/deposer-livrable";
import { lirePhasesAtelier } from "@/lib/ateliers/phases/lecture";
import { MESSAGE_REFUS_PUBLICATION, publierLivrable } from "@/lib/ateliers/phases/publication";
import { signalerPhasesEnRetard } from "@/lib/ateliers/phases/retards";
import { chargerLivrablePublic, lireAteliersPublics } from "@/lib/ateliers/publics";
import { verifierChaine } from "@/lib/audit/journal";
import type { Acteur } from "@/lib/auth/acteur";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import type { TypeLivrable } from "@/lib/generated/prisma/client";
import { horlogeFixe } from "@/lib/horloge";
import { acteurDe } from "@/tests/helpers/acteurs";
import { donnees, pdf } from "@/tests/helpers/candidatures";
import * as f from "@/tests/helpers/factories";
import { GET as telechargerPublic } from "@/app/api/livrables-publics/[id]/route";

type Role = Parameters<typeof f.creerMembre>[1];
const acteur = async (organisation: { id: string }, role: Role, nom?: string) => acteurDe((await f.creerMembre(organisation, role, nom)).id);

/** Un atelier d'Andouillé piloté par la DDT 53, en restitution : appropriation et animation validées. */
async function unAtelierEnRestitution() {
  const [principale, ddt, dgaln] = await Promise.all([f.commune("53005"), f.serviceEtat("53"), f.dgaln()]);
  const c = await f.creerCandidature({ collectivitePrincipale: principale, statut: "retenue" });
  const atelier = await f.creerAtelier(c);
  await prisma.atelier.update({ where: { id: atelier.id }, data: { statut: "en_cours" } });
  await prisma.phase.updateMany({ where: { atelierId: atelier.id, type: { in: ["appropriation", "animation"] } }, data: { statut: "validee" } });
  await prisma.phase.updateMany({ where: { atelierId: atelier.id, type: "restitution" }, data: { statut: "en_cours", debutReel: new Date("2026-09-01") } });
  const pilote = await acteur(ddt, "agent", "Pilote");
  const restitution = (await prisma.phase.findFirstOrThrow({ where: { atelierId: atelier.id, type: "restitution" } })).id;
  const deposer = async (type: TypeLivrable, titre: string) =>
    donnees(await executerAction(deposerLivrable, pilote, { phaseId: restitution, type, titre, nomFichier: `${type}.pdf`, contenu: pdf(titre) })).livrableId;
  return {
    atelier,
    candidature: c,
    restitution,
    pilote,
    referent: await acteur(dgaln, "referent", "Référente"),
    administrateur: await acteur(dgaln, "administrateur", "Admin"),
    maire: await acteur(principale, "signataire", "Maire"),
    signataireEtat: await acteur(ddt, "signataire_etat", "Directrice"),
    feuilleDeRoute: await deposer("feuille_de_route", "Feuille de route d'Andouillé"),
    carnet: await deposer("carnet_de_suivi", "Carnet de suivi"),
  };
}

const publier = (par: Acteur, livrableId: string, publiable = true) => executerAction(publierLivrable, par, { livrableId, publiable });
const livrable = (id: string) => prisma.livrable.findUniqueOrThrow({ where: { id } });

describe("livrable final publiable", () => {
  it("la DGALN rend publiable le livrable final : badge lu par tous, journal, fichier téléchargeable sans connexion ; puis le retire", async () => {
    const a = await unAtelierEnRestitution();
    expect(donnees(await publier(a.referent, a.feuilleDeRoute))).toEqual({ atelierId: a.atelier.id, livrableId: a.feuilleDeRoute, publiable: true });
    expect(await livrable(a.feuilleDeRoute)).toMatchObject({ publiable: true, publieParId: a.referent.id, publieLe: expect.any(Date) });

    // La fiche : le badge pour tous les lecteurs, le geste pour la DGALN seule.
    const vue = async (p: Acteur) => (await lirePhasesAtelier(p, a.atelier.id))!.find((ph) => ph.type === "restitution")!.livrables;
    expect((await vue(a.maire)).map((l) => [l.type, l.publiable, l.peutPublier])).toEqual([
      ["feuille_de_route", true, false],
      ["carnet_de_suivi", false, false],
    ]);
    expect((await vue(a.administrateur)).map((l) => [l.type, l.publiable, l.peutPublier])).toEqual([
      ["feuille_de_route", true, true],
      ["carnet_de_suivi", false, false],
    ]);

    const reponse = await telechargerPublic(new Request("http://localhost/"), { params: Promise.resolve({ id: a.feuilleDeRoute }) });
    expect(reponse.status).toBe(200);
    expect(reponse.headers.get("content-type")).toBe("application/pdf");
    const contenu = Buffer.from(await reponse.arrayBuffer());
    expect(createHash("sha256").update(contenu).digest("hex")).toBe((await livrable(a.feuilleDeRoute)).sha256);

    const evenements = await prisma.evenement.findMany({ where: { entite: "livrable", entiteId: a.feuilleDeRoute, type: { not: "livrable.depose" } }, orderBy: { id: "asc" } });
    expect(evenements.map((e) => [e.type, e.acteurId])).toEqual([["livrable.publie", a.referent.id]]);
    expect(evenements[0]!.resume).toContain("rend publiable le livrable final « Feuille de route d'Andouillé »");

    expect(donnees(await publier(a.administrateur, a.feuilleDeRoute, false))).toMatchObject({ publiable: false });
    expect(await livrable(a.feuilleDeRoute)).toMatchObject({ publiable: false, publieParId: null, publieLe: null });
    expect((await telechargerPublic(new Request("http://localhost/"), { params: Promise.resolve({ id: a.feuilleDeRoute }) })).status).toBe(404);
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });

  it("deux clics simultanés : un seul effet, l'autre lit que le livrable est déjà publié", async () => {
    const a = await unAtelierEnRestitution();
    const resultats = await Promise.all([publier(a.referent, a.feuilleDeRoute), publier(a.administrateur, a.feuilleDeRoute)]);
    const reussis = resultats.filter((r) => r.ok);
    const refus = resultats.filter((r) => !r.ok);
    expect(reussis).toHaveLength(1);
    expect(refus).toEqual([{ ok: false, code: "CONFLIT", message: expect.stringMatching(/^Ce livrable est déjà publié par Test (Référente|Admin) .* : votre demande n'a rien changé\.$/) }]);
    expect(await prisma.evenement.count({ where: { entite: "livrable", entiteId: a.feuilleDeRoute, type: "livrable.publie" } })).toBe(1);
  });

  it("collectivité, DDT (agent et signataire) : refusés avec une phrase ; juré et autre collectivité : comme un livrable absent", async () => {
    const a = await unAtelierEnRestitution();
    for (const p of [a.maire, a.signataireEtat, a.pilote]) {
      expect(await publier(p, a.feuilleDeRoute)).toEqual({ ok: false, code: "ACCES_REFUSE", message: MESSAGE_REFUS_PUBLICATION });
    }
    const session = await f.creerSession();
    const jure = await f.ajouterJure(session);
    await f.affecter(jure.membreJury, a.candidature);
    const autre = await acteur(await f.commune("53130"), "signataire", "Autre maire");
    for (const p of [await acteurDe(jure.utilisateur.id), autre]) {
      for (const id of [a.feuilleDeRoute, "00000000-0000-4000-8000-000000000000"]) {
        expect(await publier(p, id)).toEqual({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
      }
    }
    expect((await livrable(a.feuilleDeRoute)).publiable).toBe(false);
    expect(await prisma.evenement.count({ where: { entite: "livrable", entiteId: a.feuilleDeRoute, type: { startsWith: "livrable.publi" } } })).toBe(0);
  });

  it("un livrable qui n'est pas final, ou une ancienne version, ne se publie pas", async () => {
    const a = await unAtelierEnRestitution();
    expect(await publier(a.referent, a.carnet)).toEqual({
      ok: false,
      code: "REGLE_NON_RESPECTEE",
      message: expect.stringMatching(/^Seul le livrable final de la restitution peut être publié \(.*[Ff]euille de route.*\) : « [Cc]arnet de suivi » ne l'est pas\.$/),
    });
    // Une nouvelle version : l'ancienne n'est plus courante.
    donnees(await executerAction(deposerLivrable, a.pilote, { phaseId: a.restitution, type: "feuille_de_route", titre: "Feuille de route v2", nomFichier: "v2.pdf", contenu: pdf("v2") }));
    expect(await publier(a.referent, a.feuilleDeRoute)).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", message: expect.stringContaining("version plus récente") });
    expect((await livrable(a.carnet)).publiable).toBe(false);
  });
});

describe("page publique « Ateliers réalisés »", () => {
  it("ne lit que le public : territoire, dates, livrable publiable ; rien d'un livrable non publié, ni nom de personne, ni montant", async () => {
    const a = await unAtelierEnRestitution();
    await prisma.atelier.update({ where: { id: a.atelier.id }, data: { coutEquipeEuros: 123456, piloteId: a.pilote.id } });
    const trouver = async () => (await lireAteliersPublics({ page: 1, region: "52", annee: new Date().getFullYear() })).lignes.find((l) => l.id === a.atelier.id);
    const avant = await trouver();
    expect(avant).toMatchObject({ format: a.atelier.format, statut: "en_cours", departement: "Mayenne", region: "Pays de la Loire", livrables: [] });
    expect(avant!.collectivites[0]).toBe("Andouillé");

    donnees(await publier(a.referent, a.feuilleDeRoute));
    const apres = (await trouver())!;
    expect(apres.livrables).toEqual([
      { id: a.feuilleDeRoute, titre: "Feuille de route d'Andouillé", libelleType: expect.stringMatching(/euille de route/), nomFichier: "feuille_de_route.pdf", taille: expect.any(Number), lien: `/api/livrables-publics/${a.feuilleDeRoute}` },
    ]);
    const texte = JSON.stringify(apres);
    expect(texte).not.toContain("123456");
    expect(texte).not.toContain("Pilote");
    expect(texte).not.toContain("Référente");
    expect(texte).not.toContain("Carnet de suivi");

    // Un autre format, une autre région : filtré.
    expect((await lireAteliersPublics({ page: 1, region: "11" })).lignes.some((l) => l.id === a.atelier.id)).toBe(false);
  });

  it("la route publique répond 404 à tout ce qui n'est pas un livrable publiable", async () => {
    const a = await unAtelierEnRestitution();
    donnees(await publier(a.referent, a.feuilleDeRoute));
    const statut = async (id: string) => (await telechargerPublic(new Request("http://localhost/"), { params: Promise.resolve({ id }) })).status;
    expect(await statut(a.feuilleDeRoute)).toBe(200);
    expect(await statut(a.carnet)).toBe(404);
    expect(await statut("00000000-0000-4000-8000-000000000000")).toBe(404);
    expect(await statut("pas-un-identifiant")).toBe(404);
    const piece = await f.creerPiece({ candidature: a.candidature });
    expect(await statut(piece.id)).toBe(404);
    expect(await chargerLivrablePublic(a.carnet)).toBeNull();
    // Un atelier abandonné ne paraît plus, ni son livrable.
    await prisma.atelier.update({ where: { id: a.atelier.id }, data: { statut: "abandonne" } });
    expect(await statut(a.feuilleDeRoute)).toBe(404);
  });
});

describe("relances de retard des phases", () => {
  /** Un atelier dont l'appropriation, en cours, devait finir le 10 novembre 2026. */
  async function unAtelierEnRetard() {
    const [principale, ddt] = await Promise.all([f.commune("53005"), f.serviceEtat("53")]);
    const c = await f.creerCandidature({ collectivitePrincipale: principale, statut: "retenue" });
    const atelier = await f.creerAtelier(c);
    const pilote = await f.creerMembre(ddt, "agent", "Pilote retard");
    await prisma.atelier.update({ where: { id: atelier.id }, data: { statut: "en_cours", piloteId: pilote.id } });
    await prisma.phase.updateMany({ where: { atelierId: atelier.id, type: "appropriation" }, data: { finPrevue: new Date("2026-11-10T00:00:00Z") } });
    const phase = await prisma.phase.findFirstOrThrow({ where: { atelierId: atelier.id, type: "appropriation" } });
    return {
      atelier,
      phase,
      pilote,
      maire: await f.creerMembre(principale, "signataire", "Maire retard"),
      membre: await f.creerMembre(principale, "membre", "Secrétaire retard"),
      directrice: await f.creerMembre(ddt, "signataire_etat", "Directrice retard"),
    };
  }
  const avis = (utilisateurId: string, atelierId: string) =>
    prisma.notification.count({ where: { utilisateurId, type: "phase_atelier", lien: `/ateliers/${atelierId}`, titre: { contains: "en retard" } } });

  it("deux travailleurs simultanés : un seul avis par destinataire (pilote, signataires des deux parties), rien au simple membre", async () => {
    const a = await unAtelierEnRetard();
    const horloge = horlogeFixe("2026-11-12T08:00:00Z");
    const [un, deux] = await Promise.all([signalerPhasesEnRetard(prisma, horloge), signalerPhasesEnRetard(prisma, horloge)]);
    const pourCeluiCi = [...un, ...deux].filter((s) => s.phaseId === a.phase.id);
    // Les signataires d'Andouillé et de la DDT 53 créés par les autres tests sont prévenus aussi.
    const prevenus = await prisma.notification.count({ where: { lien: `/ateliers/${a.atelier.id}`, titre: { contains: "en retard" } } });
    expect(prevenus).toBeGreaterThanOrEqual(3);
    expect(pourCeluiCi).toEqual([{ phaseId: a.phase.id, atelierId: a.atelier.id, destinataires: prevenus }]);
    for (const p of [a.pilote, a.maire, a.directrice]) expect(await avis(p.id, a.atelier.id)).toBe(1);
    expect(await avis(a.membre.id, a.atelier.id)).toBe(0);
    const n = await prisma.notification.findFirstOrThrow({ where: { utilisateurId: a.maire.id, titre: { contains: "en retard" } } });
    expect(n.texte).toContain("Sa fin était prévue le 10 novembre 2026");
    expect(await prisma.evenement.count({ where: { entite: "phase", entiteId: a.phase.id, type: "phase.retard_signale" } })).toBe(1);

    // Le lendemain : rien de nouveau. Une nouvelle fin prévue, échue à son tour : un nouvel avis.
    expect((await signalerPhasesEnRetard(prisma, horlogeFixe("2026-11-13T08:00:00Z"))).some((s) => s.phaseId === a.phase.id)).toBe(false);
    await prisma.phase.update({ where: { id: a.phase.id }, data: { finPrevue: new Date("2026-11-20T00:00:00Z") } });
    expect((await signalerPhasesEnRetard(prisma, horlogeFixe("2026-11-20T08:00:00Z"))).some((s) => s.phaseId === a.phase.id)).toBe(false);
    expect((await signalerPhasesEnRetard(prisma, horlogeFixe("2026-11-21T08:00:00Z"))).some((s) => s.phaseId === a.phase.id)).toBe(true);
    expect(await avis(a.maire.id, a.atelier.id)).toBe(2);
  });

  it("une phase validée, ou dont la fin prévue n'est pas passée (jour de Paris), ne donne aucun avis", async () => {
    const a = await unAtelierEnRetard();
    // Le 10 novembre à 23 h 30 à Paris : la fin prévue est aujourd'hui, pas encore passée.
    expect((await signalerPhasesEnRetard(prisma, horlogeFixe("2026-11-10T22:30:00Z"))).some((s) => s.phaseId === a.phase.id)).toBe(false);
    await prisma.phase.update({ where: { id: a.phase.id }, data: { statut: "validee" } });
    expect((await signalerPhasesEnRetard(prisma, horlogeFixe("2026-12-01T08:00:00Z"))).some((s) => s.phaseId === a.phase.id)).toBe(false);
    for (const p of [a.pilote, a.maire, a.directrice]) expect(await avis(p.id, a.atelier.id)).toBe(0);
    expect((await prisma.phase.findUniqueOrThrow({ where: { id: a.phase.id } })).retardSignaleLe).toBeNull();
  });
});
