import type { Metadata } from "next";
import { AccesRefuse } from "@/components/admin/AccesRefuse";

export const metadata: Metadata = { title: "Accès refusé", robots: { index: false } };

export default function PageAccesRefuse() {
  return <AccesRefuse />;
}
