import type { Metadata } from "next";
import { DonneesPersonnelles } from "@/components/pages/DonneesPersonnelles";
import { PageContenu } from "@/components/ui/PageContenu";

export const metadata: Metadata = { title: "Données personnelles et cookies" };

export default function PageDonneesPersonnelles() {
  return (
    <PageContenu titre="Données personnelles et cookies">
      <DonneesPersonnelles />
    </PageContenu>
  );
}
