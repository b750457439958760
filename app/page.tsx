import type { Metadata } from "next";
import { CommentCandidater } from "@/components/accueil/CommentCandidater";
import { FormatsAteliers } from "@/components/accueil/FormatsAteliers";
import { Laureats } from "@/components/accueil/Laureats";
import { PhasesAtelier } from "@/components/accueil/PhasesAtelier";
import { Presentation } from "@/components/accueil/Presentation";
import { SessionsOuvertes } from "@/components/accueil/SessionsOuvertes";
import { listerLaureatsPublies, listerSessionsOuvertes } from "@/lib/sessions/queries";

export const metadata: Metadata = { title: { absolute: "Accueil — Ateliers des territoires" } };

// Les sessions ouvertes dépendent de l'heure : rendu à chaque requête (et `next build` n'a pas besoin de la base).
export const dynamic = "force-dynamic";

export default async function Accueil() {
  const [sessions, laureats] = await Promise.all([listerSessionsOuvertes(), listerLaureatsPublies()]);
  return (
    <>
      <Presentation />
      <SessionsOuvertes sessions={sessions} />
      <FormatsAteliers />
      <PhasesAtelier />
      <CommentCandidater />
      <Laureats sessions={laureats} />
    </>
  );
}
