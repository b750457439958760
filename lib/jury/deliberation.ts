// Le tableau de délibération d'une session (issue 13, partie 3) : pour chaque candidature évaluée,
// la moyenne pondérée, la note de chaque juré, les désaccords, le rang, la ligne du quota et les
// évaluations manquantes (lib/jury/classement.ts calcule tout) ; la répartition par région.
// DGALN (portée `session.gerer` pour la session, `evaluation.lire_toutes` pour les notes : les seules
// évaluations soumises). Lu en cinq requêtes quelle que soit la taille de la session.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { porteeEvaluation, porteeSession } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { StatutCandidature, StatutSession } from "@/lib/generated/prisma/client";
import { nomAffiche } from "@/lib/organisations/acces";
import { ACTION_DU_TYPE, estTypeSelection, TYPES_SELECTION, type ActionSelection, type TypeSelection } from "@/lib/selection/regles";
import { STATUTS_A_EVALUER } from "./affecter";

/** Les statuts d'une candidature décidée : ceux où mènent les décisions de sélection. */
const STATUTS_DECIDES: StatutCandidature[] = Object.values(TYPES_SELECTION);
import { classer, type LigneClassement } from "./classement";

export type LigneDeliberation = LigneClassement & {
  reference: string;
  titre: string;
  collectivite: string;
  departement: string;
  region: string;
  statut: StatutCandidature;
  notesParJure: { membreJuryId: string; jure: string; note: number }[];
  /** Décision préparée pendant la délibération (DGALN seule), avant publication. */
  projet: { action: ActionSelection; motivation: string; version: number; par: string; le: Date } | null;
};

export type TableauDeliberation = {
  sessionId: string;
  theme: string;
  statut: StatutSession;
  quota: number | null;
  criteres: { id: string; libelle: string; poids: number }[];
  lignes: LigneDeliberation[];
  parRegion: { region: string; candidatures: number; dansLeQuota: number }[];
  evaluationsManquantes: number;
  /** Décisions préparées (avant publication) ou prises (après), par issue. */
  decomptes: { retenir: number; ne_pas_retenir: number; inscrire_liste_complementaire: number; aDecider: number };
};

export async function tableauDeliberation(acteur: Acteur, sessionId: string): Promise<TableauDeliberation | null> {
  if (!estIdentifiant(sessionId)) return null;
  const session = await prisma.sessionAmi.findFirst({
    where: { AND: [{ id: sessionId }, porteeSession(acteur, "gerer")] },
    select: {
      id: true,
      theme: true,
      statut: true,
      quotaLaureats: true,
      criteres: { orderBy: { ordre: "asc" }, select: { id: true, libelle: true, poids: true } },
      membresJury: { select: { id: true, utilisateur: { select: { prenom: true, nom: true, email: true } } } },
    },
  });
  if (!session) return null;
  const [candidatures, evaluations] = await Promise.all([
    prisma.candidature.findMany({
      where: { sessionId, statut: { in: [...STATUTS_A_EVALUER, ...STATUTS_DECIDES] } },
      select: {
        id: true,
        reference: true,
        titre: true,
        statut: true,
        codeDepartement: true,
        codeRegion: true,
        collectivitePrincipale: { select: { nom: true } },
        affectations: { select: { membreJuryId: true } },
        projetDecision: { select: { type: true, motivation: true, version: true, decideeLe: true, decidePar: { select: { email: true, prenom: true, nom: true } } } },
      },
    }),
    prisma.evaluation.findMany({
      where: { AND: [{ membreJury: { sessionId } }, porteeEvaluation(acteur, "lire_toutes")] },
      select: { membreJuryId: true, candidatureId: true, critereId: true, note: true },
    }),
  ]);
  const notes = new Map<string, { membreJuryId: string; candidatureId: string; notes: Record<string, number> }>();
  for (const e of evaluations) {
    const cle = `${e.membreJuryId}|${e.candidatureId}`;
    const ligne = notes.get(cle) ?? { membreJuryId: e.membreJuryId, candidatureId: e.candidatureId, notes: {} };
    ligne.notes[e.critereId] = e.note;
    notes.set(cle, ligne);
  }
  const classement = classer({
    criteres: session.criteres,
    quota: session.quotaLaureats,
    candidatures: candidatures.map((c) => ({ id: c.id, affectes: c.affectations.map((a) => a.membreJuryId) })),
    evaluations: [...notes.values()],
  });
  const [departements, regionsRef] = await Promise.all([
    prisma.departement.findMany({ where: { code: { in: [...new Set(candidatures.map((c) => c.codeDepartement))] } }, select: { code: true, nom: true } }),
    prisma.region.findMany({ where: { code: { in: [...new Set(candidatures.map((c) => c.codeRegion))] } }, select: { code: true, nom: true } }),
  ]);
  const nomDepartement = new Map(departements.map((d) => [d.code, d.nom]));
  const nomRegion = new Map(regionsRef.map((r) => [r.code, r.nom]));
  const nomJure = new Map(session.membresJury.map((m) => [m.id, [m.utilisateur.prenom, m.utilisateur.nom].filter(Boolean).join(" ") || m.utilisateur.email]));
  const parId = new Map(candidatures.map((c) => [c.id, c]));
  const lignes = classement.map((l) => {
    const c = parId.get(l.candidatureId)!;
    return {
      ...l,
      reference: c.reference,
      titre: c.titre ?? c.reference,
      collectivite: c.collectivitePrincipale.nom,
      departement: `${nomDepartement.get(c.codeDepartement) ?? c.codeDepartement} (${c.codeDepartement})`,
      region: nomRegion.get(c.codeRegion) ?? "—",
      statut: c.statut,
      notesParJure: l.parJure.map((p) => ({ ...p, jure: nomJure.get(p.membreJuryId) ?? "Juré" })),
      projet: c.projetDecision
        ? {
            action: ACTION_DU_TYPE[c.projetDecision.type as TypeSelection],
            motivation: c.projetDecision.motivation,
            version: c.projetDecision.version,
            par: nomAffiche(c.projetDecision.decidePar),
            le: c.projetDecision.decideeLe,
          }
        : null,
    };
  });
  const decomptes = { retenir: 0, ne_pas_retenir: 0, inscrire_liste_complementaire: 0, aDecider: 0 };
  for (const l of lignes) {
    const action = l.projet?.action ?? (estTypeSelection(l.statut) ? ACTION_DU_TYPE[l.statut] : undefined);
    if (action) decomptes[action]++;
    else decomptes.aDecider++;
  }
  const regions = new Map<string, { candidatures: number; dansLeQuota: number }>();
  for (const l of lignes) {
    const r = regions.get(l.region) ?? { candidatures: 0, dansLeQuota: 0 };
    r.candidatures++;
    if (l.dansLeQuota) r.dansLeQuota++;
    regions.set(l.region, r);
  }
  return {
    sessionId: session.id,
    theme: session.theme,
    statut: session.statut,
    quota: session.quotaLaureats,
    criteres: session.criteres,
    lignes,
    parRegion: [...regions.entries()].map(([region, v]) => ({ region, ...v })).sort((a, b) => b.candidatures - a.candidatures || a.region.localeCompare(b.region, "fr")),
    evaluationsManquantes: lignes.reduce((t, l) => t + l.manquants.length, 0),
    decomptes,
  };
}
