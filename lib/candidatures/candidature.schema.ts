// Schémas zod de la candidature : les mêmes servent aux formulaires (react-hook-form, section par
// section) et aux cas d'usage, si bien qu'un message d'erreur est écrit une seule fois, en français.
// Sans `server-only` : chargés aussi par les formulaires, à leur première validation
// (components/formulaires/resolveur-differe.ts). Chaque modification porte la `version`
// lue par le formulaire (verrouillage optimiste, décision 010).
import { z } from "zod";
import "@/lib/validation/zod-fr";
import type { FormatAtelier, PartieSignataire } from "@/lib/generated/prisma/enums";
import type { Section } from "./libelles-sections";

const FORMATS = ["national", "local", "flash"] as const satisfies readonly FormatAtelier[];
const PARTIES = ["collectivite", "etat"] as const satisfies readonly PartieSignataire[];

const identifiant = (message: string) => z.uuid({ error: message });
const nombre = new Intl.NumberFormat("fr-FR");

/** « ne doit pas » ou, pour un libellé au pluriel (« Les objectifs »), « ne doivent pas ». */
const neDoitPas = (libelle: string) => (/^(les|des) /i.test(libelle) ? "ne doivent pas" : "ne doit pas");

/** Texte libre facultatif : espaces retirées, vide → `null`. */
const texte = (libelle: string, max = 10_000) =>
  z
    .string({ error: `${libelle} : saisissez du texte.` })
    .trim()
    .max(max, { error: `${libelle} ${neDoitPas(libelle)} dépasser ${nombre.format(max)} caractères.` })
    .transform((v) => (v === "" ? null : v));

/** Entier facultatif saisi dans un champ texte ou nombre : vide → `null`. */
const entierFacultatif = (libelle: string, min: number, max: number) =>
  z.union([z.number(), z.string(), z.null()], { error: `${libelle} : indiquez un nombre entier.` }).transform((v, ctx) => {
    if (v === null || (typeof v === "string" && v.trim() === "")) return null;
    const n = typeof v === "number" ? v : Number(v.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
    if (!Number.isInteger(n)) {
      ctx.addIssue({ code: "custom", message: `${libelle} : indiquez un nombre entier, sans décimale.` });
      return z.NEVER;
    }
    if (n < min || n > max) {
      ctx.addIssue({ code: "custom", message: `${libelle} : indiquez un nombre entre ${nombre.format(min)} et ${nombre.format(max)}.` });
      return z.NEVER;
    }
    return n;
  });

const sansDoublon = <T>(liste: T[]) => new Set(liste).size === liste.length;

export const champCandidatureId = identifiant("Candidature inconnue.");
export const champVersion = z.number({ error: "Rechargez la page : la version de la candidature est inconnue." }).int().min(1);
export const champHashContenu = z
  .string({ error: "Relisez la candidature avant de continuer." })
  .regex(/^[0-9a-f]{64}$/, { error: "Relisez la candidature avant de continuer : l'empreinte du contenu relu est invalide." });

// ─── Création ──────────────────────────────────────────────────────────────────────────────────

export const creerCandidatureSchema = z.object({
  collectiviteId: identifiant("Choisissez la collectivité porteuse de la candidature."),
  format: z.enum(FORMATS, { error: "Choisissez le format de l'atelier : national, local ou flash." }),
  sessionId: z
    .union([z.literal(""), z.null(), identifiant("Session nationale inconnue.")])
    .optional()
    .transform((v) => v || null),
  /** R4 : service de l'État compétent choisi (collectivité sur plusieurs départements) ; absent : celui du siège. */
  serviceEtatId: z
    .union([z.literal(""), z.null(), identifiant("Service de l'État inconnu : choisissez-le dans la liste.")])
    .optional()
    .transform((v) => v || null),
  titre: z
    .string()
    .trim()
    .max(200, { error: "Le titre ne doit pas dépasser 200 caractères." })
    .optional()
    .transform((v) => v || null),
});

// ─── Sections du formulaire (note d'opportunité) ───────────────────────────────────────────────

export { LIBELLES_SECTIONS, SECTIONS, type Section } from "./libelles-sections";

/** Autres collectivités porteuses que la principale. */
export const porteursSchema = z.object({
  porteuses: z
    .array(identifiant("Collectivité inconnue : choisissez-la dans la liste."))
    .max(50, { error: "Une candidature compte au plus 50 collectivités porteuses associées." })
    .refine(sansDoublon, { error: "Une même collectivité figure deux fois parmi les porteuses." }),
});

export const perimetreSchema = z.object({
  communes: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^(\d{5}|2[AB]\d{3})$/, { error: "Code INSEE de commune invalide (5 caractères, par exemple 53005 ou 2A004)." }),
    )
    .max(3_000, { error: "Le périmètre compte au plus 3 000 communes : incluez plutôt les EPCI entiers." })
    .refine(sansDoublon, { error: "Une même commune figure deux fois dans le périmètre." }),
  epci: z
    .array(z.string().trim().regex(/^\d{9}$/, { error: "SIREN d'EPCI invalide (9 chiffres)." }))
    .max(200, { error: "Le périmètre compte au plus 200 EPCI." })
    .refine(sansDoublon, { error: "Un même EPCI figure deux fois dans le périmètre." }),
  /** R3 : demande de dérogation à l'échelle (atelier local plus petit qu'un EPCI). */
  derogationDemandee: z.boolean({ error: "Indiquez si vous demandez une dérogation à l'échelle." }),
});

