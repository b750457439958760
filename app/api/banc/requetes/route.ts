// GET /api/banc/requetes — compteur des requêtes SQL du processus, pour le banc des pages ; 404 sauf
// si BANC_COMPTER_REQUETES=1 (jamais sous `npm start`). Logique : lib/banc/compteur-requetes.ts.
import { lireCompteurRequetes } from "@/lib/banc/compteur-requetes";

export const dynamic = "force-dynamic";

export function GET() {
  const requetes = lireCompteurRequetes();
  if (requetes === null) return new Response("Introuvable", { status: 404 });
  return Response.json({ requetes }, { headers: { "Cache-Control": "no-store" } });
}
