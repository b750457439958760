// POST /api/candidatures/:id/pieces — multipart/form-data : `fichier`, et `type` (nouvelle pièce) ou
// `emplacement` (remplacement). Réponse JSON ; 401 sans session ; 403 depuis un autre site.
// Logique : lib/pieces/http.ts.
import { avecActeur } from "@/lib/auth/session";
import { televerserPiece } from "@/lib/pieces/http";
import { avecOrigineVerifiee } from "@/lib/securite/origine";

export const dynamic = "force-dynamic";

type Contexte = { params: Promise<{ id: string }> };

export const POST = avecOrigineVerifiee(
  avecActeur<Contexte>(async (requete, acteur, { params }) => televerserPiece(requete, acteur, (await params).id)),
);
