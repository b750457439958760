import { fr } from "@codegouvfr/react-dsfr";
import { LIBELLES_PIECES } from "@/lib/candidatures/pieces-requises";
import { EnvoiPiece } from "./EnvoiPiece";
import type { PieceAffichee } from "./ListePieces";

/** Pièces de la candidature en rédaction : chaque pièce courante se remplace ; une nouvelle se joint. */
export function GestionPieces({ candidatureId, pieces }: { candidatureId: string; pieces: (PieceAffichee & { emplacement: string })[] }) {
  return (
    <section aria-labelledby="titre-pieces" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-pieces">Pièces jointes</h2>
      {pieces.length === 0 && <p>Aucune pièce n&apos;a encore été jointe.</p>}
      {pieces.map((p) => (
        <div key={p.emplacement} className={fr.cx("fr-mb-3w", "fr-p-2w")} style={{ border: "1px solid var(--border-default-grey)" }}>
          <p className={fr.cx("fr-text--bold", "fr-mb-1v")}>{LIBELLES_PIECES[p.type]}</p>
          <p className={fr.cx("fr-mb-2w")}>
            <a className={fr.cx("fr-link", "fr-link--download")} href={`/api/pieces/${p.id}`} download>
              {p.nomFichier}
              <span className={fr.cx("fr-link__detail")}>version {p.version}</span>
            </a>
          </p>
          <EnvoiPiece candidatureId={candidatureId} emplacement={{ id: p.emplacement, nom: p.nomFichier }} />
        </div>
      ))}
      <h3 className={fr.cx("fr-h6")}>Joindre une nouvelle pièce</h3>
      <EnvoiPiece candidatureId={candidatureId} />
    </section>
  );
}
