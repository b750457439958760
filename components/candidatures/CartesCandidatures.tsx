import type { ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Card } from "@codegouvfr/react-dsfr/Card";
import { dateIso, formaterDate } from "@/lib/format/dates";
import { BadgeNonLus } from "@/components/messages/BadgeNonLus";
import { BadgeStatut } from "./BadgeStatut";
import { FORMATS } from "./libelles";
import type { LigneTableau } from "./TableauCandidatures";

/** « 1 signature sur 2 » : l'état des signatures du contenu actuel, en toutes lettres. */
export function texteSignatures(n: number): string {
  return `${n} signature${n > 1 ? "s" : ""} sur 2`;
}

type PropsCarte = {
  candidature: Pick<LigneTableau, "id" | "reference" | "titre" | "statut" | "signaturesValides" | "messagesNonLus">;
  titleAs: "h2" | "h3";
  desc: string;
  /** Le détail daté en bas de carte (un seul nœud : fr-card__detail est une boîte flex). */
  detail: ReactNode;
};

/** Une candidature en carte : référence et titre en lien, statut, signatures, description, date. */
export function CarteCandidature({ candidature: c, titleAs, desc, detail }: PropsCarte) {
  return (
    <Card
      size="small"
      titleAs={titleAs}
      border
      enlargeLink
      linkProps={{ href: `/candidatures/${c.id}` }}
      title={`${c.reference} — ${c.titre}`}
      start={
        <ul className={fr.cx("fr-badges-group")}>
          <li>
            <BadgeStatut statut={c.statut} small />
          </li>
          <li>
            <Badge small noIcon>
              {texteSignatures(c.signaturesValides)}
            </Badge>
          </li>
          {c.messagesNonLus > 0 && (
            <li>
              <BadgeNonLus nombre={c.messagesNonLus} />
            </li>
          )}
        </ul>
      }
      desc={desc}
      end={
        <p className={fr.cx("fr-card__detail")}>
          <span>{detail}</span>
        </p>
      }
    />
  );
}

/**
 * « Mes candidatures » sur un petit écran : une carte par candidature, où référence, titre, statut
 * et signatures se lisent sans faire défiler la page de côté (le tableau prend le relais au-delà).
 */
export function CartesCandidatures({ lignes }: { lignes: LigneTableau[] }) {
  return (
    <ul className={fr.cx("fr-raw-list")} aria-label="Mes candidatures">
      {lignes.map((c) => (
        <li key={c.id} className={fr.cx("fr-mb-2w")}>
          <CarteCandidature
            candidature={c}
            titleAs="h2"
            desc={`${c.collectivitePrincipale.nom} · ${FORMATS[c.format]}${c.session ? ` · ${c.session.theme}` : ""}`}
            detail={
              <>
                Modifiée le <time dateTime={dateIso(c.modifieLe)}>{formaterDate(c.modifieLe)}</time>
              </>
            }
          />
        </li>
      ))}
    </ul>
  );
}
