// Saisie d'une session nationale (administrateurs DGALN) : partagée par le formulaire et le cas
// d'usage. Dates-heures saisies à l'heure de Paris (« 2027-03-28T23:59 ») ; la grille d'évaluation :
// 1 à 12 critères, poids entiers dont la somme fait 100 %.
// Sans `server-only` : chargé par le formulaire à sa première validation.
import { z } from "zod";
import "@/lib/validation/zod-fr";

export const TOTAL_POIDS = 100;
export const CRITERES_MAX = 12;
export const PIECES_SESSION = ["note_opportunite", "courrier_soutien_collectivite", "courrier_soutien_prefet", "courrier_engagement_etat"] as const;

const DATE_HEURE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const dateHeure = (libelle: string) =>
  z
    .string({ error: `Indiquez ${libelle}.` })
    .trim()
    .regex(DATE_HEURE, { error: `Indiquez ${libelle} au format jour, mois, année et heure.` });

const entierOptionnel = (libelle: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((v) => v.replace(/\s/g, ""))
    .refine((v) => v === "" || /^\d+$/.test(v), { error: `${libelle} : indiquez un nombre entier, sans décimale.` })
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || (v >= min && v <= max), { error: `${libelle} : indiquez un nombre entre ${min.toLocaleString("fr-FR")} et ${max.toLocaleString("fr-FR")}.` });

export const critereSchema = z.object({
  libelle: z.string().trim().min(1, { error: "Donnez un intitulé au critère." }).max(120, { error: "L'intitulé ne doit pas dépasser 120 caractères." }),
  description: z.string().trim().max(600, { error: "L'aide au juré ne doit pas dépasser 600 caractères." }),
  poids: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, { error: "Indiquez un poids en pourcentage entier (de 1 à 100)." })
    .transform(Number)
    .refine((p) => p >= 1 && p <= 100, { error: "Le poids d'un critère est compris entre 1 et 100 %." }),
});

export const sessionSchema = z
  .object({
    sessionId: z.uuid().optional(),
    /** Verrou optimiste : la version lue par le formulaire (modification). */
    version: z.number().int().optional(),
    theme: z.string().trim().min(3, { error: "Indiquez le thème de la session (3 caractères au moins)." }).max(200, { error: "Le thème ne doit pas dépasser 200 caractères." }),
    description: z.string().trim().min(1, { error: "Décrivez la session : ce qu'elle cherche, à qui elle s'adresse." }).max(5_000, { error: "La description ne doit pas dépasser 5 000 caractères." }),
    ouvertureLe: dateHeure("la date et l'heure d'ouverture"),
    clotureLe: dateHeure("la date et l'heure de clôture"),
    selectionLe: z
      .string()
      .trim()
      .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v), { error: "Indiquez la date de sélection au format jour, mois, année." }),
    quotaLaureats: entierOptionnel("Nombre de lauréats", 1, 500),
    budgetEuros: entierOptionnel("Budget", 0, 1_000_000_000),
    piecesRequises: z.array(z.enum(PIECES_SESSION, { error: "Pièce inconnue." })).min(1, { error: "Choisissez au moins une pièce exigée." }),
    criteres: z.array(critereSchema).min(1, { error: "La grille d'évaluation compte au moins un critère." }).max(CRITERES_MAX, { error: `La grille compte au plus ${CRITERES_MAX} critères.` }),
  })
  .superRefine((s, ctx) => {
    if (DATE_HEURE.test(s.ouvertureLe) && DATE_HEURE.test(s.clotureLe) && s.clotureLe <= s.ouvertureLe) {
      ctx.addIssue({ code: "custom", path: ["clotureLe"], message: "La clôture doit venir après l'ouverture." });
    }
    if (s.selectionLe && DATE_HEURE.test(s.clotureLe) && s.selectionLe < s.clotureLe.slice(0, 10)) {
      ctx.addIssue({ code: "custom", path: ["selectionLe"], message: "La sélection vient après la clôture." });
    }
    const total = s.criteres.reduce((somme, c) => somme + (typeof c.poids === "number" ? c.poids : 0), 0);
    if (s.criteres.length > 0 && total !== TOTAL_POIDS) {
      ctx.addIssue({ code: "custom", path: ["criteres"], message: `Les poids des critères doivent faire 100 % au total (ils font ${total} %).` });
    }
    const vus = new Set<string>();
    s.criteres.forEach((c, i) => {
      const cle = c.libelle.toLowerCase();
      if (cle && vus.has(cle)) ctx.addIssue({ code: "custom", path: ["criteres", i, "libelle"], message: "Deux critères portent le même intitulé." });
      vus.add(cle);
    });
  });

export type SessionEntree = z.input<typeof sessionSchema>;
export type SessionSaisie = z.output<typeof sessionSchema>;

export const transitionSessionSchema = z.object({
  sessionId: z.uuid({ error: "Session inconnue." }),
  action: z.enum(["ouvrir", "ouvrir_deliberation", "publier_resultats"], { error: "Action inconnue." }),
  version: z.number().int(),
});
