import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { SensAvis } from "@/lib/generated/prisma/enums";
import { LIBELLES_SENS_AVIS, SEVERITE_SENS } from "./libelles";

/** Le sens d'un avis en badge DSFR : « Favorable », « Réservé », « Défavorable ». */
export function BadgeSens({ sens, small = false }: { sens: SensAvis; small?: boolean }) {
  return (
    <Badge as="span" severity={SEVERITE_SENS[sens]} small={small}>
      {LIBELLES_SENS_AVIS[sens]}
    </Badge>
  );
}
