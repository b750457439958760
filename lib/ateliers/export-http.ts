// GET de l'export de « Mes ateliers » : même filtre d'accès que la page (droit `atelier.lire`,
// 403 sinon ; 401 sans session par la route), format csv ou xlsx, filtres de l'adresse de la liste,
// réponse en flux. Le premier lot est lu avant d'envoyer les en-têtes (erreur 500 en français
// plutôt qu'un fichier tronqué), comme l'export des candidatures (lib/instruction/export-http.ts).
import "server-only";
import { PassThrough, Readable } from "node:stream";
import type { Acteur } from "@/lib/auth/acteur";
import { aUnDroit } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { MESSAGE_ERREUR_INATTENDUE } from "@/lib/errors";
import { ecrireCsvColonnes, ecrireXlsxColonnes } from "@/lib/instruction/export";
import { lireDemandeExport, MESSAGE_FORMAT_EXPORT } from "@/lib/instruction/export-http";
import { journal } from "@/lib/journalisation/logger";
import { idRequeteCourante } from "@/lib/journalisation/requete";
import { reponseJson } from "@/lib/pieces/http";
import { COLONNES_EXPORT_ATELIERS, lotsExportAteliers, nomFichierExportAteliers, type LigneExportAtelier } from "./export";
import { lireFiltresAteliers } from "./filtres";
import { selectionAteliers } from "./liste";

export const MESSAGE_EXPORT_ATELIERS_REFUSE =
  "L'export des ateliers est réservé aux collectivités qui en portent un, aux services de l'État et à la DGALN.";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export async function telechargerExportAteliers(requete: Request, acteur: Acteur): Promise<Response> {
  if (!aUnDroit(acteur, "atelier", "lire")) return reponseJson({ ok: false, code: "ACCES_REFUSE", message: MESSAGE_EXPORT_ATELIERS_REFUSE }, 403);
  const { format, filtres } = lireDemandeExport(new URL(requete.url).searchParams);
  if (!format) return reponseJson({ ok: false, code: "INVALIDE", message: MESSAGE_FORMAT_EXPORT }, 400);
  const debut = performance.now();
  const contexte = { idRequete: await idRequeteCourante(), acteurId: acteur.id, action: `ateliers.export.${format}` };
  const maintenant = new Date();

  let lots: AsyncGenerator<LigneExportAtelier[]>;
  let premier: IteratorResult<LigneExportAtelier[], void>;
  try {
    lots = lotsExportAteliers(prisma, selectionAteliers(acteur, lireFiltresAteliers(filtres), { maintenant }), maintenant);
    premier = await lots.next();
  } catch (erreur) {
    journal.error({ ...contexte, erreur }, "export des ateliers : sélection illisible");
    return reponseJson({ ok: false, code: "ERREUR_INATTENDUE", message: MESSAGE_ERREUR_INATTENDUE }, 500);
  }
  async function* tous(): AsyncGenerator<LigneExportAtelier[]> {
    if (!premier.done) yield premier.value;
    yield* lots;
  }

  const sortie = new PassThrough();
  const ecrire =
    format === "csv"
      ? ecrireCsvColonnes(COLONNES_EXPORT_ATELIERS, tous(), sortie)
      : ecrireXlsxColonnes(COLONNES_EXPORT_ATELIERS, "Ateliers", tous(), sortie);
  ecrire.then(
    ({ lignes }) => journal.info({ ...contexte, lignes, dureeMs: Math.round(performance.now() - debut), issue: "ok" }, "export des ateliers"),
    (erreur) => {
      journal.error({ ...contexte, erreur }, "export des ateliers : interrompu");
      sortie.destroy(erreur instanceof Error ? erreur : new Error(String(erreur)));
    },
  );
  return new Response(Readable.toWeb(sortie) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${nomFichierExportAteliers(format, maintenant)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
