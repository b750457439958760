// Libellés du sens d'un avis d'expert, sans dépendance (chargés aussi par les composants clients).
import type { SensAvis } from "@/lib/generated/prisma/enums";

export const LIBELLES_SENS_AVIS: Record<SensAvis, string> = {
  favorable: "Favorable",
  reserve: "Réservé",
  defavorable: "Défavorable",
};
