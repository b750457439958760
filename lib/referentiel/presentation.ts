// Présentation d'une collectivité du référentiel dans une liste : de quoi distinguer deux homonymes.
import { LIBELLES_TYPE_ORGANISATION } from "@/lib/auth/libelles";
import type { TypeOrganisation } from "@/lib/generated/prisma/enums";

type CollectiviteResumee = { type: TypeOrganisation; codeInsee: string | null; siren: string | null; codeDepartement: string | null };

/** « Commune · INSEE 53005 · département 53 », « Intercommunalité (EPCI) · SIREN 245300330 · département 53 ». */
export function detailCollectivite(c: CollectiviteResumee): string {
  return [LIBELLES_TYPE_ORGANISATION[c.type], c.codeInsee ? `INSEE ${c.codeInsee}` : c.siren && `SIREN ${c.siren}`, c.codeDepartement && `département ${c.codeDepartement}`]
    .filter(Boolean)
    .join(" · ");
}
