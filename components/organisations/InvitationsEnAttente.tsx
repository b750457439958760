import { Tableau } from "@/components/layout/Tableau";
import { formaterDate, formaterDateHeure } from "@/lib/format/dates";
import type { InvitationEnAttente } from "@/lib/organisations/queries";
import { LIBELLES_ROLE } from "@/lib/auth/libelles";

/** Invitations envoyées, ni acceptées ni expirées. */
export function InvitationsEnAttente({ organisation, invitations }: { organisation: string; invitations: InvitationEnAttente[] }) {
  if (invitations.length === 0) return <p>Aucune invitation en attente.</p>;
  return (
    <Tableau
      titre={`Invitations en attente pour ${organisation}`}
      titreMasque
      entetes={["Adresse électronique", "Rôle proposé", "Envoyée", "Valable jusqu'au"]}
      lignes={invitations.map((i) => [
        i.email,
        LIBELLES_ROLE[i.role],
        `le ${formaterDate(i.creeLe)}, par ${i.invitant}`,
        formaterDateHeure(i.expireLe),
      ])}
    />
  );
}
