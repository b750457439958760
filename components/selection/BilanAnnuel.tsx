// Le bilan de la sélection au fil de l'eau de l'année, en tête du tableau d'instruction de la DGALN :
// ateliers locaux retenus au regard de la cible annuelle, et ateliers flash retenus.
import { fr } from "@codegouvfr/react-dsfr";
import type { BilanAnnuel as Bilan } from "@/lib/selection/bilan";

const ateliers = (n: number, format: string) => `${n} atelier${n > 1 ? "s" : ""} ${format}${n > 1 ? "s" : ""}`;

export function BilanAnnuel({ bilan }: { bilan: Bilan }) {
  const reste = bilan.cible - bilan.locauxRetenus;
  return (
    <div className={fr.cx("fr-callout", "fr-mb-3w")}>
      <h2 className={fr.cx("fr-callout__title", "fr-h6")}>Sélection au fil de l&apos;eau en {bilan.annee}</h2>
      <p className={fr.cx("fr-callout__text", "fr-text--md")}>
        {ateliers(bilan.locauxRetenus, "local")} retenu{bilan.locauxRetenus > 1 ? "s" : ""} sur une cible de {bilan.cible} par an
        {reste > 0 ? ` (encore ${reste} possible${reste > 1 ? "s" : ""})` : reste === 0 ? " (cible atteinte)" : ` (cible dépassée de ${-reste})`}, et{" "}
        {ateliers(bilan.flashRetenus, "flash")} retenu{bilan.flashRetenus > 1 ? "s" : ""}.
      </p>
    </div>
  );
}
