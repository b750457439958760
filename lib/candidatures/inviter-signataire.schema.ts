// Inviter le signataire de l'autre partie (issue 9, point 4) : partagé par le formulaire et le cas d'usage.
import { z } from "zod";
import "@/lib/validation/zod-fr";
import { champCourriel } from "@/lib/organisations/organisations.schema";

export const inviterSignataireSchema = z.object({
  candidatureId: z.uuid({ error: "Candidature inconnue." }),
  partie: z.enum(["collectivite", "etat"], { error: "Indiquez quelle partie doit signer." }),
  email: champCourriel,
});

export type InviterSignataireEntree = z.input<typeof inviterSignataireSchema>;
