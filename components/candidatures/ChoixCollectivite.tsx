"use client";

import { useEffect, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";

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
  const [resultats, setResultats] = useState<Collectivite[] | null>(null);

  useEffect(() => {
    if (!rechercheEtat || texte.trim().length < 2) return;
    let actuel = true;
    const minuterie = setTimeout(() => {
      rechercher(texte).then((r) => actuel && setResultats(r ?? []));
    }, 250);
    return () => {
      actuel = false;
      clearTimeout(minuterie);
    };
  }, [texte, rechercheEtat, rechercher]);

  const options = [...propres, ...(resultats ?? []).filter((r) => !propres.some((p) => p.id === r.id))];
  if (valeur && !options.some((o) => o.id === valeur.id)) options.unshift(valeur);
  return (
    <div className={fr.cx("fr-mb-3w")}>
      {rechercheEtat && (
        <Input
          label="Rechercher la collectivité porteuse"
          hintText="Nom, code INSEE ou SIREN, parmi les collectivités du département de votre service. Par exemple « Andouillé » ou « 53005 »."
          nativeInputProps={{ type: "search", value: texte, onChange: (e) => setTexte(e.target.value), autoComplete: "off" }}
        />
      )}
      {rechercheEtat && texte.trim().length >= 2 && resultats?.length === 0 && (
        <p className={fr.cx("fr-text--sm")} role="status">
          Aucune collectivité de votre département ne correspond à « {texte} ».
        </p>
      )}
      {options.length > 0 ? (
        <RadioButtons
          legend="Collectivité porteuse principale"
          name="collectivite"
          options={options.map((c) => ({
            label: c.nom,
            hintText: c.detail,
            nativeInputProps: { value: c.id, checked: valeur?.id === c.id, onChange: () => onChange(c) },
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
