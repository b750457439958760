// GET /api/candidatures/:id/recepisse[?numero=N] — le récépissé PDF du dernier dépôt (ou du dépôt N),
// pour qui peut lire la candidature ; 404 sinon ; 401 sans session. Logique : lib/recepisse/http.ts.
import { avecActeur } from "@/lib/auth/session";
import { telechargerRecepisse } from "@/lib/recepisse/http";

export const dynamic = "force-dynamic";

type Contexte = { params: Promise<{ id: string }> };

export const GET = avecActeur<Contexte>(async (requete, acteur, { params }) =>
  telechargerRecepisse(acteur, (await params).id, new URL(requete.url).searchParams.get("numero")),
);
