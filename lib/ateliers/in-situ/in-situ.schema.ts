// Schémas zod des ateliers in situ, de leurs supports et de leurs frais matériels (issue 14,
// décision 034) : partagés par les formulaires (chargés à la première validation) et les cas
// d'usage, qui revérifient tout. Sans `server-only`. Les champs arrivent en texte (saisie) ou en
// nombre : les participants deviennent des entiers ≥ 0, le montant des centimes.
import { z } from "zod";
import "@/lib/validation/zod-fr";
import { heureDeParis } from "@/lib/dates/paris";
import type { NatureFrais, ThemeAtelierInSitu } from "@/lib/generated/prisma/enums";
import { eurosEnCentimes, MONTANT_MAX_CENTIMES } from "./montants";

export const THEMES_ATELIER_IN_SITU = ["diagnostic_enjeux", "strategie", "feuille_de_route", "autre"] as const satisfies readonly ThemeAtelierInSitu[];
export const NATURES = ["logistique", "restauration", "location_salle", "autre"] as const satisfies readonly NatureFrais[];

export const LONGUEUR_MAX_COMPTE_RENDU = 5_000;
export const PARTICIPANTS_MAX = 10_000;

/** Les quatre catégories de participants, dans l'ordre d'affichage, avec leur libellé. */
export const CATEGORIES_PARTICIPANTS = [
  { champ: "participantsElus", libelle: "Élus", du: "d'élus" },
  { champ: "participantsTechniciens", libelle: "Techniciens", du: "de techniciens" },
  { champ: "participantsHabitants", libelle: "Habitants", du: "d'habitants" },
  { champ: "participantsPartenaires", libelle: "Partenaires", du: "de partenaires" },
] as const;

const identifiant = (quoi: string) => z.uuid({ error: `${quoi} inconnu.` });

const texte = (manque: string, max: number, libelle: string) =>
  z
    .string({ error: manque })
    .trim()
    .min(1, { error: manque })
    .max(max, { error: `${libelle} ne doit pas dépasser ${max.toLocaleString("fr-FR")} caractères.` });

const participants = (du: string) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? 0 : typeof v === "string" ? Number(v.trim().replace(/[\s\u00a0\u202f]/g, "")) : v),
    z
      .number({ error: `Le nombre ${du} doit être un nombre entier.` })
      .int({ error: `Le nombre ${du} doit être un nombre entier.` })
      .min(0, { error: `Le nombre ${du} ne peut pas être négatif.` })
      .max(PARTICIPANTS_MAX, { error: `Le nombre ${du} semble trop grand (10 000 au plus) : vérifiez la saisie.` }),
  );

/** « 2026-03-12T18:30 » (heure de Paris), la valeur d'un champ `datetime-local` → instant UTC. */
const debutLe = z
  .string({ error: "Indiquez la date et l'heure de l'atelier in situ." })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "Indiquez la date et l'heure de l'atelier in situ (jour, mois, année, heure).", abort: true })
  .refine((v) => {
    const annee = Number(v.slice(0, 4));
    return annee >= 2015 && annee <= 2100 && !Number.isNaN(heureDeParis(v).getTime());
  }, { error: "Cette date n'est pas plausible : vérifiez le jour et l'année." })
  .transform((v) => heureDeParis(v));

const champsAtelierInSitu = {
  titre: texte("Donnez un titre à l'atelier in situ.", 300, "Le titre"),
  debutLe,
  lieu: texte("Indiquez le lieu de l'atelier in situ (salle, adresse).", 300, "Le lieu"),
  codeInsee: z.string({ error: "Choisissez la commune où se tient l'atelier." }).trim().min(1, { error: "Choisissez la commune où se tient l'atelier." }),
  theme: z.enum(THEMES_ATELIER_IN_SITU, { error: "Choisissez le thème de l'atelier in situ." }),
  participantsElus: participants("d'élus"),
  participantsTechniciens: participants("de techniciens"),
  participantsHabitants: participants("d'habitants"),
  participantsPartenaires: participants("de partenaires"),
  compteRendu: z
    .string()
    .trim()
    .max(LONGUEUR_MAX_COMPTE_RENDU, { error: "Le compte rendu ne doit pas dépasser 5 000 caractères : gardez l'essentiel, joignez le détail en support." })
    .optional()
    .transform((v) => v || null),
};

export const enregistrerAtelierInSituSchema = z.object({ atelierId: identifiant("Atelier"), ...champsAtelierInSitu });

/** `empreinteLue` : l'état de l'atelier in situ affiché quand la modification a commencé (CONFLIT sinon). */
export const modifierAtelierInSituSchema = z.object({
  atelierInSituId: identifiant("Atelier in situ"),
  empreinteLue: z
    .string({ error: "Rechargez la page : la version de l'atelier in situ lue manque." })
    .regex(/^[0-9a-f]{64}$/, { error: "Rechargez la page : la version de l'atelier in situ lue est illisible." }),
  ...champsAtelierInSitu,
});

export const supprimerAtelierInSituSchema = z.object({ atelierInSituId: identifiant("Atelier in situ") });

export const deposerSupportSchema = z.object({
  atelierInSituId: identifiant("Atelier in situ"),
  nomFichier: z
    .string({ error: "Le fichier n'a pas de nom." })
    .trim()
    .min(1, { error: "Le fichier n'a pas de nom." })
    .max(255, { error: "Le nom du fichier ne doit pas dépasser 255 caractères : renommez-le." }),
  contenu: z.instanceof(Uint8Array, { error: "Choisissez le fichier du support." }),
});

export const retirerSupportSchema = z.object({ supportId: identifiant("Support") });

/** « 2026-03-12 » (jour civil) → minuit UTC, comme les autres `@db.Date`. */
const engageLe = z
  .string({ error: "Indiquez la date de la dépense." })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Indiquez la date de la dépense (jour, mois, année).", abort: true })
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    const annee = Number(v.slice(0, 4));
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && annee >= 2015 && annee <= 2100;
  }, { error: "Cette date n'est pas plausible : vérifiez le jour et l'année." })
  .transform((v) => new Date(`${v}T00:00:00Z`));

export const ajouterFraisSchema = z.object({
  atelierInSituId: identifiant("Atelier in situ"),
  libelle: texte("Décrivez la dépense (par exemple : « Location de la salle des fêtes »).", 200, "Le libellé"),
  nature: z.enum(NATURES, { error: "Choisissez la nature de la dépense." }),
  /** Saisi en euros (« 1 234,50 ») : devient des centimes. */
  montant: z
    .string({ error: "Indiquez le montant en euros." })
    .trim()
    .min(1, { error: "Indiquez le montant en euros." })
    .transform((v, ctx) => {
      const centimes = eurosEnCentimes(v);
      if (centimes === null) {
        ctx.addIssue({ code: "custom", message: "Indiquez un montant en euros positif, par exemple « 1 234,50 »." });
        return z.NEVER;
      }
      if (centimes > MONTANT_MAX_CENTIMES) {
        ctx.addIssue({ code: "custom", message: "Un frais matériel ne dépasse pas 1 000 000 € : vérifiez le montant." });
        return z.NEVER;
      }
      return centimes;
    }),
  engageLe,
});

export const retirerFraisSchema = z.object({ fraisId: identifiant("Frais") });

export type EnregistrerAtelierInSituEntree = z.input<typeof enregistrerAtelierInSituSchema>;
export type ModifierAtelierInSituEntree = z.input<typeof modifierAtelierInSituSchema>;
export type AjouterFraisEntree = z.input<typeof ajouterFraisSchema>;
