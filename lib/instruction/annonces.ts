// Ce que la fiche annonce après une décision (paramètre `?decision=<type>` de la redirection).
import type { TypeDecision } from "@/lib/generated/prisma/enums";

const ANNONCES: Partial<Record<TypeDecision, string>> = {
  recevable: "La candidature est déclarée recevable : elle entre en instruction. Les deux parties sont prévenues par courriel.",
  irrecevable: "La candidature est déclarée irrecevable. La lettre de décision est dans la chronologie, et les deux parties l'ont reçue par courriel.",
  corrections_demandees: "La demande de corrections est envoyée aux deux parties avec sa lettre. La candidature leur est rouverte.",
};

export function annonceDecision(parametre: string | string[] | undefined): string | null {
  return typeof parametre === "string" && parametre in ANNONCES ? ANNONCES[parametre as TypeDecision]! : null;
}
