// Exports CSV et XLSX de « Mes ateliers » (issue 14) : exactement la sélection de la liste (portée
// `atelier.lire` dans le `where`, mêmes filtres, lib/ateliers/liste.ts), en flux et par lots, avec
// les mêmes écritures que l'export des candidatures (BOM, « ; », cellules neutralisées).
import "server-only";
import { CONTRATS, FORMATS, PHASES, STATUTS_ATELIER } from "@/components/ateliers/libelles";
import type { Client } from "@/lib/autorisations/exiger";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ColonneExport } from "@/lib/instruction/export";
import { jourParis } from "./filtres";
import { etatDesPhases } from "./liste";
import { nomDe } from "./noms";

export const TAILLE_LOT_ATELIERS = 500;

export type LigneExportAtelier = {
  titre: string;
  format: string;
  statut: string;
  collectivite: string | null;
  identifiant: string | null;
  departement: string;
  region: string;
  serviceEtat: string;
  pilote: string | null;
  referent: string | null;
  phase: string | null;
  finPrevue: Date | null;
  enRetard: string;
  contrat: string | null;
  coutEquipe: number | null;
  creeLe: Date;
};

export const COLONNES_EXPORT_ATELIERS: readonly ColonneExport<LigneExportAtelier>[] = [
  { cle: "titre", titre: "Titre", largeur: 40, type: "texte" },
  { cle: "format", titre: "Format", largeur: 16, type: "texte" },
  { cle: "statut", titre: "Statut", largeur: 15, type: "texte" },
  { cle: "collectivite", titre: "Collectivité principale", largeur: 36, type: "texte" },
  { cle: "identifiant", titre: "SIREN / code INSEE", largeur: 14, type: "texte" },
  { cle: "departement", titre: "Département", largeur: 26, type: "texte" },
  { cle: "region", titre: "Région", largeur: 26, type: "texte" },
  { cle: "serviceEtat", titre: "Service de l'État", largeur: 36, type: "texte" },
  { cle: "pilote", titre: "Pilote", largeur: 24, type: "texte" },
  { cle: "referent", titre: "Référent DGALN", largeur: 24, type: "texte" },
  { cle: "phase", titre: "Phase en cours", largeur: 16, type: "texte" },
  { cle: "finPrevue", titre: "Fin prévue", largeur: 12, type: "jour" },
  { cle: "enRetard", titre: "En retard", largeur: 10, type: "texte" },
  { cle: "contrat", titre: "Contrat (type, référence)", largeur: 44, type: "texte" },
  { cle: "coutEquipe", titre: "Coût de l'équipe (€)", largeur: 14, type: "entier" },
  { cle: "creeLe", titre: "Créé le", largeur: 17, type: "date" },
];

const personne = { select: { prenom: true, nom: true, email: true } } as const;

const SELECTION = {
  id: true,
  titre: true,
  format: true,
  statut: true,
  codeDepartement: true,
  codeRegion: true,
  typeContrat: true,
  referenceContrat: true,
  coutEquipeEuros: true,
  creeLe: true,
  serviceEtat: { select: { nom: true } },
  pilote: personne,
  referentDgaln: personne,
  collectivites: { where: { principale: true }, take: 1, select: { organisation: { select: { nom: true, siren: true, codeInsee: true } } } },
  phases: { orderBy: { type: "asc" }, select: { type: true, statut: true, finPrevue: true } },
} as const satisfies Prisma.AtelierSelect;

type Lu = Prisma.AtelierGetPayload<{ select: typeof SELECTION }>;
type Noms = { departements: Map<string, string>; regions: Map<string, string> };

function ligne(a: Lu, noms: Noms, aujourdhui: Date): LigneExportAtelier {
  const principale = a.collectivites[0]?.organisation;
  const { phaseCourante, enRetard } = etatDesPhases(a, aujourdhui);
  const nomDepartement = noms.departements.get(a.codeDepartement);
  const contrat = [a.typeContrat && CONTRATS[a.typeContrat], a.referenceContrat].filter(Boolean).join(" — ");
  return {
    titre: a.titre,
    format: FORMATS[a.format],
    statut: STATUTS_ATELIER[a.statut].libelle,
    collectivite: principale?.nom ?? null,
    identifiant: principale?.codeInsee ?? principale?.siren ?? null,
    departement: nomDepartement ? `${a.codeDepartement} — ${nomDepartement}` : a.codeDepartement,
    region: noms.regions.get(a.codeRegion) ?? a.codeRegion,
    serviceEtat: a.serviceEtat.nom,
    pilote: a.pilote ? nomDe(a.pilote) : null,
    referent: a.referentDgaln ? nomDe(a.referentDgaln) : null,
    phase: phaseCourante ? PHASES[phaseCourante.type] : null,
    finPrevue: phaseCourante?.finPrevue ?? null,
    enRetard: enRetard ? "Oui" : "Non",
    contrat: contrat || null,
    coutEquipe: a.coutEquipeEuros,
    creeLe: a.creeLe,
  };
}

/** Les lignes de la sélection, par lots, dans l'ordre des identifiants (pagination par clé). */
export async function* lotsExportAteliers(
  client: Client,
  where: Prisma.AtelierWhereInput,
  maintenant: Date = new Date(),
): AsyncGenerator<LigneExportAtelier[]> {
  const [departements, regions] = await Promise.all([
    client.departement.findMany({ select: { code: true, nom: true } }),
    client.region.findMany({ select: { code: true, nom: true } }),
  ]);
  const noms = { departements: new Map(departements.map((d) => [d.code, d.nom])), regions: new Map(regions.map((r) => [r.code, r.nom])) };
  const aujourdhui = jourParis(maintenant);
  let apres: string | null = null;
  for (;;) {
    const lot: Lu[] = await client.atelier.findMany({
      where: apres === null ? where : { AND: [where, { id: { gt: apres } }] },
      orderBy: { id: "asc" },
      take: TAILLE_LOT_ATELIERS,
      select: SELECTION,
    });
    if (lot.length > 0) yield lot.map((a) => ligne(a, noms, aujourdhui));
    if (lot.length < TAILLE_LOT_ATELIERS) return;
    apres = lot.at(-1)!.id;
  }
}

/** `ateliers-2027-03-31.csv` (jour de Paris). */
export function nomFichierExportAteliers(format: "csv" | "xlsx", maintenant = new Date()): string {
  return `ateliers-${jourParis(maintenant).toISOString().slice(0, 10)}.${format}`;
}
