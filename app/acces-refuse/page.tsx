import type { Metadata } from "next";
import { AccesRefuse, RAISONS_REFUS } from "@/components/admin/AccesRefuse";

export const metadata: Metadata = { title: "Accès refusé", robots: { index: false } };

export default async function PageAccesRefuse({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raison = (await searchParams).raison;
  return <AccesRefuse raison={typeof raison === "string" && Object.hasOwn(RAISONS_REFUS, raison) ? RAISONS_REFUS[raison as keyof typeof RAISONS_REFUS] : undefined} />;
}
