// GET /api/instruction/export?fichier=csv|xlsx&<filtres du tableau> — la sélection du tableau
// d'instruction en CSV ou XLSX, en flux ; 401 sans session, 403 sans le droit `candidature.tableau`,
// 400 sans format. Logique : lib/instruction/export-http.ts.
import { avecActeur } from "@/lib/auth/session";
import { telechargerExport } from "@/lib/instruction/export-http";

export const dynamic = "force-dynamic";

export const GET = avecActeur<unknown>(async (requete, acteur) => telechargerExport(requete, acteur));
