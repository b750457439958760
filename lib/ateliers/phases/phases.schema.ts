// Schémas zod des cas d'usage des phases d'un atelier (issue 14, décision 031) : partagés par les
// formulaires et les cas d'usage. Sans `server-only` : chargés par les formulaires.
// Chaque écriture porte ce que l'utilisateur a lu (version de la phase, empreinte des livrables) :
// une action sur un état qui a changé depuis est refusée (CONFLIT) au lieu d'être appliquée à l'aveugle.
import { z } from "zod";
import "@/lib/validation/zod-fr";
import type { PartieSignataire, TypeLivrable } from "@/lib/generated/prisma/enums";

export const TYPES_LIVRABLES = [
  "synthese_enjeux",
  "note_de_cadrage",
  "carnet_de_suivi",
  "support_atelier",
  "rapport_final",
  "plan_guide",
  "esquisse_plan_guide",
  "feuille_de_route",
  "projet_de_territoire",
  "cahier_des_charges",
  "autre",
] as const satisfies readonly TypeLivrable[];

const PARTIES = ["collectivite", "etat"] as const satisfies readonly PartieSignataire[];

export const LONGUEUR_MAX_COMMENTAIRE_PHASE = 5_000;

const phaseId = z.uuid({ error: "Phase inconnue." });
const versionLue = z.number({ error: "Rechargez la page : la version de la phase manque." }).int().min(1);
const empreinteLue = z
  .string({ error: "Rechargez la page : l'état des livrables lu manque." })
  .regex(/^[0-9a-f]{64}$/, { error: "Rechargez la page : l'état des livrables lu est illisible." });
const partie = z.enum(PARTIES, { error: "Indiquez pour quelle partie vous agissez." });

export const demarrerPhaseSchema = z.object({ phaseId, versionLue });

export const deposerLivrableSchema = z.object({
  phaseId,
  type: z.enum(TYPES_LIVRABLES, { error: "Choisissez le type du livrable." }),
  titre: z
    .string({ error: "Donnez un titre au livrable." })
    .trim()
    .min(1, { error: "Donnez un titre au livrable." })
    .max(300, { error: "Le titre ne doit pas dépasser 300 caractères." }),
  nomFichier: z
    .string({ error: "Le fichier n'a pas de nom." })
    .trim()
    .min(1, { error: "Le fichier n'a pas de nom." })
    .max(255, { error: "Le nom du fichier ne doit pas dépasser 255 caractères : renommez-le." }),
  contenu: z.instanceof(Uint8Array, { error: "Choisissez le fichier du livrable." }),
});

export const soumettrePhaseSchema = z.object({ phaseId, versionLue, empreinteLue });

export const validerPhaseSchema = z.object({
  phaseId,
  partie,
  /** Empreinte des livrables montrés à l'écran de validation. */
  empreinteLue,
  commentaire: z
    .string()
    .trim()
    .max(LONGUEUR_MAX_COMMENTAIRE_PHASE, { error: "Le commentaire ne doit pas dépasser 5 000 caractères." })
    .optional()
    .transform((v) => v || null),
});

export const renvoyerPhaseSchema = z.object({
  phaseId,
  partie,
  empreinteLue,
  commentaire: z
    .string({ error: "Dites ce qu'il faut reprendre." })
    .trim()
    .min(1, { error: "Dites ce qu'il faut reprendre : le commentaire est transmis à l'autre co-pilote et au pilote." })
    .max(LONGUEUR_MAX_COMMENTAIRE_PHASE, { error: "Le commentaire ne doit pas dépasser 5 000 caractères." }),
});

export type DemarrerPhaseEntree = z.input<typeof demarrerPhaseSchema>;
export type DeposerLivrableEntree = z.input<typeof deposerLivrableSchema>;
export type SoumettrePhaseEntree = z.input<typeof soumettrePhaseSchema>;
export type ValiderPhaseEntree = z.input<typeof validerPhaseSchema>;
export type RenvoyerPhaseEntree = z.input<typeof renvoyerPhaseSchema>;
