// Prévenir les deux parties qu'une modification a annulé les signatures (DESIGN.md §5 : « voids
// every signature, visibly, and notifies the other party »). Après la validation de la transaction.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { prisma } from "@/lib/db";
import { nomActeur } from "./commun";
import { cheminCandidature, notifierParties } from "./notifications";

export async function notifierSignaturesAnnulees(candidatureId: string, acteur: Acteur, cause: string): Promise<number> {
  const c = await prisma.candidature.findUnique({ where: { id: candidatureId }, select: { reference: true, titre: true } });
  if (!c) return 0;
  return notifierParties(
    candidatureId,
    ["collectivite", "etat"],
    "signatures_annulees",
    {
      sujet: `Signatures annulées : la candidature ${c.reference} a été modifiée`,
      paragraphes: [
        `Sur la candidature ${c.reference} (« ${c.titre} »), ${cause} par ${nomActeur(acteur)}.`,
        "Le contenu signé a changé : les signatures déjà données sont annulées. La collectivité principale et le service de l'État doivent relire la candidature et la signer à nouveau avant son dépôt.",
      ],
      chemin: cheminCandidature(candidatureId),
      libelleLien: "Relire la candidature",
    },
    acteur.id,
  );
}
