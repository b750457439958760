// GET de l'export du tableau d'instruction : droit `candidature.tableau` (403 sinon, 401 sans
// session par la route), format csv ou xlsx, filtres de l'adresse du tableau, réponse en flux.
// Le premier lot est lu avant d'envoyer les en-têtes : une base injoignable donne une vraie
// erreur 500 en français plutôt qu'un fichier tronqué.
import "server-only";
import { PassThrough, Readable } from "node:stream";
import type { Acteur } from "@/lib/auth/acteur";
import { aUnDroit } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { MESSAGE_ERREUR_INATTENDUE } from "@/lib/errors";
import { journal } from "@/lib/journalisation/logger";
import { idRequeteCourante } from "@/lib/journalisation/requete";
import { reponseJson } from "@/lib/pieces/http";
import { ecrireCsv, ecrireXlsx, FORMATS_EXPORT, lotsExport, nomFichierExport, type FormatExport, type LigneExport } from "./export";
import { lireFiltres } from "./filtres";
import { selectionTableau } from "./selection";

export const MESSAGE_EXPORT_REFUSE =
  "L'export des candidatures est réservé à la DGALN et aux services de l'État (pour leur département). Les collectivités retrouvent les leurs dans « Mes candidatures ».";
export const MESSAGE_FORMAT_EXPORT = "Choisissez le type de fichier de l'export : CSV ou XLSX.";

const TYPES: Record<FormatExport, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Le type de fichier (`fichier=csv|xlsx`) et les filtres du tableau, tels quels : `format` reste le
 * format d'atelier (national, local, flash) du tableau.
 */
export function lireDemandeExport(parametres: URLSearchParams): { format: FormatExport | null; filtres: URLSearchParams } {
  const filtres = new URLSearchParams(parametres);
  const valeur = filtres.get("fichier") ?? "";
  const format = (FORMATS_EXPORT as readonly string[]).includes(valeur) ? (valeur as FormatExport) : null;
  filtres.delete("fichier");
  return { format, filtres };
}

export async function telechargerExport(requete: Request, acteur: Acteur): Promise<Response> {
  if (!aUnDroit(acteur, "candidature", "tableau")) return reponseJson({ ok: false, code: "ACCES_REFUSE", message: MESSAGE_EXPORT_REFUSE }, 403);
  const { format, filtres } = lireDemandeExport(new URL(requete.url).searchParams);
  if (!format) return reponseJson({ ok: false, code: "INVALIDE", message: MESSAGE_FORMAT_EXPORT }, 400);
  const debut = performance.now();
  const contexte = { idRequete: await idRequeteCourante(), acteurId: acteur.id, action: `instruction.export.${format}` };

  let lots: AsyncGenerator<LigneExport[]>;
  let premier: IteratorResult<LigneExport[], void>;
  try {
    lots = lotsExport(prisma, (await selectionTableau(acteur, lireFiltres(filtres))).where);
    premier = await lots.next();
  } catch (erreur) {
    journal.error({ ...contexte, erreur }, "export : sélection illisible");
    return reponseJson({ ok: false, code: "ERREUR_INATTENDUE", message: MESSAGE_ERREUR_INATTENDUE }, 500);
  }
  async function* tous(): AsyncGenerator<LigneExport[]> {
    if (!premier.done) yield premier.value;
    yield* lots;
  }

  const sortie = new PassThrough();
  (format === "csv" ? ecrireCsv : ecrireXlsx)(tous(), sortie).then(
    ({ lignes }) => journal.info({ ...contexte, lignes, dureeMs: Math.round(performance.now() - debut), issue: "ok" }, "export des candidatures"),
    (erreur) => {
      // Les en-têtes sont partis : le téléchargement s'interrompt, le navigateur le signale en échec.
      journal.error({ ...contexte, erreur }, "export : interrompu");
      sortie.destroy(erreur instanceof Error ? erreur : new Error(String(erreur)));
    },
  );
  const nom = nomFichierExport(format);
  return new Response(Readable.toWeb(sortie) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${nom}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
