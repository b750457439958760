// GET /api/pieces/:id — télécharge une pièce (nom d'origine, type reconnu par le contenu) ; 404 hors
// périmètre ; 401 sans session. Logique : lib/pieces/http.ts.
import { avecActeur } from "@/lib/auth/session";
import { telechargerPiece } from "@/lib/pieces/http";

export const dynamic = "force-dynamic";

type Contexte = { params: Promise<{ id: string }> };

export const GET = avecActeur<Contexte>(async (_requete, acteur, { params }) => telechargerPiece(acteur, (await params).id));
