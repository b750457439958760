import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { VisibiliteMessage } from "@/lib/generated/prisma/enums";
import { LIBELLES_VISIBILITE } from "@/lib/messages/libelles";

const SEVERITES = { tous: "info", etat_dgaln: "new", dgaln: "warning" } as const satisfies Record<VisibiliteMessage, "info" | "new" | "warning">;

/** Qui lit ce message, en toutes lettres (« Note interne DGALN »…). */
export function BadgeVisibilite({ visibilite }: { visibilite: VisibiliteMessage }) {
  return (
    <Badge small severity={SEVERITES[visibilite]} noIcon>
      <span className="fr-sr-only">Lecteurs : </span>
      {LIBELLES_VISIBILITE[visibilite]}
    </Badge>
  );
}
