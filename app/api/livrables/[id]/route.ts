// GET /api/livrables/:id — télécharge un livrable (nom d'origine, type reconnu par le contenu) ; 404
// hors de la portée de lecture de l'atelier comme pour un livrable inexistant ; 401 sans session.
import { avecActeur } from "@/lib/auth/session";
import { telechargerLivrable } from "@/lib/ateliers/phases/http";

export const dynamic = "force-dynamic";

type Contexte = { params: Promise<{ id: string }> };

export const GET = avecActeur<Contexte>(async (_requete, acteur, { params }) => telechargerLivrable(acteur, (await params).id));
