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
