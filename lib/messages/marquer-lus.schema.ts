// Marquer comme lus les messages affichés d'un fil (issue 12).
import { z } from "zod";
import "@/lib/validation/zod-fr";

export const marquerLusSchema = z.object({
  candidatureId: z.uuid({ error: "Candidature inconnue." }),
  messageIds: z.array(z.uuid({ error: "Message inconnu." })).max(2_000),
});
