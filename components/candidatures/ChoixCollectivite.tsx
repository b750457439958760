"use client";

import { useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { ChampRecherche } from "./ChampRecherche";
import { useRechercheAuFil } from "./useRechercheAuFil";

export type Collectivite = { id: string; nom: string; detail: string };

type Props = {
  propres: Collectivite[];
  rechercheEtat: boolean;
  valeur: Collectivite | null;
  onChange: (c: Collectivite | null) => void;
  rechercher: (texte: string) => Promise<Collectivite[] | null>;
};

/**
 * Collectivité porteuse principale : l'une des siennes pour un membre de collectivité ; pour un agent
 * de l'État, une recherche parmi les collectivités de son département (au fil de la frappe).
 */
export function ChoixCollectivite({ propres, rechercheEtat, valeur, onChange, rechercher }: Props) {
  const [texte, setTexte] = useState("");
  const recherche = useRechercheAuFil(texte, rechercher, rechercheEtat);
  const resultats = recherche.resultats;

  const options = [...propres, ...(resultats ?? []).filter((r) => !propres.some((p) => p.id === r.id))];
  if (valeur && !options.some((o) => o.id === valeur.id)) options.unshift(valeur);
  return (
    <div className={fr.cx("fr-mb-3w")}>
      {rechercheEtat && (
        <ChampRecherche
          id="recherche-collectivite"
          label="Rechercher la collectivité porteuse"
          hintText="Nom, code INSEE ou SIREN, parmi les collectivités du département de votre service. Par exemple « Andouillé » ou « 53005 »."
          texte={texte}
          onTexte={setTexte}
          etat={recherche}
          aucun={(pour) => `Aucune collectivité de votre département ne correspond à « ${pour} ».`}
          idResultats="choix-collectivite"
        />
      )}
      {options.length > 0 ? (
        <RadioButtons
          id="choix-collectivite"
          legend="Collectivité porteuse principale"
          name="collectivite"
          options={options.map((c) => ({
            label: c.nom,
            hintText: c.detail,
            nativeInputProps: {
              value: c.id,
              checked: valeur?.id === c.id,
              onChange: () => onChange(c),
              // Entrée choisit le résultat qui a le focus (les flèches le font déjà) au lieu de ne rien faire.
              onKeyDown: (e) => {
                if (e.key !== "Enter") return;
                e.preventDefault();
                onChange(c);
              },
            },
          }))}
        />
      ) : (
        !rechercheEtat && (
          <p>
            Votre compte n&apos;est rattaché à aucune collectivité ni à aucun service de l&apos;État : demandez à votre organisation de vous
            inviter pour commencer une candidature.
          </p>
        )
      )}
    </div>
  );
}
