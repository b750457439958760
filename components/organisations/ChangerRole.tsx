"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { RoleAppartenance } from "@/lib/generated/prisma/enums";
import { LIBELLES_ROLE } from "@/lib/auth/libelles";
import type { ActionServeur } from "./types";

/**
 * Liste de choix du rôle d'un membre et bouton « Modifier » : le changement n'est envoyé qu'au clic
 * (un changement de contexte à la seule sélection gêne la navigation au clavier, RGAA 7.5).
 */
export function ChangerRole({
  appartenanceId,
  personne,
  role,
  roles,
  action,
}: {
  appartenanceId: string;
  personne: string;
  role: RoleAppartenance;
  roles: RoleAppartenance[];
  action: ActionServeur<unknown>;
}) {
  const id = useId();
  const router = useRouter();
  const [choix, setChoix] = useState<RoleAppartenance>(role);
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, setEnCours] = useState(false);

  async function modifier(evenement: React.FormEvent) {
    evenement.preventDefault();
    setEnCours(true);
    setErreur(null);
    const resultat = await action({ appartenanceId, role: choix });
    setEnCours(false);
    if (resultat.ok) router.refresh();
    else setErreur(resultat.message);
  }

  return (
    <form onSubmit={modifier} className={fr.cx("fr-grid-row", "fr-grid-row--middle")} style={{ gap: "0.5rem" }}>
      <div className={fr.cx("fr-select-group", "fr-mb-0", erreur ? "fr-select-group--error" : undefined)}>
        <label className={fr.cx("fr-label", "fr-sr-only")} htmlFor={`${id}-role`}>
          Rôle de {personne}
        </label>
        <select
          id={`${id}-role`}
          className={fr.cx("fr-select")}
          value={choix}
          onChange={(e) => setChoix(e.target.value as RoleAppartenance)}
          aria-describedby={erreur ? `${id}-erreur` : undefined}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {LIBELLES_ROLE[r]}
            </option>
          ))}
        </select>
        {erreur && (
          <p id={`${id}-erreur`} className={fr.cx("fr-error-text")} role="alert">
            {erreur}
          </p>
        )}
      </div>
      <Button type="submit" size="small" priority="secondary" disabled={enCours || choix === role}>
        Modifier<span className={fr.cx("fr-sr-only")}> le rôle de {personne}</span>
      </Button>
    </form>
  );
}
