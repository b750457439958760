import { verifierSante } from "@/lib/sante/verifier";

export const dynamic = "force-dynamic";

export async function GET() {
  const etat = await verifierSante();
  return Response.json(etat, {
    status: etat.statut === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
