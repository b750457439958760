// Candidatures du banc : ~20 000 à l'échelle 1 sur 2007–2026, des trois formats et de tous les
// statuts (les anciennes ont un statut final), chacune avec son périmètre, ses contacts, 5 à 10
// pièces, ses signatures, son dépôt, ses décisions, ses messages et ses événements, à des dates
// cohérentes entre elles. Le statut et le calendrier sont tirés d'abord ; les lignes suivent.
import type { FormatAtelier, StatutCandidature, TypePiece, VisibiliteMessage } from "@/lib/generated/prisma/enums";
import { type Contexte, type Departement, type Org, type Personne, JOUR, plus } from "./contexte";
import { ecrireCandidature, type Plan } from "./candidature-lignes";
import { type SessionBanc, evaluer, tablesJury } from "./sessions";
import { iso } from "./sql";
import { MESSAGES as MESSAGES_PAR } from "./textes";

export type Fichiers = { pieces: Record<TypePiece, { id: string; sha256: string; taille: number }>; recepisse: string; livrable: string };

/** Une candidature retenue, pour créer son atelier. */
export type Retenue = {
  candidatureId: string;
  reference: string;
  format: FormatAtelier;
  titre: string;
  dep: Departement;
  collectivites: Org[];
  decideeLe: Date;
  dureeMois: number;
  annee: number;
};

const ACTIFS = new Set<StatutCandidature>(["brouillon", "signee", "deposee", "en_instruction", "a_corriger"]);

/** Statuts au fil de l'eau selon l'âge : les candidatures de plus d'un an ont un statut final. */
const STATUTS_RECENTS: [StatutCandidature, number][] = [
  ["brouillon", 40], ["signee", 14], ["deposee", 16], ["en_instruction", 14], ["a_corriger", 8], ["retiree", 8],
];
const STATUTS_ANNEE: [StatutCandidature, number][] = [
  ["brouillon", 6], ["signee", 3], ["deposee", 5], ["en_instruction", 12], ["a_corriger", 5], ["irrecevable", 7],
  ["retenue", 17], ["non_retenue", 30], ["retiree", 15],
];
const STATUTS_ANCIENS: [StatutCandidature, number][] = [["irrecevable", 10], ["retenue", 17], ["non_retenue", 58], ["retiree", 15]];

const DEBUT_HISTOIRE = new Date("2007-01-08T08:00:00Z");

export async function creerCandidatures(ctx: Contexte, sessions: SessionBanc[], fichiers: Fichiers, dernieresReferences: Map<number, number>) {
  const { alea } = ctx;
  const plans: Omit<Plan, "reference" | "id" | "org" | "dep">[] = [];
  // Sessions nationales : 150 à 300 candidatures chacune (à l'échelle 1), statuts tirés d'avance.
  for (const session of sessions) {
    const n = ctx.n(alea.entier(150, 300), 3);
    const retenues = Math.min(session.quota, Math.ceil(n / 3));
    const statuts: StatutCandidature[] = Array.from({ length: n }, (_, i) =>
      i < retenues ? "retenue" : i < retenues + Math.round(n * 0.1) ? "irrecevable" : i < retenues + Math.round(n * 0.15) ? "retiree" : "non_retenue",
    );
    for (const statut of alea.plusieurs(statuts, n)) {
      const creeLe = new Date(session.ouvertureLe.getTime() + alea.reel() * (session.clotureLe.getTime() - session.ouvertureLe.getTime() - 16 * JOUR));
      plans.push({ format: "national", statut, creeLe, session });
    }
  }
  const auFilDeLEau = Math.max(2, ctx.n(20_000) - plans.length);
  const etendue = ctx.maintenant.getTime() - DEBUT_HISTOIRE.getTime() - 2 * JOUR;
  for (let i = 0; i < auFilDeLEau; i++) {
    // Journées de travail : entre 8 h et 17 h UTC.
    const jourTire = Math.floor((alea.reel() * etendue) / JOUR);
    const creeLe = new Date(DEBUT_HISTOIRE.getTime() + jourTire * JOUR + alea.entier(0, 9 * 3600) * 1000);
    const format: FormatAtelier = alea.vrai(0.45) ? "local" : "flash";
    const age = (ctx.maintenant.getTime() - creeLe.getTime()) / JOUR;
    let statut = alea.pondere(age > 365 ? STATUTS_ANCIENS : age > 60 ? STATUTS_ANNEE : STATUTS_RECENTS);
    if (age < delaiStatut(statut)) statut = "brouillon";
    plans.push({ format, statut, creeLe, session: null });
  }
  plans.sort((a, b) => a.creeLe.getTime() - b.creeLe.getTime());
  // Garantir chaque statut et chaque format même à petite échelle : les plus récentes au fil de
  // l'eau reçoivent, si besoin, les statuts actifs manquants (les finaux sont toujours présents).
  const recents = plans.filter((p) => !p.session && (ctx.maintenant.getTime() - p.creeLe.getTime()) / JOUR > 40).slice(-12);
  for (const [i, statut] of (["brouillon", "signee", "deposee", "en_instruction", "a_corriger"] as const).entries()) {
    if (!plans.some((p) => p.statut === statut) && recents[i]) recents[i]!.statut = statut;
  }
  if (!plans.some((p) => p.format === "flash") && recents[6]) recents[6]!.format = "flash";
  if (!plans.some((p) => p.format === "local") && recents[7]) recents[7]!.format = "local";

  const jury = tablesJury(ctx);
  const actives = new Set<string>();
  const retenues: Retenue[] = [];
  const compteurs = new Map(dernieresReferences);
  for (const p of plans) {
    const annee = p.creeLe.getUTCFullYear();
    const numero = (compteurs.get(annee) ?? 0) + 1;
    compteurs.set(annee, numero);
    const reference = `ADT-${annee}-${String(numero).padStart(5, "0")}`;
    let { dep, org } = choisirPorteuse(ctx, p.format);
    // R7 : une seule candidature active par collectivité principale et format (et session).
    if (ACTIFS.has(p.statut)) {
      for (let essai = 0; essai < 8 && actives.has(`${org.id}:${p.format}`); essai++) ({ dep, org } = choisirPorteuse(ctx, p.format));
      if (actives.has(`${org.id}:${p.format}`)) p.statut = "retiree";
      else actives.add(`${org.id}:${p.format}`);
    }
    const plan: Plan = { ...p, id: alea.uuid(), reference, dep, org };
    const r = ecrireCandidature(ctx, plan, fichiers);
    if (p.session && (p.statut === "retenue" || p.statut === "non_retenue")) evaluer(ctx, jury, p.session, plan.id, p.statut === "retenue");
    if (r) retenues.push(r);
    ajouterMessages(ctx, plan, r?.decideeLe);
  }
  return retenues;
}

