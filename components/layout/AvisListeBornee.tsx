import { fr } from "@codegouvfr/react-dsfr";
import { LIGNES_PARCOURABLES } from "@/lib/autorisations/pagination";
import { formaterNombre } from "@/lib/format/nombres";

/**
 * Dit pourquoi la pagination s'arrête avant la fin d'une longue liste (pagination bornée,
 * lib/autorisations/pagination.ts) et comment trouver les autres lignes.
 */
export function AvisListeBornee({ lignes, moyen }: { lignes: string; moyen: string }) {
  return (
    <p className={fr.cx("fr-text--sm", "fr-icon-information-line", "fr-mb-2w")}>
      {" "}
      Seules les {formaterNombre(LIGNES_PARCOURABLES)} premières {lignes} se parcourent page par page : {moyen} pour trouver les autres.
    </p>
  );
}
