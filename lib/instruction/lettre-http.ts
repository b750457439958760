// GET de la lettre d'une décision : le PDF en pièce jointe pour qui peut lire la candidature (les
// deux parties, la DGALN), 404 JSON sinon — même règle que le récépissé (décision 007).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { porteeCandidature } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import { reponseFichier, reponseJson } from "@/lib/pieces/http";
import { aUneLettre } from "./produire-lettre";
import { nomFichierLettre } from "./lettre";

export async function telechargerLettre(acteur: Acteur, candidatureId: string, decisionId: string): Promise<Response> {
  const introuvable = () => reponseJson({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE }, 404);
  if (!estIdentifiant(candidatureId) || !estIdentifiant(decisionId)) return introuvable();
  // La portée de lecture de la candidature est dans le `where` : une lettre hors portée n'est jamais lue.
  const decision = await prisma.decision.findFirst({
    where: { id: decisionId, candidatureId, lettreId: { not: null }, candidature: porteeCandidature(acteur, "lire") },
    select: {
      type: true,
      depotNumero: true,
      candidature: { select: { reference: true } },
      lettre: { select: { contenu: true, typeMime: true, sha256: true } },
    },
  });
  if (!decision?.lettre || !aUneLettre(decision.type)) return introuvable();
  return reponseFichier({
    nomFichier: nomFichierLettre(decision.type, decision.candidature.reference, decision.depotNumero ?? 1),
    ...decision.lettre,
  });
}