/** Âge minimal (jours) pour qu'une candidature au fil de l'eau ait pu atteindre ce statut. */
function delaiStatut(statut: StatutCandidature): number {
  const delais: Record<StatutCandidature, number> = {
    brouillon: 0, signee: 11, deposee: 13, en_instruction: 34, a_corriger: 34, irrecevable: 34, retenue: 125, non_retenue: 125, liste_complementaire: 125, retiree: 31,
  };
  return delais[statut];
}

/** Département au hasard, puis une collectivité de son échantillon selon le format (R3). */
function choisirPorteuse(ctx: Contexte, format: FormatAtelier): { dep: Departement; org: Org } {
  const { alea } = ctx;
  const dep = alea.choix(ctx.ref.departements);
  const type = alea.pondere<"commune" | "epci" | "departement">(
    format === "flash" ? [["commune", 80], ["epci", 20]] : format === "local" ? [["epci", 80], ["departement", 10], ["commune", 10]] : [["epci", 70], ["departement", 25], ["commune", 5]],
  );
  const liste = dep.pool[type].length ? dep.pool[type] : dep.pool.commune.length ? dep.pool.commune : dep.pool.departement;
  return { dep, org: alea.choix(liste) };
}

const VISIBILITES: [VisibiliteMessage, number][] = [["tous", 60], ["etat_dgaln", 25], ["dgaln", 15]];

function ajouterMessages(ctx: Contexte, plan: Plan, jusquA: Date | undefined) {
  const { alea } = ctx;
  const table = ctx.t("message");
  const fin = ctx.auPlusTard(jusquA ?? plus(plan.creeLe, 60)).getTime();
  for (let i = alea.entier(0, 3); i > 0; i--) {
    const visibilite = alea.pondere(VISIBILITES);
    const collectivite = ctx.membres.get(plan.org.id)!;
    const etat = ctx.membres.get(plan.dep.service.id)!;
    const auteurs: Personne[] = visibilite === "tous"
      ? [...collectivite.signataires, ...collectivite.membres, ...etat.membres]
      : visibilite === "etat_dgaln" ? [...etat.membres, ...ctx.referents] : ctx.referents;
    const le = new Date(plan.creeLe.getTime() + alea.reel() * Math.max(60_000, fin - plan.creeLe.getTime()));
    table.ajouter(alea.uuid(), plan.id, alea.choix(auteurs).id, visibilite, alea.choix(MESSAGES_PAR[visibilite]), iso(le));
  }
}
