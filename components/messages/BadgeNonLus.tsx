import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";

/** « 2 messages non lus » ; rien s'il n'y en a aucun. */
export function BadgeNonLus({ nombre }: { nombre: number | undefined }) {
  if (!nombre) return null;
  return (
    <Badge small severity="new" noIcon>
      {nombre === 1 ? "1 message non lu" : `${nombre} messages non lus`}
    </Badge>
  );
}

/** Cellule « Référence » d'un tableau de candidatures : le lien vers la fiche et, dessous, les messages non lus. */
export function CelluleReference({ id, reference, messagesNonLus }: { id: string; reference: string; messagesNonLus: number }) {
  return (
    <span>
      <Link href={`/candidatures/${id}`} style={{ whiteSpace: "nowrap" }}>
        {reference}
      </Link>
      {messagesNonLus > 0 && (
        <span className={fr.cx("fr-mt-1v")} style={{ display: "block" }}>
          <BadgeNonLus nombre={messagesNonLus} />
        </span>
      )}
    </span>
  );
}
