// Schémas zod des cas d'usage « organisations » : les mêmes servent au formulaire (react-hook-form)
// et à l'action serveur, si bien qu'un message d'erreur est écrit une seule fois, en français.
// Sans `server-only` : importés par les composants clients.
import { z } from "zod";
import "@/lib/validation/zod-fr";
import { RoleAppartenance } from "@/lib/generated/prisma/enums";

const ROLES = Object.values(RoleAppartenance) as [RoleAppartenance, ...RoleAppartenance[]];

const identifiant = (message: string) => z.uuid({ error: message });

/** Adresse électronique comparée sans casse ni espaces : c'est la clé des comptes. */
export const champCourriel = z
  .string({ error: "Indiquez une adresse électronique." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Indiquez une adresse électronique." })
  .max(254, { error: "L'adresse électronique ne doit pas dépasser 254 caractères." })
  .pipe(z.email({ error: "Indiquez une adresse électronique valide, par exemple prenom.nom@mairie.fr." }));

const champRole = z.enum(ROLES, { error: "Choisissez un rôle." });

export const inviterMembreSchema = z.object({
  organisationId: identifiant("Organisation inconnue."),
  email: champCourriel,
  role: champRole,
});

export const accepterInvitationSchema = z.object({
  // 32 octets aléatoires en base64url : 43 caractères.
  jeton: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "Ce lien d'invitation n'est pas valide : vérifiez qu'il est complet." }),
});

export const modifierRoleSchema = z.object({
  appartenanceId: identifiant("Membre inconnu."),
  role: champRole,
});

export const retirerMembreSchema = z.object({
  appartenanceId: identifiant("Membre inconnu."),
});

/**
 * Clé de contrôle d'un SIRET : algorithme de Luhn ; La Poste (SIREN 356000000) fait exception,
 * la somme de ses chiffres est un multiple de 5 (règle publiée par l'INSEE).
 */
export function siretValide(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith("356000000")) return [...siret].reduce((s, c) => s + Number(c), 0) % 5 === 0;
  let somme = 0;
  for (let i = 0; i < 14; i += 1) {
    let chiffre = Number(siret[13 - i]);
    if (i % 2 === 1) {
      chiffre *= 2;
      if (chiffre > 9) chiffre -= 9;
    }
    somme += chiffre;
  }
  return somme % 10 === 0;
}

export const modifierOrganisationSchema = z.object({
  organisationId: identifiant("Organisation inconnue."),
  /** Date de dernière modification lue par le formulaire : refuse d'écraser une modification concurrente. */
  modifieLe: z.iso.datetime({ error: "Rechargez la page avant de modifier cette organisation." }),
  nom: z
    .string()
    .trim()
    .min(2, { error: "Indiquez le nom de l'organisation (2 caractères au moins)." })
    .max(200, { error: "Le nom ne doit pas dépasser 200 caractères." }),
  courriel: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, { error: "L'adresse électronique ne doit pas dépasser 254 caractères." })
    .refine((v) => v === "" || z.email().safeParse(v).success, {
      error: "Indiquez une adresse électronique valide, par exemple contact@mairie.fr, ou laissez le champ vide.",
    }),
  siret: z
    .string()
    .transform((v) => v.replace(/[\s.]/g, ""))
    .refine((v) => v === "" || /^\d{14}$/.test(v), { error: "Le SIRET compte 14 chiffres (9 du SIREN puis 5 de l'établissement)." })
    .refine((v) => v === "" || !/^\d{14}$/.test(v) || siretValide(v), {
      error: "Ce SIRET n'est pas valide : vérifiez les chiffres (la clé de contrôle ne correspond pas).",
    }),
});

export type InviterMembreEntree = z.input<typeof inviterMembreSchema>;
export type ModifierRoleEntree = z.input<typeof modifierRoleSchema>;
export type ModifierOrganisationEntree = z.input<typeof modifierOrganisationSchema>;
