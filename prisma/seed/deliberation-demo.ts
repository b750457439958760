// Une session nationale en délibération, pour essayer la notation du jury, le tableau de délibération
// et les décisions par lot sans rien construire à la main : six candidatures recevables, un jury de
// quatre personnes (la jurée de démonstration et trois experts), trois jurés par candidature, toutes
// les évaluations soumises. Les notes donnent un classement avec un ex aequo sur la ligne du quota et
// deux désaccords ; aucune décision n'est préparée : c'est au visiteur de le faire. Dates relatives à
// « maintenant » : clôture quatre semaines avant, sélection dans six semaines.
import type { Prisma, RoleAppartenance } from "@/lib/generated/prisma/client";
import { heureDeParis } from "@/lib/dates/paris";
import { jureCompatible } from "@/lib/jury/affectation";
import type { CandidatureDemo } from "./candidatures-demo";
import { jourDeParis, plus } from "./dates";
import type { EvenementDate } from "./seed";
import type { SessionDemo } from "./sessions-demo";

type Tx = Prisma.TransactionClient;

export const SLUG_DELIBERATION = "2026-renouvellement-urbain";

/** Jours de Paris relatifs à maintenant, à l'heure dite. */
const jour = (maintenant: Date, jours: number, heure: string) => heureDeParis(`${jourDeParis(plus(maintenant, jours))}T${heure}`);

export function sessionEnDeliberation(maintenant: Date): SessionDemo {
  const date = (jours: number, heure: string) => `${jourDeParis(plus(maintenant, jours))}T${heure}`;
  return {
    slug: SLUG_DELIBERATION,
    theme: "Sobriété foncière et renouvellement urbain : refaire la ville sur la ville",
    description: "Session de démonstration en délibération : le jury a noté les six candidatures, la DGALN prépare les décisions.",
    statut: "en_deliberation", ouverture: date(-180, "00:00"), cloture: date(-28, "23:59"), selection: date(45, "12:00"),
    quota: 3, budget: 500_000,
    criteres: [
      { libelle: "Pertinence au regard du thème", description: "Le projet fait du renouvellement urbain l'alternative à l'extension.", poids: 30 },
      { libelle: "Gisements fonciers mobilisables", description: "Friches, dents creuses et tissus à densifier identifiés et maîtrisables.", poids: 25 },
      { libelle: "Portage politique et partenarial", description: "Engagement des élus, du service de l'État et des partenaires.", poids: 25 },
      { libelle: "Caractère exemplaire et reproductible", description: "Enseignements utiles à d'autres territoires.", poids: 20 },
    ],
  };
}

const candidature = (c: Pick<CandidatureDemo, "reference" | "collectivite" | "epci" | "titre" | "objet"> & { age: number }): CandidatureDemo =>
  ({ ...c, format: "national", session: SLUG_DELIBERATION, statut: "en_instruction", dureeMois: 18, debutPrevu: "2027-09-01" });

/** Six territoires réels de six régions ; déposées avant la clôture, déclarées recevables. */
export const CANDIDATURES_DELIBERATION: CandidatureDemo[] = [
  candidature({
    reference: "ADT-2026-00014", collectivite: "243500139", epci: ["243500139"], age: 76,
    titre: "Rennes Métropole : densifier les faubourgs sans les défigurer",
    objet: "Accueillir les ménages de la ville-archipel dans les faubourgs existants plutôt qu'en extension, en préservant leur patrimoine ordinaire.",
  }),
  candidature({
    reference: "ADT-2026-00015", collectivite: "200023414", epci: ["200023414"], age: 72,
    titre: "Métropole Rouen Normandie : les friches portuaires de la rive gauche",
    objet: "Reconquérir les friches industrielles et portuaires de la rive gauche pour l'habitat et l'activité, malgré le risque inondation.",
  }),
  candidature({
    reference: "ADT-2026-00016", collectivite: "200066009", epci: ["200066009"], age: 68,
    titre: "Mulhouse Alsace Agglomération : les cités ouvrières comme gisement",
    objet: "Faire des cités ouvrières et des friches textiles le premier gisement foncier de l'agglomération.",
  }),
  candidature({
    reference: "ADT-2026-00017", collectivite: "243400017", epci: ["243400017"], age: 64,
    titre: "Montpellier Méditerranée Métropole : renouveler les entrées de ville commerciales",
    objet: "Transformer les zones commerciales des entrées de ville en quartiers mixtes, desservis par le tramway.",
  }),
  candidature({
    reference: "ADT-2026-00018", collectivite: "243300316", epci: ["243300316"], age: 60,
    titre: "Bordeaux Métropole : renouveler la ville sur les zones d'activités de la rive droite",
    objet: "Après la session 2023, passer de la stratégie à l'opérationnel : densifier et mixer les zones d'activités de la rive droite.",
  }),
  candidature({
    reference: "ADT-2026-00019", collectivite: "246300701", epci: ["246300701"], age: 56,
    titre: "Clermont Auvergne Métropole : les copropriétés des années 1960 au cœur du projet",
    objet: "Requalifier et densifier les grands ensembles et copropriétés des années 1960 plutôt que d'ouvrir de nouveaux secteurs à l'urbanisation.",
  }),
];

