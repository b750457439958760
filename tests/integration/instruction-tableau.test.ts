// Le tableau d'instruction (issue 11) sur un vrai PostgreSQL : recherche plein texte française sans
// accents (et son rang), chaque filtre, les compteurs par statut, la pagination, le tri, la portée
// de chaque rôle (une DDT ne reçoit jamais une ligne d'un autre département, même quand la recherche
// la trouve ; collectivité et juré ne reçoivent rien), les vues enregistrées propres à chacun, et la
// matrice « qui voit quelle ligne » tirée de la politique elle-même.
import { beforeAll, describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { porteeCandidature } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { StatutCandidature } from "@/lib/generated/prisma/enums";
import { lireFiltres } from "@/lib/instruction/filtres";
import { lireTableau, optionsTableau } from "@/lib/instruction/tableau";
import { enregistrerVue, listerVues, supprimerVue } from "@/lib/instruction/vues";
import { acteurDe } from "../helpers/acteurs";
import * as f from "../helpers/factories";

const JOUR = 86_400_000;
const PROFILS = ["dgaln_referent", "dgaln_administrateur", "ddt53_agent", "ddt53_signataire", "ddtm44_agent", "a_signataire", "jure", "sans_appartenance"] as const;
type Profil = (typeof PROFILS)[number];
const acteurs = {} as Record<Profil, Acteur>;
let autreReferent: Acteur;
const c: Record<string, { id: string; reference: string }> = {};
let sessionId = "";

/** Toutes les lignes (références) du tableau pour ces paramètres d'adresse, toutes pages comprises. */
async function references(acteur: Acteur, adresse = ""): Promise<string[]> {
  const refs: string[] = [];
  for (let page = 1; ; page++) {
    const r = await lireTableau(acteur, lireFiltres(new URLSearchParams(`${adresse}&page=${page}`)));
    refs.push(...r.lignes.map((l) => l.reference));
    if (page >= r.pages) return refs;
  }
}

async function candidature(nom: string, options: Parameters<typeof f.creerCandidature>[0], donnees: Record<string, unknown> = {}) {
  const cree = await f.creerCandidature(options);
  const maj = await prisma.candidature.update({ where: { id: cree.id }, data: donnees });
  c[nom] = { id: maj.id, reference: maj.reference };
  return maj;
}

beforeAll(async () => {
  const [andouille, laval, saintNazaire, ernee, bordeaux, ddt53, ddtm44, dgaln] = await Promise.all([
    f.commune("53005"), f.commune("53130"), f.commune("44184"), f.collectivite("245300355"), f.commune("33063"), f.serviceEtat("53"), f.serviceEtat("44"), f.dgaln(),
  ]);
  const utilisateurs: Record<Profil, { id: string }> = {
    dgaln_referent: await f.creerMembre(dgaln, "referent"),
    dgaln_administrateur: await f.creerMembre(dgaln, "administrateur"),
    ddt53_agent: await f.creerMembre(ddt53, "agent"),
    ddt53_signataire: await f.creerMembre(ddt53, "signataire_etat"),
    ddtm44_agent: await f.creerMembre(ddtm44, "agent"),
    a_signataire: await f.creerMembre(andouille, "signataire"),
    jure: await f.creerUtilisateur(),
    sans_appartenance: await f.creerUtilisateur(),
  };
  const session = await f.creerSession({ statut: "cloturee" });
  sessionId = session.id;
  const jure = await f.ajouterJure(session, utilisateurs.jure);

  const maintenant = Date.now();
  await candidature(
    "andouille",
    { collectivitePrincipale: andouille, format: "flash", statut: "deposee", titre: "Centre-bourg d'Andouillé : habiter et commercer" },
    { reference: "ADT-2026-00041", deposeeLe: new Date("2026-03-10T10:00:00Z"), objet: "Revitaliser le centre-bourg." },
  );
  await prisma.perimetreCommune.create({ data: { candidatureId: c.andouille!.id, codeInsee: "53005" } });
  await candidature(
    "ernee",
    { collectivitePrincipale: ernee, porteuses: [andouille], format: "local", statut: "a_corriger", titre: "Ernée : un projet de territoire" },
    { reference: "ADT-2026-00042", deposeeLe: new Date("2026-02-01T10:00:00Z"), correctionsEcheance: new Date(maintenant - 3 * JOUR), objectifs: "Relier les bourgs de la communauté de communes." },
  );
  await prisma.perimetreEpci.create({ data: { candidatureId: c.ernee!.id, epciSiren: "245300355" } });
  // En Loire-Atlantique, mais sa note cite Andouillé : la recherche la trouve, la DDT 53 ne doit jamais la recevoir.
  await candidature(
    "nazaire",
    { collectivitePrincipale: saintNazaire, format: "flash", statut: "brouillon", titre: "Saint-Nazaire : le front de mer" },
    { reference: "ADT-2025-00043", objet: "Un échange d'expérience avec la commune d'Andouillé est prévu." },
  );
  await candidature(
    "national",
    { collectivitePrincipale: saintNazaire, session, statut: "en_instruction", titre: "Saint-Nazaire : l'estuaire productif" },
    { reference: "ADT-2026-00044", deposeeLe: new Date("2026-04-20T10:00:00Z"), correctionsEcheance: new Date(maintenant + 10 * JOUR) },
  );
  // Une échéance restée d'une ancienne demande de corrections : plus « en retard » une fois la candidature décidée.
  await candidature(
    "bordeaux",
    { collectivitePrincipale: bordeaux, format: "local", statut: "retenue", titre: "Bordeaux : les quais" },
    { reference: "ADT-2024-00045", correctionsEcheance: new Date(maintenant - 40 * JOUR) },
  );
  await f.affecter(jure.membreJury, { id: c.national!.id });
  // De quoi remplir plus d'une page en Mayenne (20 lignes par page).
  for (let i = 0; i < 20; i++) {
    await candidature(`brouillon${i}`, { collectivitePrincipale: laval, format: "flash", titre: `Brouillon de test ${i}` }, { reference: `ADT-2027-${String(i).padStart(5, "0")}` });
  }
  await prisma.$executeRaw`UPDATE candidature SET recherche = candidature_document_recherche(id)`;

  for (const profil of PROFILS) acteurs[profil] = await acteurDe(utilisateurs[profil].id);
  autreReferent = await acteurDe((await f.creerMembre(dgaln, "referent")).id);
}, 60_000);

describe("recherche plein texte", () => {
  it("« andouille », « ANDOUILLÉ » et « Andouillé » trouvent les mêmes candidatures, la plus pertinente d'abord", async () => {
    const attendues = [c.andouille!.reference, c.ernee!.reference, c.nazaire!.reference];
    for (const q of ["andouille", "ANDOUILLÉ", "Andouillé"]) {
      const r = await lireTableau(acteurs.dgaln_referent, lireFiltres({ q }));
      expect(r.lignes.map((l) => l.reference).sort(), q).toEqual([...attendues].sort());
      expect(r.total, q).toBe(attendues.length);
      // Le titre et la collectivité principale pèsent plus que le territoire ou la note.
      expect(r.lignes[0]!.reference, q).toBe(c.andouille!.reference);
    }
  });

  it("une commune trouve la candidature dont le périmètre couvre son EPCI entier", async () => {
    // Une commune membre de la CC de l'Ernée que la candidature ne nomme nulle part.
    const membre = await prisma.commune.findFirstOrThrow({
      where: { epciSiren: "245300355", codeInsee: { notIn: ["53005", "53096"] } },
      orderBy: { codeInsee: "asc" },
      select: { nom: true },
    });
    expect(await references(acteurs.dgaln_referent, `q=${encodeURIComponent(membre.nom)}`)).toContain(c.ernee!.reference);
  });

  it("un début de mot suffit, et tous les mots sont requis", async () => {
    expect(await references(acteurs.dgaln_referent, "q=andouil")).toContain(c.andouille!.reference);
    expect(await references(acteurs.dgaln_referent, "q=andouille front")).toEqual([c.nazaire!.reference]);
  });

  it("« ADT-2026-000 » trouve les références qui commencent ainsi, et seulement elles", async () => {
    const refs = await references(acteurs.dgaln_referent, "q=ADT-2026-000");
    expect(refs.sort()).toEqual([c.andouille!.reference, c.ernee!.reference, c.national!.reference].sort());
    expect(await references(acteurs.dgaln_referent, "q=adt-2026-00041")).toEqual([c.andouille!.reference]);
  });

  it("une recherche sans résultat rend une page vide, sans erreur", async () => {
    const r = await lireTableau(acteurs.dgaln_referent, lireFiltres({ q: "zzzinconnu" }));
    expect(r).toMatchObject({ lignes: [], total: 0, pages: 1 });
  });
});

describe("filtres", () => {
  const cas: [string, string[]][] = [
    ["format=local", ["ernee", "bordeaux"]],
    ["statut=deposee", ["andouille"]],
    ["session=SESSION", ["national"]],
    ["region=75", ["bordeaux"]],
    ["departement=44", ["nazaire", "national"]],
    // L'EPCI : son périmètre entier (Ernée), ou une commune qui en est membre (Andouillé).
    ["epci=245300355&format=local", ["ernee"]],
    ["epci=245300355&statut=deposee", ["andouille"]],
    ["commune=53005", ["andouille"]],
    ["deposeeDu=2026-03-01&deposeeAu=2026-03-31", ["andouille"]],
    ["deposeeDu=2026-04-20", ["national"]],
    ["deposeeAu=2026-02-01", ["ernee"]],
    ["enRetard=1", ["ernee"]],
    ["signaturesIncompletes=1&departement=44", ["nazaire"]],
  ];
  for (const [adresse, noms] of cas) {
    it(adresse, async () => {
      const refs = await references(acteurs.dgaln_referent, adresse.replace("SESSION", sessionId));
      expect(refs.sort()).toEqual(noms.map((n) => c[n]!.reference).sort());
    });
  }

  it("« signatures incomplètes » : les brouillons et les candidatures à corriger", async () => {
    const refs = await references(acteurs.dgaln_referent, "signaturesIncompletes=1");
    expect(refs).toHaveLength(22);
    expect(refs).toContain(c.ernee!.reference);
    expect(refs).not.toContain(c.andouille!.reference);
  });
});

describe("compteurs, pagination, tri", () => {
  it("compte chaque statut avec les autres filtres, sans le filtre de statut lui-même", async () => {
    const tous = await lireTableau(acteurs.dgaln_referent, lireFiltres({}));
    expect(tous.total).toBe(25);
    expect(tous.parStatut).toMatchObject({ brouillon: 21, deposee: 1, a_corriger: 1, en_instruction: 1, retenue: 1, signee: 0 });
    const deposees = await lireTableau(acteurs.dgaln_referent, lireFiltres({ statut: "deposee", departement: "53" }));
    expect(deposees.total).toBe(1);
    expect(deposees.parStatut).toMatchObject({ brouillon: 20, deposee: 1, a_corriger: 1, en_instruction: 0 });
  });

  it("pagine par 20, et ramène une page trop loin à la dernière", async () => {
    const page1 = await lireTableau(acteurs.dgaln_referent, lireFiltres({ tri: "reference" }));
    expect(page1).toMatchObject({ total: 25, pages: 2, page: 1, parPage: 20 });
    expect(page1.lignes).toHaveLength(20);
    const loin = await lireTableau(acteurs.dgaln_referent, lireFiltres({ tri: "reference", page: "99" }));
    expect(loin.page).toBe(2);
    expect(loin.lignes).toHaveLength(5);
    expect(new Set([...page1.lignes, ...loin.lignes].map((l) => l.id)).size).toBe(25);
  });

  it("trie sur chaque colonne, dans les deux sens", async () => {
    const asc = await references(acteurs.dgaln_referent, "tri=reference");
    expect(asc).toEqual([...asc].sort());
    expect(await references(acteurs.dgaln_referent, "tri=reference&sens=desc")).toEqual([...asc].reverse());
    const parDepot = await lireTableau(acteurs.dgaln_referent, lireFiltres({ tri: "deposeeLe", sens: "desc" }));
    expect(parDepot.lignes.slice(0, 3).map((l) => l.reference)).toEqual([c.national!.reference, c.andouille!.reference, c.ernee!.reference]);
    const parCollectivite = await references(acteurs.dgaln_referent, "tri=collectivite&departement=44");
    expect(parCollectivite).toHaveLength(2);
    for (const tri of ["titre", "format", "statut", "departement", "session", "modifieLe"]) {
      const r = await lireTableau(acteurs.dgaln_referent, lireFiltres({ tri }));
      expect(r.lignes, tri).toHaveLength(20);
    }
    const parStatut = (await lireTableau(acteurs.dgaln_referent, lireFiltres({ tri: "statut", sens: "desc" }))).lignes.map((l) => l.statut);
    expect(parStatut[0]).toBe<StatutCandidature>("retenue");
  });

  it("donne le nom du département, l'état des signatures et l'avis de l'État", async () => {
    const r = await lireTableau(acteurs.dgaln_referent, lireFiltres({ commune: "53005" }));
    expect(r.lignes[0]).toMatchObject({ departement: "Mayenne", codeDepartement: "53", signaturesValides: 0, avisEtat: null });
  });
});

describe("portée de chaque rôle", () => {
  it("une DDT ne reçoit que son département, même quand la recherche trouve une candidature d'ailleurs", async () => {
    for (const profil of ["ddt53_agent", "ddt53_signataire"] as const) {
      const refs = await references(acteurs[profil], "q=andouille");
      expect(refs.sort()).toEqual([c.andouille!.reference, c.ernee!.reference].sort());
      const tous = await references(acteurs[profil]);
      expect(tous).toHaveLength(22);
      expect(tous).not.toContain(c.nazaire!.reference);
      // Le filtre d'un autre département ne l'ouvre pas.
      expect(await references(acteurs[profil], "departement=44")).toEqual([]);
      const compte = await lireTableau(acteurs[profil], lireFiltres({ departement: "44" }));
      expect(Object.values(compte.parStatut).every((n) => n === 0)).toBe(true);
    }
  });

  it("une DDT ne se voit proposer que ses départements ; la DGALN tous", async () => {
    const ddt = await optionsTableau(acteurs.ddt53_agent);
    expect(ddt.departements.map((d) => d.code)).toEqual(["53"]);
    expect(ddt.regions.map((r) => r.code)).toEqual(["52"]);
    const dgaln = await optionsTableau(acteurs.dgaln_referent);
    expect(dgaln.departements.length).toBeGreaterThan(100);
    expect(dgaln.sessions.map((s) => s.id)).toContain(sessionId);
  });

  it("une collectivité, un juré et une personne sans appartenance ne reçoivent rien", async () => {
    for (const profil of ["a_signataire", "jure", "sans_appartenance"] as const) {
      const r = await lireTableau(acteurs[profil], lireFiltres({ q: "andouille" }));
      expect(r.total, profil).toBe(0);
      expect(await references(acteurs[profil]), profil).toEqual([]);
      expect(Object.values((await lireTableau(acteurs[profil], lireFiltres({}))).parStatut).reduce((a, b) => a + b), profil).toBe(0);
    }
  });

  it("matrice tirée de la politique : chaque profil reçoit exactement les lignes que candidature.tableau lui ouvre", async () => {
    const ecarts: string[] = [];
    for (const profil of PROFILS) {
      const affichees = new Set(await references(acteurs[profil]));
      for (const [nom, ligne] of Object.entries(c)) {
        const permise = (await prisma.candidature.count({ where: { AND: [{ id: ligne.id }, porteeCandidature(acteurs[profil], "tableau")] } })) === 1;
        if (permise !== affichees.has(ligne.reference)) ecarts.push(`${profil} · ${nom} : ${permise ? "permise mais absente" : "affichée sans droit"}`);
      }
    }
    expect(ecarts).toEqual([]);
    // La politique elle-même, lue par ses effets : la DGALN voit tout, la DDT 53 la Mayenne, la DDTM 44 la Loire-Atlantique.
    expect(await references(acteurs.dgaln_administrateur)).toHaveLength(25);
    expect((await references(acteurs.ddtm44_agent)).sort()).toEqual([c.nazaire!.reference, c.national!.reference].sort());
  });
});

describe("vues enregistrées", () => {
  it("s'enregistrent sous un nom, avec des filtres relus (valeurs inconnues et page retirées)", async () => {
    const r = await executerAction(enregistrerVue, acteurs.dgaln_referent, { nom: "  Mes recevabilités à faire ", parametres: "statut=deposee&page=3&format=xx&inconnu=1" });
    expect(r).toMatchObject({ ok: true, data: { nom: "Mes recevabilités à faire", parametres: "statut=deposee" } });
    expect((await listerVues(acteurs.dgaln_referent)).map((v) => v.nom)).toContain("Mes recevabilités à faire");
  });

  it("refusent un nom vide, trop long ou déjà pris, avec un message en français", async () => {
    const vide = await executerAction(enregistrerVue, acteurs.dgaln_referent, { nom: "  ", parametres: "" });
    expect(vide).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { nom: ["Donnez un nom à cette vue."] } });
    const long = await executerAction(enregistrerVue, acteurs.dgaln_referent, { nom: "x".repeat(81), parametres: "" });
    expect(long).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { nom: ["Le nom de la vue ne doit pas dépasser 80 caractères."] } });
    await executerAction(enregistrerVue, acteurs.dgaln_referent, { nom: "En retard", parametres: "enRetard=1" });
    const double = await executerAction(enregistrerVue, acteurs.dgaln_referent, { nom: "En retard", parametres: "format=flash" });
    expect(double).toMatchObject({ ok: false, code: "CONFLIT" });
    expect(double.ok || double.fieldErrors?.nom?.[0]).toMatch(/déjà une vue nommée « En retard »/);
  });

  it("sont propres à chaque personne : ni lues ni supprimées par une autre", async () => {
    const r = await executerAction(enregistrerVue, acteurs.dgaln_referent, { nom: "Privée", parametres: "format=flash" });
    if (!r.ok) throw new Error(r.message);
    expect((await listerVues(autreReferent)).map((v) => v.nom)).not.toContain("Privée");
    // Le même nom est libre pour une autre personne.
    expect((await executerAction(enregistrerVue, autreReferent, { nom: "Privée", parametres: "" })).ok).toBe(true);
    const suppression = await executerAction(supprimerVue, autreReferent, { vueId: r.data.id });
    expect(suppression).toMatchObject({ ok: false, code: "INTROUVABLE" });
    expect((await listerVues(acteurs.dgaln_referent)).map((v) => v.id)).toContain(r.data.id);
    expect(await executerAction(supprimerVue, acteurs.dgaln_referent, { vueId: r.data.id })).toMatchObject({ ok: true });
    expect((await listerVues(acteurs.dgaln_referent)).map((v) => v.id)).not.toContain(r.data.id);
  });

  it("sont refusées à qui n'a pas le tableau (collectivité)", async () => {
    const r = await executerAction(enregistrerVue, acteurs.a_signataire, { nom: "Essai", parametres: "" });
    expect(r).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    expect(await listerVues(acteurs.a_signataire)).toEqual([]);
  });
});
