import type { Metadata } from "next";
import { DeclarationAccessibilite } from "@/components/pages/DeclarationAccessibilite";
import { PageContenu } from "@/components/ui/PageContenu";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

export default function Accessibilite() {
  return (
    <PageContenu titre="Déclaration d'accessibilité">
      <DeclarationAccessibilite />
    </PageContenu>
  );
}
