// Libellés et badges des avis : le sens (favorable, réservé, défavorable) et l'état d'une demande.
// `Record` exhaustifs : une valeur ajoutée au schéma ne compile pas tant qu'elle n'a pas de libellé.
import type { AlertProps } from "@codegouvfr/react-dsfr/Alert";
import type { EtatDemandeAvis } from "@/lib/avis/regles";
import { LIBELLES_SENS_AVIS } from "@/lib/avis/libelles";
import type { SensAvis } from "@/lib/generated/prisma/enums";

export const SEVERITE_SENS: Record<SensAvis, AlertProps.Severity> = {
  favorable: "success",
  reserve: "warning",
  defavorable: "error",
};

export { LIBELLES_SENS_AVIS };

export const ETATS_DEMANDE: Record<EtatDemandeAvis, { libelle: string; severite: AlertProps.Severity | "new" | undefined }> = {
  en_attente: { libelle: "En attente", severite: "info" },
  en_retard: { libelle: "En retard", severite: "warning" },
  rendu: { libelle: "Rendu", severite: "success" },
  annulee: { libelle: "Annulée", severite: undefined },
};
