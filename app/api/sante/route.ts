import { detailsSantePermis } from "@/lib/sante/acces";
import { verifierSante } from "@/lib/sante/verifier";

export const dynamic = "force-dynamic";

// Réponse publique : le statut seul. Le détail, pour la supervision (SANTE_JETON) ou un
// administrateur DGALN connecté.
export async function GET(requete: Request) {
  const etat = await verifierSante();
  const corps = (await detailsSantePermis(requete)) ? etat : { statut: etat.statut };
  return Response.json(corps, {
    status: etat.statut === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
