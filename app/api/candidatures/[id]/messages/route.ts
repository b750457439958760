// POST /api/candidatures/:id/messages — multipart/form-data : `contenu`, `visibilite`, `fichiers`
// (0 à 5). Réponse JSON ; 401 sans session ; 403 depuis un autre site. Logique : lib/messages/http.ts.
import { avecActeur } from "@/lib/auth/session";
import { envoyerMessage } from "@/lib/messages/http";
import { avecOrigineVerifiee } from "@/lib/securite/origine";

export const dynamic = "force-dynamic";

type Contexte = { params: Promise<{ id: string }> };

export const POST = avecOrigineVerifiee(
  avecActeur<Contexte>(async (requete, acteur, { params }) => envoyerMessage(requete, acteur, (await params).id)),
);
