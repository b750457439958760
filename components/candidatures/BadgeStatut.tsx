import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { StatutCandidature } from "@/lib/generated/prisma/enums";
import { STATUTS } from "./libelles";

export function BadgeStatut({ statut, small = false }: { statut: StatutCandidature; small?: boolean }) {
  const { libelle, severite } = STATUTS[statut];
  return (
    <Badge as="span" small={small} severity={severite} noIcon={severite === undefined}>
      {libelle}
    </Badge>
  );
}
