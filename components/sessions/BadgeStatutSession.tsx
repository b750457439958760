import { fr } from "@codegouvfr/react-dsfr";
import { LIBELLES_STATUT_SESSION } from "@/lib/candidatures/regles/libelles";
import type { StatutSession } from "@/lib/generated/prisma/enums";

const COULEUR: Record<StatutSession, "fr-badge--new" | "fr-badge--success" | "fr-badge--info" | "fr-badge--warning" | undefined> = {
  brouillon: undefined,
  ouverte: "fr-badge--success",
  cloturee: "fr-badge--info",
  en_deliberation: "fr-badge--warning",
  resultats_publies: "fr-badge--new",
};

export function BadgeStatutSession({ statut }: { statut: StatutSession }) {
  const libelle = LIBELLES_STATUT_SESSION[statut];
  return <p className={fr.cx("fr-badge", COULEUR[statut], "fr-badge--no-icon")}>{libelle.charAt(0).toUpperCase() + libelle.slice(1)}</p>;
}
