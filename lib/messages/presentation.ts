// Présentation d'un message : au titre de quelle organisation son auteur écrit sur cette candidature
// (collectivité porteuse, service de l'État, DGALN), en français. Module pur.
import { LIBELLES_ROLE } from "@/lib/auth/libelles";
import type { RoleAppartenance, TypeOrganisation } from "@/lib/generated/prisma/enums";
import type { CandidatureCible } from "@/lib/autorisations/titulaires";
import { PROFIL_DU_TYPE } from "@/lib/autorisations/politique";
import { TYPES_MIME } from "@/lib/fichiers/type-fichier";

type AppartenanceAuteur = { role: RoleAppartenance; organisation: { id: string; nom: string; type: TypeOrganisation; codeDepartement: string | null } };

/** « Commune d'Andouillé · Signataire » : l'appartenance qui rattache l'auteur à la candidature, ou `null`. */
export function qualiteAuteur(appartenances: readonly AppartenanceAuteur[], c: Omit<CandidatureCible, "id">): string | null {
  const porteuses = new Set([c.collectivitePrincipaleId, ...c.porteuseIds]);
  const rangs = appartenances
    .map((a) => {
      const profil = PROFIL_DU_TYPE[a.organisation.type];
      const o = a.organisation;
      if (profil === "collectivite" && porteuses.has(o.id)) return { a, rang: 0 };
      if (profil === "etat" && (o.id === c.serviceEtatId || o.codeDepartement === c.codeDepartement)) return { a, rang: o.id === c.serviceEtatId ? 1 : 2 };
      if (profil === "dgaln") return { a, rang: 3 };
      return null;
    })
    .filter((r) => r !== null)
    .sort((x, y) => x.rang - y.rang);
  const choisie = rangs[0]?.a;
  return choisie ? `${choisie.organisation.nom} · ${LIBELLES_ROLE[choisie.role]}` : null;
}

const FORMATS: Record<string, string> = Object.fromEntries(Object.entries(TYPES_MIME).map(([ext, mime]) => [mime, ext === "jpg" ? "JPEG" : ext.toUpperCase()]));

/** « PDF », « DOCX »… d'après le type reconnu au dépôt. */
export function formatFichier(typeMime: string): string {
  return FORMATS[typeMime] ?? "Fichier";
}
