import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { StatutAtelier, StatutPhase } from "@/lib/generated/prisma/enums";
import { STATUTS_ATELIER, STATUTS_PHASE } from "./libelles";

export function BadgeStatutAtelier({ statut, small = false }: { statut: StatutAtelier; small?: boolean }) {
  const { libelle, severite } = STATUTS_ATELIER[statut];
  return (
    <Badge as="span" small={small} severity={severite} noIcon={severite === undefined}>
      {libelle}
    </Badge>
  );
}

export function BadgeStatutPhase({ statut, small = false }: { statut: StatutPhase; small?: boolean }) {
  const { libelle, severite } = STATUTS_PHASE[statut];
  return (
    <Badge as="span" small={small} severity={severite} noIcon={severite === undefined}>
      {libelle}
    </Badge>
  );
}

/** « En retard » : la fin prévue d'une phase non validée est passée. */
export function BadgeEnRetard({ small = false }: { small?: boolean }) {
  return (
    <Badge as="span" small={small} severity="warning">
      En retard
    </Badge>
  );
}
