// GET /api/messages/pieces-jointes/:id — télécharge la pièce jointe d'un message que l'acteur peut
// lire ; 404 sinon (inexistante ou hors de sa portée : même réponse) ; 401 sans session.
import { avecActeur } from "@/lib/auth/session";
import { telechargerPieceJointe } from "@/lib/messages/http";

export const dynamic = "force-dynamic";

type Contexte = { params: Promise<{ id: string }> };

export const GET = avecActeur<Contexte>(async (_requete, acteur, { params }) => telechargerPieceJointe(acteur, (await params).id));
