// La fiche d'un atelier (issue 14), en lecture : territoire, collectivités (la principale d'abord),
// contrat, équipe, les trois phases (prévu / réel, retard), nombres d'ateliers in situ et de
// livrables, candidature d'origine et chronologie. Le `where` porte la portée `atelier.lire` :
// un atelier hors portée n'est jamais chargé, la page répond 404 comme s'il n'existait pas.
import "server-only";
import { libelleEvenement } from "@/lib/audit/evenements";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { porteeAtelier, porteeCandidature } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { jourParis } from "./filtres";
import { communesDuPerimetre } from "./in-situ/commun";
import { etatDesPhases } from "./liste";
import { nomDe } from "./noms";

const personne = { select: { prenom: true, nom: true, email: true } } as const;

const INCLUSION_FICHE = {
  serviceEtat: { select: { nom: true } },
  collectivites: {
    orderBy: [{ principale: "desc" }, { organisation: { nom: "asc" } }],
    select: { principale: true, organisation: { select: { id: true, nom: true, type: true, siren: true, codeInsee: true } } },
  },
  pilote: personne,
  referentDgaln: personne,
  phases: { orderBy: { type: "asc" }, select: { id: true, type: true, statut: true, debutPrevu: true, finPrevue: true, debutReel: true, finReelle: true } },
  equipe: { orderBy: [{ role: "asc" }, { structure: "asc" }], select: { id: true, role: true, structure: true, contact: true, disciplines: true } },
  candidature: { select: { id: true, reference: true } },
  // Les livrables courants : une nouvelle version remplace la précédente sans s'ajouter au compte.
  _count: { select: { ateliersInSitu: true, livrables: { where: { courant: true } } } },
} as const satisfies Prisma.AtelierInclude;

type Lue = Prisma.AtelierGetPayload<{ include: typeof INCLUSION_FICHE }>;

export type EvenementAtelier = { id: string; libelle: string; survenuLe: Date; acteur: string | null; resume: string };

export type FicheAtelier = Omit<Lue, "phases" | "candidature"> & {
  departement: string;
  region: string;
  phases: (Lue["phases"][number] & { enRetard: boolean })[];
  enRetard: boolean;
  /** Les communes du périmètre de la candidature (listées, et celles des EPCI inclus entiers). */
  perimetre: { codeInsee: string; nom: string }[];
  /** La candidature d'origine, avec son lien seulement si l'acteur peut la lire. */
  candidature: { id: string; reference: string; lisible: boolean };
  evenements: EvenementAtelier[];
};

/** Au plus ce nombre d'événements, les plus récents (la chronologie d'un atelier reste courte). */
export const EVENEMENTS_MAX = 200;

export async function lireFicheAtelier(acteur: Acteur, id: string, options: { maintenant?: Date } = {}, client: Client = prisma): Promise<FicheAtelier | null> {
  if (!estIdentifiant(id)) return null;
  const a = await client.atelier.findFirst({ where: { AND: [{ id }, porteeAtelier(acteur, "lire")] }, include: INCLUSION_FICHE });
  if (!a) return null;
  const [departement, region, candidatureLisible, evenements, perimetre] = await Promise.all([
    client.departement.findUnique({ where: { code: a.codeDepartement }, select: { nom: true } }),
    client.region.findUnique({ where: { code: a.codeRegion }, select: { nom: true } }),
    client.candidature.count({ where: { AND: [{ id: a.candidatureId }, porteeCandidature(acteur, "lire")] } }),
    client.evenement.findMany({
      where: { atelierId: a.id },
      orderBy: { id: "desc" },
      take: EVENEMENTS_MAX,
      select: { id: true, type: true, survenuLe: true, resume: true, acteur: personne },
    }),
    communesDuPerimetre(client, a.candidatureId),
  ]);
  const aujourdhui = jourParis(options.maintenant ?? new Date());
  const { enRetard } = etatDesPhases(a, aujourdhui);
  const suivi = a.statut === "en_preparation" || a.statut === "en_cours";
  return {
    ...a,
    departement: departement?.nom ?? a.codeDepartement,
    region: region?.nom ?? a.codeRegion,
    phases: a.phases.map((p) => ({ ...p, enRetard: suivi && p.statut !== "validee" && p.finPrevue !== null && p.finPrevue < aujourdhui })),
    enRetard,
    perimetre,
    candidature: { ...a.candidature, lisible: candidatureLisible > 0 },
    // Du plus ancien au plus récent, comme la chronologie d'une candidature.
    evenements: evenements.reverse().map((e) => ({
      id: e.id.toString(),
      libelle: libelleEvenement(e.type),
      survenuLe: e.survenuLe,
      acteur: e.acteur ? nomDe(e.acteur) : null,
      resume: e.resume,
    })),
  };
}

/** L'atelier issu de cette candidature, s'il existe et que l'acteur peut le lire ; `null` sinon. */
export async function atelierDeCandidature(acteur: Acteur, candidatureId: string, client: Client = prisma): Promise<{ id: string } | null> {
  if (!estIdentifiant(candidatureId)) return null;
  return client.atelier.findFirst({ where: { AND: [{ candidatureId }, porteeAtelier(acteur, "lire")] }, select: { id: true } });
}
