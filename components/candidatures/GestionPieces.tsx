import { fr } from "@codegouvfr/react-dsfr";
import { LIBELLES_PIECES } from "@/lib/candidatures/pieces-requises";
import type { ResultatAction } from "@/lib/errors";
import { EnvoiPiece } from "./EnvoiPiece";
import type { PieceAffichee } from "./ListePieces";
import { RetirerPiece } from "./RetirerPiece";

/** Pièces de la candidature en rédaction : chaque pièce courante se remplace ou se retire ; une nouvelle se joint. */
export function GestionPieces({
  candidatureId,
  pieces,
  consequenceSignatures,
  retirer,
}: {
  candidatureId: string;
  pieces: (PieceAffichee & { emplacement: string })[];
  /** Qui devra signer de nouveau après un changement, si le contenu actuel est signé. */
  consequenceSignatures?: string | null;
  retirer: (entree: unknown) => Promise<ResultatAction<unknown>>;
}) {
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
          <EnvoiPiece candidatureId={candidatureId} emplacement={{ id: p.emplacement, nom: p.nomFichier }} consequenceSignatures={consequenceSignatures} />
          <RetirerPiece pieceId={p.id} nomFichier={p.nomFichier} consequenceSignatures={consequenceSignatures} retirer={retirer} />
        </div>
      ))}
      <h3 className={fr.cx("fr-h6")}>Joindre une nouvelle pièce</h3>
      <EnvoiPiece candidatureId={candidatureId} consequenceSignatures={consequenceSignatures} />
    </section>
  );
}
