import type { Metadata } from "next";
import { AccesRefuse } from "@/components/admin/AccesRefuse";

export const metadata: Metadata = { title: "Accès refusé" };

// Rendue avec le statut HTTP 403 quand une page appelle forbidden().
export default function Interdit() {
  return <AccesRefuse />;
}
