// POST /api/phases/:id/livrables — dépose une nouvelle version d'un livrable de la phase
// (multipart : fichier, type, titre). Réponse JSON ; 401 sans session ; 403 depuis un autre site.
// Logique : lib/ateliers/phases/http.ts.
import { avecActeur } from "@/lib/auth/session";
import { televerserLivrable } from "@/lib/ateliers/phases/http";
import { avecOrigineVerifiee } from "@/lib/securite/origine";

export const dynamic = "force-dynamic";

type Contexte = { params: Promise<{ id: string }> };

export const POST = avecOrigineVerifiee(
  avecActeur<Contexte>(async (requete, acteur, { params }) => televerserLivrable(requete, acteur, (await params).id)),
);