export const noteSchema = z.object({
  titre: z
    .string({ error: "Indiquez le titre de la candidature." })
    .trim()
    .min(3, { error: "Indiquez le titre de la candidature (3 caractères au moins)." })
    .max(200, { error: "Le titre ne doit pas dépasser 200 caractères." }),
  localisation: texte("La localisation"),
  objet: texte("L'objet"),
  objectifs: texte("Les objectifs"),
  ressources: texte("Les ressources"),
  dynamiquesTerritoire: texte("Les dynamiques du territoire"),
  dynamiquesAmenagement: texte("Les dynamiques d'aménagement"),
});

export const calendrierSchema = z.object({
  debutPrevu: z
    .union([z.literal(""), z.null(), z.iso.date({ error: "Indiquez la date de début prévue au format jj/mm/aaaa." })])
    .transform((v) => v || null)
    .refine((v) => v === null || (v >= "2000-01-01" && v <= "2100-12-31"), {
      error: "La date de début prévue doit être comprise entre 2000 et 2100.",
    }),
  dureeMois: entierFacultatif("La durée prévue (en mois)", 1, 60),
});

export const livrablesSchema = z.object({
  livrablesAttendus: texte("Les livrables attendus"),
  disciplinesSouhaitees: z
    .array(
      z
        .string()
        .trim()
        .min(1, { error: "Une discipline ne peut pas être vide." })
        .max(100, { error: "Une discipline ne doit pas dépasser 100 caractères." }),
    )
    .max(20, { error: "Indiquez au plus 20 disciplines." })
    .refine(sansDoublon, { error: "Une même discipline figure deux fois." }),
  budgetMaterielEuros: entierFacultatif("Le budget des frais matériels (en euros)", 0, 10_000_000),
});

const contactSchema = z.object({
  partie: z.enum(PARTIES, { error: "Indiquez si le contact est celui de la collectivité ou du service de l'État." }),
  nom: z
    .string({ error: "Indiquez le nom du contact." })
    .trim()
    .min(1, { error: "Indiquez le nom du contact." })
    .max(200, { error: "Le nom ne doit pas dépasser 200 caractères." }),
  fonction: texte("La fonction", 200),
  email: z
    .string({ error: "Indiquez l'adresse électronique du contact." })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Indiquez une adresse électronique valide, par exemple prenom.nom@mairie.fr." })),
  telephone: z
    .string()
    .trim()
    .max(30, { error: "Le numéro de téléphone ne doit pas dépasser 30 caractères." })
    .refine((v) => v === "" || /^\+?[\d\s.()-]{6,}$/.test(v), { error: "Numéro de téléphone invalide, par exemple 02 43 00 00 00." })
    .transform((v) => (v === "" ? null : v)),
});

export const contactsSchema = z.object({
  contacts: z.array(contactSchema).max(20, { error: "Indiquez au plus 20 contacts." }),
});

export const SCHEMAS_SECTIONS = {
  porteurs: porteursSchema,
  perimetre: perimetreSchema,
  note: noteSchema,
  calendrier: calendrierSchema,
  livrables: livrablesSchema,
  contacts: contactsSchema,
} as const satisfies Record<Section, z.ZodObject>;

export type ValeursSection<S extends Section> = z.output<(typeof SCHEMAS_SECTIONS)[S]>;
export type SaisieSection<S extends Section> = z.input<(typeof SCHEMAS_SECTIONS)[S]>;

const enTete = { candidatureId: champCandidatureId, version: champVersion };

/** Une modification = une section, ses champs à plat (les clés d'erreur sont celles du formulaire). */
export const modifierCandidatureSchema = z.discriminatedUnion("section", [
  porteursSchema.extend({ ...enTete, section: z.literal("porteurs") }),
  perimetreSchema.extend({ ...enTete, section: z.literal("perimetre") }),
  noteSchema.extend({ ...enTete, section: z.literal("note") }),
  calendrierSchema.extend({ ...enTete, section: z.literal("calendrier") }),
  livrablesSchema.extend({ ...enTete, section: z.literal("livrables") }),
  contactsSchema.extend({ ...enTete, section: z.literal("contacts") }),
]);

// ─── Signature et dépôt ────────────────────────────────────────────────────────────────────────

export const signerCandidatureSchema = z
  .object({
    candidatureId: champCandidatureId,
    /** Empreinte du contenu affiché sur l'écran de relecture. */
    hashContenu: champHashContenu,
    partie: z.enum(PARTIES, { error: "Indiquez pour quelle partie vous signez." }),
    avis: z.enum(["favorable", "reserve"], { error: "Indiquez l'avis du service de l'État : favorable ou réservé." }).optional(),
    avisTexte: z
      .string()
      .trim()
      .max(5_000, { error: "L'avis ne doit pas dépasser 5 000 caractères." })
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.partie === "etat" && !v.avis) {
      ctx.addIssue({ code: "custom", path: ["avis"], message: "Indiquez l'avis du service de l'État : favorable ou réservé." });
    }
    if (v.partie === "etat" && v.avis === "reserve" && !v.avisTexte) {
      ctx.addIssue({ code: "custom", path: ["avisTexte"], message: "Un avis réservé doit être motivé : précisez vos réserves." });
    }
    if (v.partie === "collectivite" && v.avis) {
      ctx.addIssue({ code: "custom", path: ["avis"], message: "Seul le service de l'État donne un avis en signant." });
    }
  });

export const deposerCandidatureSchema = z.object({
  candidatureId: champCandidatureId,
  /** Empreinte du contenu que le déposant a sous les yeux : on ne dépose que ce contenu-là. */
  hashContenu: champHashContenu,
});

export type CreerCandidatureEntree = z.input<typeof creerCandidatureSchema>;
export type ModifierCandidatureEntree = z.input<typeof modifierCandidatureSchema>;
export type SignerCandidatureEntree = z.input<typeof signerCandidatureSchema>;
export type DeposerCandidatureEntree = z.input<typeof deposerCandidatureSchema>;
