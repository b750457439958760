// GET /api/supports-in-situ/:id — télécharge un support d'atelier in situ ; `?vignette=1` : sa
// vignette (images). 404 hors de la portée de lecture de l'atelier comme pour un support inexistant.
import { avecActeur } from "@/lib/auth/session";
import { telechargerSupport } from "@/lib/ateliers/in-situ/http";

export const dynamic = "force-dynamic";

type Contexte = { params: Promise<{ id: string }> };

export const GET = avecActeur<Contexte>(async (requete, acteur, { params }) =>
  telechargerSupport(acteur, (await params).id, new URL(requete.url).searchParams.has("vignette")),
);
