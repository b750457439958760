"use client";

// Changer le service de l'État compétent (DGALN, avant le dépôt ; décision 026) : le bouton ouvre, à
// sa place, une confirmation en ligne avec le choix du nouveau service. Le titre reçoit le focus ;
// « Annuler » le rend au bouton. Le changement annule les signatures déjà données.
import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ServiceCompetentPropose } from "@/lib/candidatures/services-competents";
import type { ResultatAction } from "@/lib/errors";
import { ChoixServiceCompetent } from "./ChoixServiceCompetent";

type Props = {
  candidatureId: string;
  /** Les services des autres départements de la collectivité principale. */
  services: ServiceCompetentPropose[];
  changer: (entree: unknown) => Promise<ResultatAction<unknown>>;
};

function Confirmation({ candidatureId, services, changer, annuler }: Props & { annuler: () => void }) {
  const id = useId();
  const router = useRouter();
  const titreRef = useRef<HTMLParagraphElement>(null);
  const [serviceEtatId, setServiceEtatId] = useState(services[0]?.id ?? null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, setEnCours] = useState(false);
  useEffect(() => titreRef.current?.focus(), []);

  async function envoyer(e: React.FormEvent) {
    e.preventDefault();
    setErreur(null);
    setEnCours(true);
    const r = await changer({ candidatureId, serviceEtatId });
    setEnCours(false);
    if (r.ok) {
      router.push(`/candidatures/${candidatureId}?service=ok`);
      router.refresh();
      return;
    }
    setErreur(r.message);
    if (r.code === "CONFLIT" || r.code === "ETAT_INCOMPATIBLE") router.refresh();
  }

  return (
    <form onSubmit={envoyer} noValidate aria-labelledby={`${id}-titre`} className={fr.cx("fr-mt-3w")}>
      <p id={`${id}-titre`} ref={titreRef} tabIndex={-1} className={fr.cx("fr-text--lg", "fr-text--bold", "fr-mb-1w")}>
        Changer de service compétent ?
      </p>
      <p className={fr.cx("fr-mb-2w")}>
        Le nouveau service rédige et cosigne la candidature à la place de l&apos;actuel, qui pourra encore la consulter. Les signatures
        déjà données sont annulées : la collectivité et le nouveau service devront signer à nouveau. Les deux parties sont prévenues par
        courriel.
      </p>
      <div aria-live="polite">{erreur && <Alert severity="error" small description={erreur} className={fr.cx("fr-mb-2w")} />}</div>
      {services.length > 1 ? (
        <ChoixServiceCompetent services={services} valeur={serviceEtatId} onChange={setServiceEtatId} legende="Nouveau service compétent" />
      ) : (
        <p className={fr.cx("fr-mb-2w")}>
          Nouveau service compétent : <strong>{services[0]?.nom}</strong>
        </p>
      )}
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left")}>
        <li>
          <Button type="submit" iconId="fr-icon-refresh-line" disabled={enCours || !serviceEtatId}>
            {enCours ? "Changement en cours…" : "Confirmer le changement"}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" disabled={enCours} onClick={annuler}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}

export function ChangerServiceCompetent(props: Props) {
  const [ouvert, setOuvert] = useState(false);
  const boutonRef = useRef<HTMLButtonElement>(null);
  if (props.services.length === 0) return null;
  if (ouvert) {
    return (
      <Confirmation
        {...props}
        annuler={() => {
          setOuvert(false);
          requestAnimationFrame(() => boutonRef.current?.focus());
        }}
      />
    );
  }
  return (
    <p className={fr.cx("fr-mt-2w", "fr-mb-0")}>
      <Button ref={boutonRef} type="button" priority="secondary" size="small" iconId="fr-icon-refresh-line" iconPosition="left" onClick={() => setOuvert(true)}>
        Changer de service compétent
      </Button>
    </p>
  );
}
