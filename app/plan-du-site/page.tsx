import type { Metadata } from "next";
import { PlanDuSite } from "@/components/pages/PlanDuSite";
import { PageContenu } from "@/components/ui/PageContenu";

export const metadata: Metadata = { title: "Plan du site" };

export default function PagePlanDuSite() {
  return (
    <PageContenu titre="Plan du site">
      <PlanDuSite />
    </PageContenu>
  );
}
