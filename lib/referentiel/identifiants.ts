import { createHash } from "node:crypto";

// Identifiants stables des organisations du référentiel : un UUID version 5 (RFC 9562, SHA-1)
// dérivé d'une clé naturelle (« commune:53005 », « dep:53 », « etat:53 », « dgaln »). Le même
// import donne les mêmes id dans toutes les bases (développement, tests, production), et un
// réimport met à jour au lieu de dupliquer.
const ESPACE_DE_NOMS = "6f1d2c3e-8a47-5b0e-9c1a-0d5e4a7b3f21";

export function idStable(cle: string): string {
  const espace = Buffer.from(ESPACE_DE_NOMS.replaceAll("-", ""), "hex");
  const octets = createHash("sha1").update(espace).update(cle, "utf8").digest().subarray(0, 16);
  octets[6] = (octets[6]! & 0x0f) | 0x50;
  octets[8] = (octets[8]! & 0x3f) | 0x80;
  const hex = octets.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const cles = {
  commune: (codeInsee: string) => `commune:${codeInsee}`,
  epci: (siren: string) => `epci:${siren}`,
  departement: (code: string) => `dep:${code}`,
  region: (code: string) => `reg:${code}`,
  serviceEtat: (codeDepartement: string) => `etat:${codeDepartement}`,
  dgaln: () => "dgaln",
} as const;

export const idServiceEtat = (codeDepartement: string) => idStable(cles.serviceEtat(codeDepartement));
export const idDgaln = () => idStable(cles.dgaln());
