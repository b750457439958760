// GET /api/livrables-publics/:id — télécharge, sans connexion, le livrable final que la DGALN a rendu
// publiable (page « Ateliers réalisés », décision 036). Tout autre identifiant — livrable non
// publié, ancienne version, pièce, inexistant — reçoit la même 404.
import { chargerLivrablePublic } from "@/lib/ateliers/publics";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import { reponseFichier, reponseJson } from "@/lib/pieces/http";

export const dynamic = "force-dynamic";

type Contexte = { params: Promise<{ id: string }> };

export async function GET(_requete: Request, { params }: Contexte): Promise<Response> {
  const livrable = await chargerLivrablePublic((await params).id);
  if (!livrable) return reponseJson({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE }, 404);
  return reponseFichier(livrable);
}
