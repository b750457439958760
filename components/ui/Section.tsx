import type { ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";

// Les classes utilitaires de fond du DSFR (fr-background-alt--*) ne font pas partie de la feuille
// chargée par react-dsfr : on passe par les variables de couleur du DSFR (fr.colors), qui suivent
// le thème clair ou sombre choisi dans les paramètres d'affichage.
const FONDS = {
  aucun: undefined,
  bleu: fr.colors.decisions.background.alt.blueFrance.default,
  gris: fr.colors.decisions.background.alt.grey.default,
} as const;

export function Section({
  id,
  titre,
  fond = "aucun",
  children,
}: {
  id: string;
  titre: ReactNode;
  fond?: keyof typeof FONDS;
  children: ReactNode;
}) {
  const couleur = FONDS[fond];
  return (
    <section
      aria-labelledby={id}
      className={fr.cx("fr-py-6w")}
      style={couleur ? { backgroundColor: couleur } : undefined}
    >
      <div className={fr.cx("fr-container")}>
        <h2 id={id}>{titre}</h2>
        {children}
      </div>
    </section>
  );
}
