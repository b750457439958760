// Jury d'une session (issue 13, partie 2) : schémas partagés par les formulaires et les cas d'usage.
import { z } from "zod";
import "@/lib/validation/zod-fr";

export const JURES_PAR_CANDIDATURE_MAX = 10;

export const affecterAutomatiquementSchema = z.object({
  sessionId: z.uuid({ error: "Session inconnue." }),
  juresParCandidature: z
    .number({ error: "Indiquez le nombre de jurés par candidature." })
    .int({ error: "Indiquez un nombre entier de jurés." })
    .min(1, { error: "Chaque candidature reçoit au moins un juré." })
    .max(JURES_PAR_CANDIDATURE_MAX, { error: `Chaque candidature reçoit au plus ${JURES_PAR_CANDIDATURE_MAX} jurés.` }),
});

export const COMMENTAIRE_MAX = 2_000;

export const evaluerSchema = z.object({
  candidatureId: z.uuid({ error: "Candidature inconnue." }),
  notes: z
    .array(
      z.object({
        critereId: z.uuid({ error: "Critère inconnu." }),
        note: z
          .number({ error: "Choisissez une note de 0 à 5." })
          .int({ error: "Choisissez une note entière de 0 à 5." })
          .min(0, { error: "Choisissez une note de 0 à 5." })
          .max(5, { error: "Choisissez une note de 0 à 5." })
          .nullable(),
        commentaire: z.string().trim().max(COMMENTAIRE_MAX, { error: "Le commentaire ne doit pas dépasser 2 000 caractères." }),
      }),
    )
    .max(20, { error: "Trop de critères." }),
  /** `false` : brouillon (lu par vous seul) ; `true` : évaluation soumise, définitive. */
  soumettre: z.boolean(),
});

/** Adresse électronique comparée sans casse ni espaces (même règle que les comptes). */
const courriel = z
  .string({ error: "Indiquez une adresse électronique." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Indiquez l'adresse électronique du juré." })
  .max(254, { error: "L'adresse électronique ne doit pas dépasser 254 caractères." })
  .pipe(z.email({ error: "Indiquez une adresse électronique valide, par exemple prenom.nom@exemple.fr." }));

export const ajouterJureSchema = z.object({
  sessionId: z.uuid({ error: "Session inconnue." }),
  email: courriel,
  prenom: z.string().trim().max(100, { error: "Le prénom ne doit pas dépasser 100 caractères." }),
  nom: z.string().trim().max(100, { error: "Le nom ne doit pas dépasser 100 caractères." }),
  president: z.boolean(),
});

export const retirerJureSchema = z.object({ membreJuryId: z.uuid({ error: "Juré inconnu." }) });

export const declarerConflitSchema = z.object({
  candidatureId: z.uuid({ error: "Candidature inconnue." }),
  /** Pour un autre juré (administrateur DGALN) ; absent : pour soi-même. */
  membreJuryId: z.uuid({ error: "Juré inconnu." }).optional(),
  motif: z
    .string({ error: "Indiquez la nature du lien." })
    .trim()
    .min(5, { error: "Indiquez la nature du lien (5 caractères au moins) : elle reste interne à la DGALN." })
    .max(500, { error: "Le motif ne doit pas dépasser 500 caractères." }),
});
