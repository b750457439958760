// Relancer un courriel en échec (administration) : partagé par le bouton et le cas d'usage.
import { z } from "zod";
import "@/lib/validation/zod-fr";

export const relancerCourrielSchema = z.object({ courrielId: z.uuid({ error: "Courriel inconnu." }) });
