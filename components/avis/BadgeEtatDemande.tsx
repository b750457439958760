import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { EtatDemandeAvis } from "@/lib/avis/regles";
import { formaterDate } from "@/lib/format/dates";
import { ETATS_DEMANDE } from "./libelles";

/** L'état d'une demande d'avis : « En attente », « Rendu le … », « En retard », « Annulée ». */
export function BadgeEtatDemande({ etat, renduLe }: { etat: EtatDemandeAvis; renduLe: Date | null }) {
  const { libelle, severite } = ETATS_DEMANDE[etat];
  const texte = etat === "rendu" && renduLe ? `Rendu le ${formaterDate(renduLe)}` : libelle;
  return severite ? (
    <Badge as="span" severity={severite} small>
      {texte}
    </Badge>
  ) : (
    <Badge as="span" small>{texte}</Badge>
  );
}
