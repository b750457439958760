import type { Metadata } from "next";
import { MentionsLegales } from "@/components/pages/MentionsLegales";
import { PageContenu } from "@/components/ui/PageContenu";

export const metadata: Metadata = { title: "Mentions légales" };

export default function PageMentionsLegales() {
  return (
    <PageContenu titre="Mentions légales">
      <MentionsLegales />
    </PageContenu>
  );
}
