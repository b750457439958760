// GET /api/ateliers/export?fichier=csv|xlsx&<filtres de « Mes ateliers »> — la sélection de la liste
// en CSV ou XLSX, en flux ; 401 sans session, 403 sans le droit `atelier.lire`, 400 sans format.
// Logique : lib/ateliers/export-http.ts.
import { avecActeur } from "@/lib/auth/session";
import { telechargerExportAteliers } from "@/lib/ateliers/export-http";

export const dynamic = "force-dynamic";

export const GET = avecActeur<unknown>(async (requete, acteur) => telechargerExportAteliers(requete, acteur));
