// Le jury d'une session vu par un administrateur DGALN (/admin/sessions/[id]/jury) : membres, charge
// et avancement de chacun, candidatures à évaluer. Portée `session.gerer` dans le `where`.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { porteeSession } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { StatutSession } from "@/lib/generated/prisma/client";
import { STATUTS_A_EVALUER, STATUTS_SESSION_REPARTITION } from "./affecter";

export type JuryDeSession = {
  sessionId: string;
  theme: string;
  statut: StatutSession;
  juresParCandidature: number;
  repartitionPossible: boolean;
  compositionPossible: boolean;
  candidatures: number;
  sousAffectees: number;
  membres: { id: string; nom: string; email: string; president: boolean; affectees: number; soumises: number }[];
};

export async function juryDeSession(acteur: Acteur, sessionId: string): Promise<JuryDeSession | null> {
  if (!estIdentifiant(sessionId)) return null;
  const s = await prisma.sessionAmi.findFirst({
    where: { AND: [{ id: sessionId }, porteeSession(acteur, "gerer")] },
    select: {
      id: true,
      theme: true,
      statut: true,
      juresParCandidature: true,
      membresJury: {
        orderBy: [{ president: "desc" }, { utilisateur: { nom: "asc" } }, { utilisateur: { email: "asc" } }],
        select: {
          id: true,
          president: true,
          utilisateur: { select: { email: true, prenom: true, nom: true } },
          affectations: { select: { soumiseLe: true } },
        },
      },
    },
  });
  if (!s) return null;
  const candidatures = await prisma.candidature.findMany({
    where: { sessionId: s.id, statut: { in: [...STATUTS_A_EVALUER] } },
    select: { _count: { select: { affectations: true } } },
  });
  return {
    sessionId: s.id,
    theme: s.theme,
    statut: s.statut,
    juresParCandidature: s.juresParCandidature,
    repartitionPossible: STATUTS_SESSION_REPARTITION.includes(s.statut),
    compositionPossible: ["brouillon", "ouverte", "cloturee"].includes(s.statut),
    candidatures: candidatures.length,
    sousAffectees: candidatures.filter((c) => c._count.affectations < s.juresParCandidature).length,
    membres: s.membresJury.map((m) => ({
      id: m.id,
      nom: [m.utilisateur.prenom, m.utilisateur.nom].filter(Boolean).join(" ") || m.utilisateur.email,
      email: m.utilisateur.email,
      president: m.president,
      affectees: m.affectations.length,
      soumises: m.affectations.filter((a) => a.soumiseLe).length,
    })),
  };
}
