import { fr } from "@codegouvfr/react-dsfr";
import { LIBELLES_PIECES } from "@/lib/candidatures/regles";
import type { TypePiece } from "@/lib/generated/prisma/enums";
import { dateIso, formaterDate } from "@/lib/format/dates";
import { formaterNombre } from "@/lib/format/nombres";

export type PieceAffichee = {
  id: string;
  type: TypePiece;
  version: number;
  nomFichier: string;
  creeLe: Date;
  fichier: { taille: number; typeMime: string };
  deposeePar: { prenom: string | null; nom: string | null } | null;
};

function taille(octets: number): string {
  if (octets < 1024 * 1024) return `${formaterNombre(Math.max(1, Math.round(octets / 1024)))} ko`;
  return `${formaterNombre(Math.round((octets / (1024 * 1024)) * 10) / 10)} Mo`;
}

/** Les pièces courantes, avec leur version et un lien de téléchargement (nom et type d'origine). */
export function ListePieces({ pieces }: { pieces: PieceAffichee[] }) {
  return (
    <section aria-labelledby="titre-pieces" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-pieces">Pièces jointes</h2>
      {pieces.length === 0 ? (
        <p>Aucune pièce n&apos;a encore été jointe.</p>
      ) : (
        <ul className={fr.cx("fr-raw-list")}>
          {pieces.map((p) => (
            <li key={p.id} className={fr.cx("fr-mb-2w")}>
              <p className={fr.cx("fr-text--bold", "fr-mb-1v")}>{LIBELLES_PIECES[p.type]}</p>
              <a className={fr.cx("fr-link", "fr-link--download")} href={`/api/pieces/${p.id}`} download>
                {p.nomFichier}
                <span className={fr.cx("fr-link__detail")}>
                  {p.fichier.typeMime.split("/")[1]?.toUpperCase()} – {taille(p.fichier.taille)} – version {p.version}, ajoutée le{" "}
                  <time dateTime={dateIso(p.creeLe)}>{formaterDate(p.creeLe)}</time>
                  {p.deposeePar ? ` par ${[p.deposeePar.prenom, p.deposeePar.nom].filter(Boolean).join(" ")}` : ""}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
