// Exports du tableau d'instruction (issue 11, partie 4) par la vraie route, sur une vraie base : les
// lignes exportées sont exactement celles du tableau de l'acteur (portée `candidature.tableau`,
// filtres, recherche), une par candidature, au-delà d'un lot de 500 ; CSV pour tableur français
// (BOM, « ; », accents), XLSX relu avec exceljs ; refus en français pour les autres rôles.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Acteur } from "@/lib/auth/acteur";
import { prisma } from "@/lib/db";
import type { Organisation } from "@/lib/generated/prisma/client";
import { COLONNES_EXPORT, TAILLE_LOT } from "@/lib/instruction/export";
import { MESSAGE_EXPORT_REFUSE } from "@/lib/instruction/export-http";
import { lireFiltres } from "@/lib/instruction/filtres";
import { selectionTableau } from "@/lib/instruction/selection";
import { acteurDe } from "@/tests/helpers/acteurs";
import { candidatureDeposee } from "@/tests/helpers/candidatures";
import { ajouterJure, creerCandidature, creerMembre, dgaln, serviceEtat, unique } from "@/tests/helpers/factories";
import { GET } from "@/app/api/instruction/export/route";

const cookie = vi.hoisted(() => ({ jeton: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (nom: string) => (cookie.jeton ? { name: nom, value: cookie.jeton } : undefined) }),
}));

async function connecter(acteur: { id: string } | null) {
  cookie.jeton = acteur ? randomUUID() : undefined;
  if (acteur) await prisma.sessionConnexion.create({ data: { sessionToken: cookie.jeton!, utilisateurId: acteur.id, expires: new Date(Date.now() + 3_600_000) } });
}

async function exporter(acteur: { id: string } | null, requete: string) {
  await connecter(acteur);
  return GET(new Request(`http://localhost/api/instruction/export?${requete}`), undefined);
}

/** Les lignes de données d'un CSV (après le BOM et l'en-tête), découpées par cellule. */
function lignesCsv(texte: string): string[][] {
  return texte
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(";"));
}

/** Les références du tableau de l'acteur pour ces filtres : la sélection même du tableau de bord. */
async function referencesDuTableau(acteur: Acteur, requete: string): Promise<string[]> {
  const { where } = await selectionTableau(acteur, lireFiltres(new URLSearchParams(requete)));
  return (await prisma.candidature.findMany({ where, select: { reference: true }, orderBy: { reference: "asc" } })).map((c) => c.reference);
}

const m = {} as Record<"referent" | "agent53" | "agent44" | "maire" | "jure" | "membre" | "signataireEtat", Acteur>;
let accentuee: Organisation;
let deposee: { id: string; reference: string };
const NOMBRE_EN_MASSE = TAILLE_LOT * 2 + 37;

beforeAll(async () => {
  // Une commune au nom accentué de la Mayenne (« Andouillé »…), une de Loire-Atlantique.
  accentuee = (await prisma.organisation.findFirst({ where: { type: "commune", codeDepartement: "53", nom: { contains: "é" } }, orderBy: { population: "desc" } }))!;
  const nantaise = (await prisma.organisation.findFirst({ where: { type: "commune", codeDepartement: "44" }, orderBy: { population: "desc" } }))!;
  const ddt53 = await serviceEtat("53");
  const ddtm44 = await serviceEtat("44");
  const acteur = async (o: { id: string }, role: Parameters<typeof creerMembre>[1]) => acteurDe((await creerMembre(o, role)).id);
  Object.assign(m, {
    referent: await acteur(await dgaln(), "referent"),
    agent53: await acteur(ddt53, "agent"),
    agent44: await acteur(ddtm44, "agent"),
    maire: await acteur(accentuee, "signataire"),
    membre: await acteur(accentuee, "membre"),
    signataireEtat: await acteur(ddt53, "signataire_etat"),
  });
  // Déposée (nationale) : deux signatures, un avis, puis une décision motivée de la DGALN.
  deposee = await candidatureDeposee({ principale: accentuee, redacteur: m.membre, signataireCollectivite: m.maire, signataireEtat: m.signataireEtat });
  await prisma.decision.create({
    data: { candidatureId: deposee.id, type: "irrecevable", motivation: `=SOMME(A1) ${"La note d'opportunité ne décrit pas le périmètre. ".repeat(10)}`, decideParId: m.referent.id },
  });
  await prisma.candidature.update({ where: { id: deposee.id }, data: { statut: "irrecevable", decideeLe: new Date() } });
  await creerCandidature({ collectivitePrincipale: accentuee, format: "flash" });
  await creerCandidature({ collectivitePrincipale: nantaise, format: "local" });
  // En masse en Loire-Atlantique : plusieurs lots de 500.
  await prisma.candidature.createMany({
    data: Array.from({ length: NOMBRE_EN_MASSE }, (_, i) => ({
      reference: `MASSE-${String(i).padStart(5, "0")}-${unique("m")}`,
      format: "local" as const,
      collectivitePrincipaleId: nantaise.id,
      serviceEtatId: ddtm44.id,
      codeDepartement: "44",
      codeRegion: ddtm44.codeRegion!,
      statut: "retiree" as const,
      titre: `Candidature en masse ${i}`,
    })),
  });
  const jury = await ajouterJure({ id: (await prisma.sessionAmi.findFirstOrThrow()).id });
  m.jure = await acteurDe(jury.utilisateur.id);
});

