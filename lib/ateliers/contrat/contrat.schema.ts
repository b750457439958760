// Contrat et équipe d'un atelier (issue 14, point 2) : partagé par le formulaire et le cas d'usage.
// Le contrat (type, référence, montant pris en charge par la DGALN) et l'équipe (mandataire,
// co-traitants, sous-traitants : structure, disciplines, contact) se renseignent ensemble, une fois
// le marché passé, et se corrigent ensuite. Montant saisi en euros (« 166 000 »), entier.
// Sans `server-only` : chargé par le formulaire à sa première validation.
import { z } from "zod";
import "@/lib/validation/zod-fr";

export const TYPES_CONTRAT = ["marche_national", "marche_subsequent", "bon_de_commande"] as const;
export const ROLES_MEMBRE = ["mandataire", "cotraitant", "sous_traitant"] as const;
import { DISCIPLINES_MAX, MEMBRES_MAX, MONTANT_EQUIPE_MAX } from "./plafonds";

export const membreEquipeSchema = z.object({
  role: z.enum(ROLES_MEMBRE, { error: "Choisissez le rôle de la structure dans l'équipe." }),
  structure: z
    .string()
    .trim()
    .min(2, { error: "Indiquez le nom de la structure (2 caractères au moins)." })
    .max(160, { error: "Le nom de la structure ne doit pas dépasser 160 caractères." }),
  /** Saisies séparées par des virgules : « urbanisme, paysage ». */
  disciplines: z
    .string()
    .max(400, { error: "Les disciplines ne doivent pas dépasser 400 caractères." })
    .transform((v) => [...new Set(v.split(",").map((d) => d.trim().replace(/\s+/g, " ")).filter(Boolean))])
    .refine((d) => d.length >= 1, { error: "Indiquez au moins une discipline (urbanisme, architecture, paysage…)." })
    .refine((d) => d.length <= DISCIPLINES_MAX, { error: `Indiquez au plus ${DISCIPLINES_MAX} disciplines.` })
    .refine((d) => d.every((x) => x.length <= 60), { error: "Une discipline ne doit pas dépasser 60 caractères." }),
  contact: z
    .string()
    .trim()
    .max(200, { error: "Le contact ne doit pas dépasser 200 caractères." })
    .transform((v) => v || null),
});

export const contratSchema = z
  .object({
    atelierId: z.uuid({ error: "Atelier inconnu." }),
    /** Verrou optimiste : la version de l'atelier lue par le formulaire. */
    version: z.coerce.number().int(),
    typeContrat: z.enum(TYPES_CONTRAT, { error: "Choisissez le type de contrat." }),
    referenceContrat: z
      .string()
      .trim()
      .min(3, { error: "Indiquez la référence du contrat (numéro du marché ou du bon de commande)." })
      .max(120, { error: "La référence du contrat ne doit pas dépasser 120 caractères." }),
    coutEquipeEuros: z
      .string()
      .trim()
      .transform((v) => v.replace(/[\s\u202f\u00a0€]/g, ""))
      .refine((v) => /^\d+$/.test(v), { error: "Indiquez le montant en euros, en chiffres, sans centimes (par exemple 20 000)." })
      .transform(Number)
      .refine((v) => v >= 1 && v <= MONTANT_EQUIPE_MAX, {
        error: `Le montant de l'équipe est compris entre 1 € et ${MONTANT_EQUIPE_MAX.toLocaleString("fr-FR")} €.`,
      }),
    equipe: z
      .array(membreEquipeSchema)
      .min(1, { error: "Indiquez au moins la structure mandataire de l'équipe." })
      .max(MEMBRES_MAX, { error: `L'équipe compte au plus ${MEMBRES_MAX} structures.` }),
  })
  .superRefine((c, ctx) => {
    const mandataires = c.equipe.filter((m) => m.role === "mandataire").length;
    if (mandataires !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["equipe"],
        message: mandataires === 0 ? "L'équipe a une structure mandataire : choisissez-la." : "L'équipe n'a qu'une structure mandataire : les autres sont co-traitantes ou sous-traitantes.",
      });
    }
  });

export type ContratEntree = z.input<typeof contratSchema>;
export type Contrat = z.output<typeof contratSchema>;
