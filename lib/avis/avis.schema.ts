// Schémas des avis d'expert (issue 12) : partagés par les formulaires et les cas d'usage.
// Sans `server-only` : chargés par les formulaires à leur première validation.
import { z } from "zod";
import "@/lib/validation/zod-fr";
import { jourParis } from "@/lib/instruction/decider.schema";

export const QUESTION_MAX = 2_000;
export const AVIS_MAX = 10_000;
export const SENS_AVIS = ["favorable", "reserve", "defavorable"] as const;

const candidatureId = z.uuid({ error: "Candidature inconnue." });
const demandeId = z.uuid({ error: "Demande d'avis inconnue." });

export const demanderAvisSchema = z
  .object({
    candidatureId,
    /** Une collègue de la DGALN (son identifiant) ou un expert extérieur (son adresse). */
    destinataire: z.enum(["dgaln", "exterieur"], { error: "Choisissez à qui demander l'avis : une personne de la DGALN ou un expert extérieur." }),
    expertId: z.union([z.literal(""), z.uuid({ error: "Choisissez la personne de la DGALN dans la liste." })]).optional(),
    email: z
      .string({ error: "L'adresse électronique doit être un texte." })
      .trim()
      .toLowerCase()
      .max(254, { error: "L'adresse électronique est trop longue." })
      .optional(),
    question: z
      .string({ error: "La question doit être un texte." })
      .trim()
      .min(1, { error: "Écrivez la question posée à l'expert." })
      .max(QUESTION_MAX, { error: "La question ne doit pas dépasser 2 000 caractères." }),
    echeance: z
      .string({ error: "L'échéance doit être une date." })
      .trim()
      .min(1, { error: "Indiquez l'échéance : le jour où l'avis est attendu au plus tard." })
      .pipe(z.iso.date({ error: "Indiquez l'échéance au format jj/mm/aaaa." })),
  })
  .superRefine((v, ctx) => {
    if (v.destinataire === "dgaln" && !v.expertId) {
      ctx.addIssue({ code: "custom", path: ["expertId"], message: "Choisissez la personne de la DGALN à qui demander l'avis." });
    }
    if (v.destinataire === "exterieur" && !z.email().safeParse(v.email ?? "").success) {
      ctx.addIssue({ code: "custom", path: ["email"], message: "Indiquez l'adresse électronique de l'expert, au format nom@exemple.fr." });
    }
    // Une date mal formée a déjà son message : on ne la compare pas.
    if (/^\d{4}-\d{2}-\d{2}$/.test(v.echeance) && v.echeance <= jourParis()) {
      ctx.addIssue({ code: "custom", path: ["echeance"], message: "L'échéance doit être postérieure à aujourd'hui." });
    }
  });

export const annulerDemandeAvisSchema = z.object({ demandeId });

export const rendreAvisSchema = z.object({
  demandeId,
  sens: z.enum(SENS_AVIS, { error: "Choisissez le sens de votre avis : favorable, réservé ou défavorable." }),
  avis: z
    .string({ error: "L'avis doit être un texte." })
    .trim()
    .min(1, { error: "Rédigez votre avis : il est lu par la DGALN." })
    .max(AVIS_MAX, { error: "L'avis ne doit pas dépasser 10 000 caractères." }),
});

export const accepterDemandeAvisSchema = z.object({
  jeton: z.string({ error: "Lien incomplet." }).regex(/^[A-Za-z0-9_-]{43}$/, { error: "Ce lien est incomplet : copiez-le en entier depuis le courriel reçu." }),
});

export type DemanderAvisEntree = z.input<typeof demanderAvisSchema>;
export type RendreAvisEntree = z.input<typeof rendreAvisSchema>;
