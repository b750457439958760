import { fr } from "@codegouvfr/react-dsfr";
import { LIBELLES_PIECES } from "@/lib/candidatures/regles";
import { dateIso, formaterDate } from "@/lib/format/dates";
import type { PieceLisible } from "@/lib/candidatures/contenu-lisible";
import { formaterNombre } from "@/lib/format/nombres";
import { TYPES_MIME, type ExtensionAcceptee } from "@/lib/fichiers/type-fichier";

/** Une pièce telle que la lit le contenu signé (lib/candidatures/contenu-lisible.ts). */
export type PieceAffichee = PieceLisible;

/** « PDF », « DOCX » : le type reconnu au dépôt (R8), jamais son code MIME. */
function typeFichier(typeMime: string): string {
  const extension = (Object.keys(TYPES_MIME) as ExtensionAcceptee[]).find((e) => TYPES_MIME[e] === typeMime);
  return extension === "jpg" ? "JPEG" : (extension?.toUpperCase() ?? "Fichier");
}

/** « 12 ko », « 1,4 Mo » : la taille d'un fichier joint, comme dans la liste des pièces. */
export function taille(octets: number): string {
  if (octets < 1024 * 1024) return `${formaterNombre(Math.max(1, Math.round(octets / 1024)))} ko`;
  return `${formaterNombre(Math.round((octets / (1024 * 1024)) * 10) / 10)} Mo`;
}

/**
 * Les pièces courantes, avec leur version et un lien de téléchargement (nom et type d'origine).
 * `niveau` : 3 quand la liste est une partie du contenu signé (sous son titre de niveau 2).
 */
export function ListePieces({ pieces, niveau = 2 }: { pieces: PieceAffichee[]; niveau?: 2 | 3 }) {
  const Titre = niveau === 2 ? "h2" : "h3";
  return (
    // Un nom de fichier sans espace passe à la ligne plutôt que de déborder sur mobile.
    <section aria-labelledby="titre-pieces" className={fr.cx(niveau === 2 ? "fr-mb-6w" : "fr-mb-4w")} style={{ overflowWrap: "anywhere" }}>
      <Titre id="titre-pieces" className={niveau === 3 ? fr.cx("fr-h6") : undefined}>
        Pièces jointes
      </Titre>
      {pieces.length === 0 ? (
        <p>Aucune pièce n&apos;a encore été jointe.</p>
      ) : (
        <ul className={fr.cx("fr-raw-list")}>
          {pieces.map((p) => (
            <li key={p.id} className={fr.cx("fr-mb-2w")}>
              <p className={fr.cx("fr-text--bold", "fr-mb-1v")}>{LIBELLES_PIECES[p.type]}</p>
              {/* Le détail d'un lien de téléchargement DSFR ne passe pas à la ligne : il reste court (type et
                  taille), la version et l'auteur vont dessous, pour ne pas déborder sur un téléphone. */}
              <a className={fr.cx("fr-link", "fr-link--download")} href={`/api/pieces/${p.id}`} download>
                {p.nomFichier}
                <span className={fr.cx("fr-link__detail")}>
                  {typeFichier(p.fichier.typeMime)} – {taille(p.fichier.taille)}
                </span>
              </a>
              <p className={fr.cx("fr-text--sm", "fr-mb-0")}>
                Version {p.version}, ajoutée le <time dateTime={dateIso(p.creeLe)}>{formaterDate(p.creeLe)}</time>
                {p.deposeePar ? ` par ${[p.deposeePar.prenom, p.deposeePar.nom].filter(Boolean).join(" ")}` : ""}.
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
