"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import type { ActionServeur } from "@/components/organisations/types";

/** Supprimer une vue enregistrée (elle n'appartient qu'à son auteur ; rien d'autre n'est touché). */
export function SupprimerVue({ vueId, nom, action }: { vueId: string; nom: string; action: ActionServeur<unknown> }) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, setEnCours] = useState(false);

  async function supprimer() {
    setEnCours(true);
    const resultat = await action({ vueId });
    setEnCours(false);
    if (resultat.ok) router.refresh();
    else setErreur(resultat.message);
  }

  return (
    <>
      <button
        type="button"
        className={fr.cx("fr-btn", "fr-btn--tertiary-no-outline", "fr-btn--sm", "fr-icon-delete-line")}
        title={`Supprimer la vue « ${nom} »`}
        onClick={supprimer}
        disabled={enCours}
      >
        Supprimer la vue « {nom} »
      </button>
      {erreur && (
        <p className={fr.cx("fr-error-text")} role="alert">
          {erreur}
        </p>
      )}
    </>
  );
}
