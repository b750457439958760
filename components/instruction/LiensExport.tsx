import { ResumeEtExport } from "@/components/layout/ListeFiltree";
import type { FiltresTableau } from "@/lib/instruction/filtres";
import type { TableauInstruction } from "@/lib/instruction/tableau";
import { adresseExport } from "./adresses";

/** Le nombre de résultats, la page, et l'export de la sélection affichée (toutes ses pages). */
export function LiensExport({ filtres, resultat }: { filtres: FiltresTableau; resultat: TableauInstruction }) {
  const exporter = { csv: adresseExport(filtres, "csv"), xlsx: adresseExport(filtres, "xlsx") };
  return <ResumeEtExport total={resultat.total} objet="candidature" recherche={filtres.q} page={resultat.page} pages={resultat.pages} export={exporter} />;
}