/** Les experts du jury, avec la jurée de démonstration (JURE_DEMO). Une agente de la DDTM de l'Hérault : jamais sur la candidature de Montpellier. */
export const EXPERTS_JURY: { email: string; prenom: string; nom: string; president: boolean; appartenance?: { organisation: string; role: RoleAppartenance } }[] = [
  { email: "marion.lefort@cerema.example", prenom: "Marion", nom: "Lefort", president: true },
  { email: "antoine.roche@urbaniste.example", prenom: "Antoine", nom: "Roche", president: false },
  { email: "sylvie.marchand@ddtm-herault.example", prenom: "Sylvie", nom: "Marchand", president: false, appartenance: { organisation: "etat:34", role: "agent" } },
];

/** Notes des quatre critères, avec un commentaire sur certains (indice du critère). */
type Note = [number, number, number, number] | { notes: [number, number, number, number]; commentaires: Partial<Record<number, string>> };

/**
 * Notes par candidature et par juré (critères dans l'ordre de la grille), clé : « jure » (JURE_DEMO)
 * ou l'adresse d'un expert. Moyennes pondérées : 00018 4,60 ; 00014 4,12 ; 00016 et 00019 3,60 (ex aequo
 * au 3e rang, quota 3) ; 00017 2,60 ; 00015 2,18. Désaccords : 00019 (pertinence, 5 contre 2) et 00015
 * (gisements, 1 contre 3).
 */
const NOTES: Record<string, Record<string, Note>> = {
  "ADT-2026-00014": {
    "marion.lefort@cerema.example": [4, 4, 4, 4],
    "antoine.roche@urbaniste.example": { notes: [4, 5, 4, 3], commentaires: { 1: "Inventaire des gisements très complet, parcelle par parcelle." } },
    "sylvie.marchand@ddtm-herault.example": [5, 4, 4, 4],
  },
  "ADT-2026-00015": {
    "marion.lefort@cerema.example": { notes: [3, 1, 2, 2], commentaires: { 1: "Les friches sont en zone rouge du PPRI : l'essentiel du gisement n'est pas constructible." } },
    "antoine.roche@urbaniste.example": { notes: [2, 3, 2, 2], commentaires: { 1: "Gisement réel si l'on accepte un habitat adapté à l'inondation." } },
    "sylvie.marchand@ddtm-herault.example": [2, 2, 3, 2],
  },
  "ADT-2026-00016": {
    jure: [4, 3, 4, 3],
    "antoine.roche@urbaniste.example": [3, 4, 4, 3],
    "sylvie.marchand@ddtm-herault.example": { notes: [4, 4, 3, 4], commentaires: { 2: "Le portage repose sur la seule ville-centre : associer les communes de la première couronne." } },
  },
  "ADT-2026-00017": {
    jure: [3, 3, 3, 2],
    "marion.lefort@cerema.example": [3, 2, 3, 3],
    "antoine.roche@urbaniste.example": { notes: [2, 3, 2, 2], commentaires: { 0: "Le sujet relève davantage de l'urbanisme commercial que du renouvellement urbain." } },
  },
  "ADT-2026-00018": {
    jure: { notes: [5, 5, 4, 4], commentaires: { 0: "Suite directe de la session 2023 : la métropole a tiré les leçons du premier dossier." } },
    "marion.lefort@cerema.example": [5, 4, 5, 4],
    "sylvie.marchand@ddtm-herault.example": [4, 5, 5, 5],
  },
  "ADT-2026-00019": {
    jure: { notes: [5, 3, 4, 3], commentaires: { 0: "Exactement le sujet de la session : refaire la ville sur les copropriétés existantes." } },
    "antoine.roche@urbaniste.example": { notes: [2, 4, 3, 4], commentaires: { 0: "Sujet surtout social (copropriétés dégradées) : le lien avec la sobriété foncière reste à démontrer." } },
    "sylvie.marchand@ddtm-herault.example": [4, 4, 4, 3],
  },
};

type Contexte = { candidatures: Map<string, string>; jureId: string; administrateurId: string; journal: EvenementDate[]; maintenant: Date };

