// GET /api/candidatures/:id/decisions/:decisionId/lettre — la lettre de décision (PDF), pour qui peut
// lire la candidature ; 404 sinon ; 401 sans session. Logique : lib/instruction/lettre-http.ts.
import { avecActeur } from "@/lib/auth/session";
import { telechargerLettre } from "@/lib/instruction/lettre-http";

export const dynamic = "force-dynamic";

type Contexte = { params: Promise<{ id: string; decisionId: string }> };

export const GET = avecActeur<Contexte>(async (_requete, acteur, { params }) => {
  const { id, decisionId } = await params;
  return telechargerLettre(acteur, id, decisionId);
});
