// Règles pures du rattachement ProConnect (docs/decisions/006-authentification.md).
// ProConnect transmet le SIRET de l'organisation de l'agent ; on rattache l'utilisateur à
// l'organisation de même SIRET, à défaut à celle de même SIREN (9 premiers chiffres), avec le rôle
// par défaut de son type. La DGALN n'a pas de rôle par défaut : ses rôles (référent,
// administrateur) ouvrent l'administration nationale et ne sont donnés que par un administrateur.
import type { RoleAppartenance, TypeOrganisation } from "@/lib/generated/prisma/client";

export const ROLE_PAR_DEFAUT: Record<TypeOrganisation, RoleAppartenance | null> = {
  commune: "membre",
  epci: "membre",
  departement: "membre",
  region: "membre",
  syndicat_mixte: "membre",
  petr: "membre",
  autre_collectivite: "membre",
  service_etat: "agent",
  dgaln: null,
};

/** SIRET à 14 chiffres (espaces tolérés), sinon null. */
export function normaliserSiret(valeur: unknown): string | null {
  if (typeof valeur !== "string" && typeof valeur !== "number") return null;
  const chiffres = String(valeur).replace(/[\s.]/g, "");
  return /^\d{14}$/.test(chiffres) ? chiffres : null;
}

export function sirenDuSiret(siret: string): string {
  return siret.slice(0, 9);
}

export type OrganisationCandidate = { id: string; type: TypeOrganisation; siret: string | null; siren: string | null; nom: string };

/** L'organisation de même SIRET, à défaut de même SIREN ; null si aucune ou si l'égalité est ambiguë. */
export function choisirOrganisation<O extends OrganisationCandidate>(siret: string, candidates: O[]): { organisation: O; par: "siret" | "siren" } | null {
  const parSiret = candidates.filter((o) => o.siret === siret);
  if (parSiret.length === 1) return { organisation: parSiret[0]!, par: "siret" };
  if (parSiret.length > 1) return null;
  const siren = sirenDuSiret(siret);
  const parSiren = candidates.filter((o) => o.siren === siren);
  return parSiren.length === 1 ? { organisation: parSiren[0]!, par: "siren" } : null;
}

export type ProfilProConnect = {
  id: string;
  email: string;
  prenom: string | null;
  nom: string | null;
  name: string;
  siret: string | null;
};

const texte = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** Claims ProConnect (id_token + userinfo) → profil next-auth. `sub` et `email` sont obligatoires. */
export function profilDepuisClaims(claims: Record<string, unknown>): ProfilProConnect {
  const sub = texte(claims.sub);
  const email = texte(claims.email)?.toLowerCase();
  if (!sub || !email) throw new Error("ProConnect n'a pas transmis les claims obligatoires sub et email.");
  const prenom = texte(claims.given_name);
  const nom = texte(claims.usual_name) ?? texte(claims.family_name);
  return {
    id: sub,
    email,
    prenom,
    nom,
    name: [prenom, nom].filter(Boolean).join(" ") || email,
    siret: normaliserSiret(claims.siret),
  };
}