export async function creerDeliberationDemo(tx: Tx, ctx: Contexte): Promise<void> {
  const { maintenant, journal, administrateurId } = ctx;
  const session = await tx.sessionAmi.findUniqueOrThrow({
    where: { slug: SLUG_DELIBERATION },
    select: { id: true, theme: true, clotureLe: true, criteres: { orderBy: { ordre: "asc" }, select: { id: true } } },
  });
  const surSession = { entite: "session", entiteId: session.id };

  // Le jury est composé un mois avant la clôture ; la jurée de démonstration en est déjà membre.
  const composition = plus(session.clotureLe, -30);
  const membres = new Map<string, { membreJuryId: string; utilisateurId: string }>();
  const jure = await tx.membreJury.findUniqueOrThrow({ where: { sessionId_utilisateurId: { sessionId: session.id, utilisateurId: ctx.jureId } } });
  membres.set("jure", { membreJuryId: jure.id, utilisateurId: ctx.jureId });
  for (const expert of EXPERTS_JURY) {
    const organisation = expert.appartenance
      ? await tx.organisation.findFirstOrThrow({ where: { type: "service_etat", codeDepartement: expert.appartenance.organisation.slice(5) } })
      : null;
    const u = await tx.utilisateur.create({
      data: {
        email: expert.email, prenom: expert.prenom, nom: expert.nom, emailVerifieLe: composition, creeLe: composition,
        appartenances: organisation ? { create: { organisationId: organisation.id, role: expert.appartenance!.role, creeLe: composition } } : undefined,
      },
    });
    const membre = await tx.membreJury.create({ data: { sessionId: session.id, utilisateurId: u.id, president: expert.president, creeLe: composition } });
    membres.set(expert.email, { membreJuryId: membre.id, utilisateurId: u.id });
    journal.push({
      ...surSession,
      type: "jury.jure_ajoute", acteurId: administrateurId, survenuLe: composition,
      resume: `${expert.email} ajouté(e) au jury de « ${session.theme} »`, donnees: { membreJuryId: membre.id, compteCree: true },
    });
  }

  await tx.sessionAmi.update({ where: { id: session.id }, data: { clotureeLe: session.clotureLe, juresParCandidature: 3 } });
  journal.push({
    ...surSession,
    type: "session.cloturee", survenuLe: session.clotureLe,
    resume: `Session « ${session.theme} » close à l'heure prévue`, donnees: { clotureLe: session.clotureLe.toISOString() },
  });

  // Les faits de la règle d'affectation (lib/jury/affecter.ts) : une note mal placée ferait évaluer à
  // un juré une candidature de son organisation ou de son département.
  const faits = await tx.membreJury.findMany({
    where: { sessionId: session.id },
    select: { id: true, utilisateur: { select: { appartenances: { select: { organisationId: true, organisation: { select: { codeDepartement: true } } } } } } },
  });
  const jures = new Map(faits.map((m) => [m.id, {
    membreJuryId: m.id,
    organisationIds: m.utilisateur.appartenances.map((a) => a.organisationId),
    departements: m.utilisateur.appartenances.flatMap((a) => (a.organisation.codeDepartement ? [a.organisation.codeDepartement] : [])),
  }]));

  const repartition = jour(maintenant, -26, "10:00");
  const charges = new Map<string, number>();
  for (const [i, [reference, parJure]] of Object.entries(NOTES).entries()) {
    const c = await tx.candidature.findUniqueOrThrow({
      where: { id: ctx.candidatures.get(reference)! },
      select: { id: true, codeDepartement: true, collectivitePrincipaleId: true, serviceEtatId: true },
    });
    const faitsCandidature = { id: c.id, organisationIds: [c.collectivitePrincipaleId, c.serviceEtatId], departements: [c.codeDepartement] };
    for (const [j, [cle, note]] of Object.entries(parJure).entries()) {
      const membre = membres.get(cle)!;
      if (!jureCompatible(jures.get(membre.membreJuryId)!, faitsCandidature, new Set())) {
        throw new Error(`${reference} : ${cle} ne peut pas l'évaluer (organisation ou département de la candidature).`);
      }
      const { notes, commentaires } = Array.isArray(note) ? { notes: note, commentaires: {} as Partial<Record<number, string>> } : note;
      const soumiseLe = jour(maintenant, -20 + 2 * j + (i % 3), `${10 + i}:15`);
      const affectation = await tx.affectationJury.create({
        data: { membreJuryId: membre.membreJuryId, candidatureId: c.id, creeLe: repartition, soumiseLe },
      });
      await tx.evaluation.createMany({
        data: session.criteres.map((critere, k) => ({
          membreJuryId: membre.membreJuryId, candidatureId: c.id, critereId: critere.id,
          note: notes[k]!, commentaire: commentaires[k] ?? null, soumiseLe, modifieLe: soumiseLe,
        })),
      });
      journal.push({
        type: "evaluation.soumise", acteurId: membre.utilisateurId, entite: "affectation_jury", entiteId: affectation.id, survenuLe: soumiseLe,
        resume: `Évaluation soumise : ${reference}`, donnees: { notees: notes.length },
      });
      charges.set(cle, (charges.get(cle) ?? 0) + 1);
    }
  }
  const total = [...charges.values()].reduce((t, n) => t + n, 0);
  journal.push({
    ...surSession,
    type: "jury.repartition", acteurId: administrateurId, survenuLe: repartition,
    resume: `Répartition : ${total} affectation(s), 3 juré(s) par candidature`,
    donnees: { nouvelles: total, total, incompletes: 0, chargeMin: Math.min(...charges.values()), chargeMax: Math.max(...charges.values()) },
  });
  journal.push({
    ...surSession,
    type: "session.deliberation_ouverte", acteurId: administrateurId, survenuLe: jour(maintenant, -5, "09:30"),
    resume: `Session « ${session.theme} » : ouvrir la délibération`, donnees: { clotureLe: session.clotureLe.toISOString() },
  });
}
