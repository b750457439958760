"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { ActionServeur } from "@/components/organisations/types";
import { LONGUEUR_MAX_NOM_VUE } from "@/lib/instruction/limites";

/** Enregistrer les filtres affichés sous un nom : la vue s'ajoute à « Mes vues ». */
export function EnregistrerVue({ parametres, action }: { parametres: string; action: ActionServeur<{ nom: string }> }) {
  const router = useRouter();
  const [nom, setNom] = useState("");
  const [erreur, setErreur] = useState<string | null>(null);
  const [succes, setSucces] = useState<string | null>(null);
  const [enCours, setEnCours] = useState(false);

  async function enregistrer(evenement: FormEvent<HTMLFormElement>) {
    evenement.preventDefault();
    setEnCours(true);
    setErreur(null);
    setSucces(null);
    const resultat = await action({ nom, parametres });
    setEnCours(false);
    if (resultat.ok) {
      setSucces(`Vue « ${resultat.data.nom} » enregistrée.`);
      setNom("");
      router.refresh();
    } else {
      setErreur(resultat.fieldErrors?.nom?.[0] ?? resultat.message);
    }
  }

  return (
    <form onSubmit={enregistrer} aria-label="Enregistrer cette vue" noValidate>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-8")}>
          <Input
            label="Nom de la vue"
            hintText={`Les filtres et le tri affichés, sous un nom (${LONGUEUR_MAX_NOM_VUE} caractères au plus), par exemple « Mes recevabilités à faire ».`}
            state={erreur ? "error" : succes ? "success" : "default"}
            stateRelatedMessage={erreur ?? succes ?? undefined}
            nativeInputProps={{ name: "nom", value: nom, onChange: (e) => setNom(e.target.value), autoComplete: "off" }}
          />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <Button type="submit" priority="secondary" iconId="fr-icon-save-line" iconPosition="left" disabled={enCours}>
            Enregistrer cette vue
          </Button>
        </div>
      </div>
    </form>
  );
}