describe("export CSV du tableau d'instruction", () => {
  it("DGALN : toutes les candidatures, une ligne chacune, au-delà de plusieurs lots, dans l'ordre des références", async () => {
    const reponse = await exporter(m.referent, "fichier=csv");
    expect(reponse.status).toBe(200);
    expect(reponse.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(reponse.headers.get("content-disposition")).toMatch(/^attachment; filename="candidatures-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(reponse.headers.get("cache-control")).toBe("private, no-store");
    const octets = Buffer.from(await reponse.arrayBuffer());
    expect([...octets.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const texte = octets.toString("utf8");
    expect(texte.slice(1, texte.indexOf("\r\n"))).toBe(COLONNES_EXPORT.map((c) => c.titre).join(";"));
    const references = lignesCsv(texte).map((l) => l[0]!);
    expect(references).toHaveLength(await prisma.candidature.count());
    expect(new Set(references).size).toBe(references.length);
    expect(references).toEqual(await referencesDuTableau(m.referent, ""));
    expect(references.length).toBeGreaterThan(2 * TAILLE_LOT);
  });

  it("écrit les libellés, les accents, la date de signature, l'avis et la décision motivée (courte, sans formule)", async () => {
    const texte = Buffer.from(await (await exporter(m.referent, `fichier=csv&q=${deposee.reference}`)).arrayBuffer()).toString("utf8");
    const lignes = lignesCsv(texte);
    expect(lignes).toHaveLength(1);
    const l = Object.fromEntries(COLONNES_EXPORT.map((c, i) => [c.titre, lignes[0]![i]]));
    expect(l).toMatchObject({
      Référence: deposee.reference,
      Format: "Atelier national",
      Statut: "Irrecevable",
      Collectivité: accentuee.nom,
      SIREN: accentuee.siren ?? "",
      "Code INSEE": accentuee.codeInsee,
      Département: "53 — Mayenne",
      Région: "Pays de la Loire",
      "Service de l'État": "DDT de la Mayenne",
      "Durée prévue (mois)": "18",
      "Avis du service de l'État": "Avis favorable",
    });
    expect(accentuee.nom).toMatch(/é/);
    for (const date of ["Créée le", "Signée le", "Déposée le", "Décidée le"]) expect(l[date], date).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(l["Décision"]).toMatch(/^Candidature irrecevable — =SOMME\(A1\) La note d'opportunité ne décrit pas le périmètre\. .{100,}…$/);
    // Dans le CSV, la cellule commence par « Candidature » : aucune formule possible.
    expect(l["Décision"]!.length).toBeLessThan(260);
  });

  it("service de l'État : son département seulement, même s'il demande un autre ; filtres et recherche appliqués", async () => {
    const cas = [
      [m.agent53, "fichier=csv"],
      [m.agent53, "fichier=csv&departement=44"],
      [m.agent53, "fichier=csv&format=flash"],
      [m.agent44, "format=flash&fichier=csv"],
      [m.agent44, "fichier=csv&statut=retiree"],
      [m.referent, "fichier=csv&departement=53&format=national"],
      [m.referent, `fichier=csv&q=${deposee.reference}`],
    ] as const;
    for (const [acteur, requete] of cas) {
      const reponse = await exporter(acteur, requete);
      expect(reponse.status, requete).toBe(200);
      const references = lignesCsv(Buffer.from(await reponse.arrayBuffer()).toString("utf8")).map((l) => l[0]);
      expect(references, requete).toEqual(await referencesDuTableau(acteur, requete.replace(/fichier=csv&?|&?fichier=csv/, "")));
    }
    const agent53 = lignesCsv(Buffer.from(await (await exporter(m.agent53, "fichier=csv")).arrayBuffer()).toString("utf8"));
    expect(agent53).toHaveLength(2);
    expect(agent53.every((l) => l[7] === "53 — Mayenne")).toBe(true);
    expect(lignesCsv(Buffer.from(await (await exporter(m.agent53, "fichier=csv&departement=44")).arrayBuffer()).toString("utf8"))).toEqual([]);
    expect(lignesCsv(Buffer.from(await (await exporter(m.agent44, "fichier=csv&statut=retiree")).arrayBuffer()).toString("utf8"))).toHaveLength(NOMBRE_EN_MASSE);
  });

  it("refuse la collectivité, le juré (403, en français), la personne non connectée (401) ; exige le format (400)", async () => {
    for (const acteur of [m.maire, m.membre, m.jure]) {
      const reponse = await exporter(acteur, "fichier=csv");
      expect(reponse.status).toBe(403);
      expect(await reponse.json()).toEqual({ ok: false, code: "ACCES_REFUSE", message: MESSAGE_EXPORT_REFUSE });
    }
    expect((await exporter(null, "fichier=csv")).status).toBe(401);
    for (const requete of ["", "format=pdf", "format=flash"]) {
      const reponse = await exporter(m.referent, requete);
      expect(reponse.status).toBe(400);
      expect(await reponse.json()).toMatchObject({ code: "INVALIDE", message: "Choisissez le type de fichier de l'export : CSV ou XLSX." });
    }
  });
});

describe("export XLSX du tableau d'instruction", () => {
  it("se relit avec exceljs : en-tête en gras et figé, une ligne par candidature, vraies dates et nombres", async () => {
    const reponse = await exporter(m.agent53, "fichier=xlsx");
    expect(reponse.status).toBe(200);
    expect(reponse.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(reponse.headers.get("content-disposition")).toMatch(/filename="candidatures-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load((await reponse.arrayBuffer()) as ArrayBuffer);
    const feuille = classeur.getWorksheet("Candidatures")!;
    expect(feuille.getRow(1).values).toEqual([undefined, ...COLONNES_EXPORT.map((c) => c.titre)]);
    expect(feuille.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(feuille.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(feuille.rowCount).toBe(3);
    const references = [2, 3].map((n) => feuille.getRow(n).getCell(1).value);
    expect(references).toEqual(await referencesDuTableau(m.agent53, ""));
    const ligne = feuille.getRow(references.indexOf(deposee.reference) + 2);
    expect(ligne.getCell(5).value).toBe(accentuee.nom);
    expect(ligne.getCell(11).value).toBeInstanceOf(Date);
    expect(ligne.getCell(12).value).toBeInstanceOf(Date);
    expect(ligne.getCell(15).value).toBe(18);
  });

  it("DGALN : toutes les lignes sur plusieurs lots, sans doublon", async () => {
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load((await (await exporter(m.referent, "fichier=xlsx")).arrayBuffer()) as ArrayBuffer);
    const feuille = classeur.getWorksheet("Candidatures")!;
    const references = (feuille.getColumn(1).values as unknown[]).slice(2);
    expect(references).toEqual(await referencesDuTableau(m.referent, ""));
    expect(references.length).toBe(await prisma.candidature.count());
  });
});
