import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { taille } from "@/components/candidatures/ListePieces";
import { dateIso, formaterDateHeure } from "@/lib/format/dates";
import type { Fil, MessageAffiche } from "@/lib/messages/fil";
import { LIBELLES_VISIBILITE } from "@/lib/messages/libelles";
import { formatFichier } from "@/lib/messages/presentation";
import { BadgeVisibilite } from "./BadgeVisibilite";
import { FormulaireMessage } from "./FormulaireMessage";

function Message({ m }: { m: MessageAffiche }) {
  return (
    <article
      aria-labelledby={`message-${m.id}`}
      className={fr.cx("fr-p-2w", "fr-mb-2w")}
      style={{
        border: "1px solid var(--border-default-grey)",
        background: m.deMoi ? "var(--background-alt-blue-france)" : "var(--background-default-grey)",
      }}
    >
      <ul className={fr.cx("fr-badges-group", "fr-mb-1v")}>
        <li>
          <BadgeVisibilite visibilite={m.visibilite} />
        </li>
        {m.nouveau && (
          <li>
            <Badge small severity="new">
              Nouveau
            </Badge>
          </li>
        )}
      </ul>
      <h3 id={`message-${m.id}`} className={fr.cx("fr-text--md", "fr-mb-0")}>
        {m.deMoi ? `${m.auteur} (vous)` : m.auteur}
      </h3>
      <p className={fr.cx("fr-text--sm", "fr-mb-1w")} style={{ color: "var(--text-mention-grey)" }}>
        {m.qualite && <>{m.qualite} · </>}
        <time dateTime={dateIso(m.creeLe)}>le {formaterDateHeure(m.creeLe)}</time>
      </p>
      <p className={fr.cx("fr-mb-0")} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {m.contenu}
      </p>
      {m.piecesJointes.length > 0 && (
        <ul className={fr.cx("fr-mt-1w", "fr-mb-0")} aria-label={`Pièces jointes du message de ${m.auteur}`}>
          {m.piecesJointes.map((p) => (
            <li key={p.id}>
              <a className={fr.cx("fr-link", "fr-link--sm", "fr-link--download")} href={`/api/messages/pieces-jointes/${p.id}`} style={{ overflowWrap: "anywhere" }}>
                {p.nomFichier}
                <span className={fr.cx("fr-link__detail")}>
                  {formatFichier(p.typeMime)} – {taille(p.taille)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/**
 * Les messages de la candidature que l'acteur peut lire, chacun avec ses lecteurs (badge), puis le
 * formulaire pour écrire aux seules visibilités que la politique lui ouvre.
 */
export function FilMessages({ candidatureId, fil }: { candidatureId: string; fil: Fil }) {
  const nouveaux = fil.messages.filter((m) => m.nouveau).length;
  return (
    <section id="messages" aria-labelledby="titre-messages" className={fr.cx("fr-mt-4w")}>
      <h2 id="titre-messages">Messages</h2>
      <p className={fr.cx("fr-text--sm")}>
        Vous lisez ici les messages destinés à : {fil.lecture.map((v) => `« ${LIBELLES_VISIBILITE[v]} »`).join(", ")}.
        {nouveaux > 0 && ` ${nouveaux === 1 ? "Un message est nouveau" : `${nouveaux} messages sont nouveaux`} pour vous.`}
      </p>
      {fil.messages.length === 0 ? (
        <p>Aucun message pour l&apos;instant.</p>
      ) : (
        <ol className={fr.cx("fr-raw-list")} aria-label="Fil des messages, du plus ancien au plus récent">
          {fil.messages.map((m) => (
            <li key={m.id}>
              <Message m={m} />
            </li>
          ))}
        </ol>
      )}
      {fil.ecriture.length > 0 && <FormulaireMessage candidatureId={candidatureId} visibilites={fil.ecriture} />}
    </section>
  );
}
