// POST /api/ateliers-in-situ/:id/supports — dépose un support de l'atelier in situ (multipart :
// fichier). Réponse JSON ; 401 sans session ; 403 depuis un autre site ; 404 hors portée.
// Logique : lib/ateliers/in-situ/http.ts.
import { avecActeur } from "@/lib/auth/session";
import { televerserSupport } from "@/lib/ateliers/in-situ/http";
import { avecOrigineVerifiee } from "@/lib/securite/origine";

export const dynamic = "force-dynamic";

type Contexte = { params: Promise<{ id: string }> };

export const POST = avecOrigineVerifiee(
  avecActeur<Contexte>(async (requete, acteur, { params }) => televerserSupport(requete, acteur, (await params).id)),
);
