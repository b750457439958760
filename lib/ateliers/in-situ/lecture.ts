// Les ateliers in situ d'un atelier tels que l'acteur les lit (issue 14, décision 034) : liste
// chronologique avec commune, thème, participants, compte rendu, supports (vignettes pour les
// images), frais et sous-totaux ; récapitulatif des coûts (calculerCouts, seule source des totaux) ;
// ce que l'acteur peut saisir, d'après les portées de la politique. Hors de la portée de lecture :
// `null`, comme un atelier qui n'existe pas.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { porteeAtelier } from "@/lib/autorisations/politique";
import { LIBELLES_NATURE_FRAIS, LIBELLES_THEME_ATELIER_IN_SITU } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import type { NatureFrais, StatutPhase, ThemeAtelierInSitu, TypeContrat } from "@/lib/generated/prisma/client";
import { communesDuPerimetre, empreinteAtelierInSitu, totalParticipants } from "./commun";
import { calculerCouts, type RecapitulatifCouts } from "./couts";

export const cheminSupport = (supportId: string) => `/api/supports-in-situ/${supportId}`;
export const cheminVignette = (supportId: string) => `/api/supports-in-situ/${supportId}?vignette=1`;
export const cheminDepotSupport = (atelierInSituId: string) => `/api/ateliers-in-situ/${atelierInSituId}/supports`;

const TYPES_IMAGE = ["image/png", "image/jpeg"];

export type SupportLu = { id: string; nomFichier: string; typeMime: string; taille: number; lien: string; vignette: string | null };
export type FraisLu = { id: string; libelle: string; nature: NatureFrais; libelleNature: string; montantCentimes: number; engageLe: Date };

export type AtelierInSituLu = {
  id: string;
  titre: string;
  debutLe: Date;
  lieu: string;
  codeInsee: string | null;
  commune: string | null;
  theme: ThemeAtelierInSitu | null;
  libelleTheme: string | null;
  participants: { elus: number; techniciens: number; habitants: number; partenaires: number; total: number };
  compteRendu: string | null;
  /** Ce que l'utilisateur a lu, renvoyé avec sa modification (CONFLIT si l'atelier in situ a changé). */
  empreinte: string;
  supports: SupportLu[];
  frais: FraisLu[];
  sousTotalCentimes: number;
};

export type AteliersInSituLus = {
  atelierId: string;
  /** Enregistrer, modifier, supprimer un atelier in situ, ses supports (`atelier.modifier`). */
  peutSaisir: boolean;
  /** Ajouter, retirer un frais matériel (`atelier.saisir_frais`). */
  peutSaisirFrais: boolean;
  phaseAnimation: StatutPhase | null;
  /** La phase d'animation reçoit des ateliers in situ (en cours ou à valider). */
  animationOuverte: boolean;
  /** Communes proposées à la saisie (périmètre de la candidature) ; vide pour qui ne saisit pas. */
  communes: { codeInsee: string; nom: string }[];
  ateliersInSitu: AtelierInSituLu[];
  contrat: { type: TypeContrat | null; reference: string | null };
  couts: RecapitulatifCouts;
};

export async function lireAteliersInSitu(acteur: Acteur, atelierId: string, client: Client = prisma): Promise<AteliersInSituLus | null> {
  if (!estIdentifiant(atelierId)) return null;
  const atelier = await client.atelier.findFirst({
    where: { AND: [{ id: atelierId }, porteeAtelier(acteur, "lire")] },
    select: {
      id: true,
      candidatureId: true,
      coutEquipeEuros: true,
      typeContrat: true,
      referenceContrat: true,
      phases: { where: { type: "animation" }, select: { statut: true } },
      ateliersInSitu: {
        orderBy: [{ debutLe: "asc" }, { id: "asc" }],
        select: {
          id: true,
          titre: true,
          debutLe: true,
          lieu: true,
          codeInsee: true,
          commune: { select: { nom: true } },
          theme: true,
          participantsElus: true,
          participantsTechniciens: true,
          participantsHabitants: true,
          participantsPartenaires: true,
          compteRendu: true,
          fichiersSupports: {
            orderBy: [{ deposeLe: "asc" }, { id: "asc" }],
            select: { id: true, nomFichier: true, fichier: { select: { typeMime: true, taille: true } } },
          },
        },
      },
      frais: {
        orderBy: [{ engageLe: "asc" }, { id: "asc" }],
        select: { id: true, libelle: true, nature: true, montantCentimes: true, engageLe: true, atelierInSituId: true },
      },
    },
  });
  if (!atelier) return null;
  const dans = (action: "modifier" | "saisir_frais") => client.atelier.count({ where: { AND: [{ id: atelierId }, porteeAtelier(acteur, action)] } }).then((n) => n > 0);
  const peutSaisir = await dans("modifier");
  const peutSaisirFrais = await dans("saisir_frais");
  const statut = atelier.phases[0]?.statut ?? null;
  const couts = calculerCouts({ coutEquipeEuros: atelier.coutEquipeEuros, ateliersInSituIds: atelier.ateliersInSitu.map((a) => a.id), frais: atelier.frais });
  return {
    atelierId: atelier.id,
    peutSaisir,
    peutSaisirFrais,
    phaseAnimation: statut,
    animationOuverte: statut === "en_cours" || statut === "a_valider",
    communes: peutSaisir ? await communesDuPerimetre(client, atelier.candidatureId) : [],
    contrat: { type: atelier.typeContrat, reference: atelier.referenceContrat },
    couts,
    ateliersInSitu: atelier.ateliersInSitu.map((a) => ({
      id: a.id,
      titre: a.titre,
      debutLe: a.debutLe,
      lieu: a.lieu,
      codeInsee: a.codeInsee,
      commune: a.commune?.nom ?? null,
      theme: a.theme,
      libelleTheme: a.theme ? LIBELLES_THEME_ATELIER_IN_SITU[a.theme] : null,
      participants: {
        elus: a.participantsElus ?? 0,
        techniciens: a.participantsTechniciens ?? 0,
        habitants: a.participantsHabitants ?? 0,
        partenaires: a.participantsPartenaires ?? 0,
        total: totalParticipants(a),
      },
      compteRendu: a.compteRendu,
      empreinte: empreinteAtelierInSitu(a),
      supports: a.fichiersSupports.map((s) => ({
        id: s.id,
        nomFichier: s.nomFichier,
        typeMime: s.fichier.typeMime,
        taille: s.fichier.taille,
        lien: cheminSupport(s.id),
        vignette: TYPES_IMAGE.includes(s.fichier.typeMime) ? cheminVignette(s.id) : null,
      })),
      frais: atelier.frais
        .filter((f) => f.atelierInSituId === a.id)
        .map((f) => ({ id: f.id, libelle: f.libelle, nature: f.nature, libelleNature: LIBELLES_NATURE_FRAIS[f.nature], montantCentimes: f.montantCentimes, engageLe: f.engageLe })),
      sousTotalCentimes: couts.parAtelierInSitu[a.id] ?? 0,
    })),
  };
}

/** Le fichier d'un support à télécharger, ou `null` : hors portée ou inexistant, même réponse. */
export async function chargerFichierSupport(acteur: Acteur, supportId: string, client: Client = prisma) {
  if (!estIdentifiant(supportId)) return null;
  const support = await client.supportAtelierInSitu.findFirst({
    where: { id: supportId, atelierInSitu: { atelier: porteeAtelier(acteur, "lire") } },
    select: { nomFichier: true, fichier: { select: { contenu: true, typeMime: true, sha256: true } } },
  });
  if (!support) return null;
  return { nomFichier: support.nomFichier, ...support.fichier };
}
