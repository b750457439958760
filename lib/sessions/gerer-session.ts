// Gérer les sessions nationales (issue 13, partie 1) : créer, modifier, faire avancer le statut.
// Réservé aux administrateurs DGALN (politique : `session.gerer`) ; la session est chargée dans cette
// portée (hors portée = INTROUVABLE). Modification sous verrou optimiste (`version`) ; la grille ne
// change plus une fois la session ouverte ; l'ouverture et tout changement de la date de clôture
// d'une session ouverte posent la tâche de clôture à l'instant prévu (lib/sessions/cloture.ts).
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { chargerOuRefuser } from "@/lib/autorisations/exiger";
import { aUnDroit, porteeSession } from "@/lib/autorisations/politique";
import { OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";
import { LIBELLES_STATUT_SESSION } from "@/lib/candidatures/regles/libelles";
import { heureDeParis } from "@/lib/dates/paris";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formaterDateHeure } from "@/lib/format/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { horlogeSysteme } from "@/lib/horloge";
import { appliquerDecisionsSession } from "@/lib/selection/session";
import { planifierCloture } from "./cloture";
import { sessionSchema, transitionSessionSchema, type SessionSaisie } from "./session.schema";
import { grilleModifiable, sessionModifiable, statutsSessionPermettant, transitionSession } from "./transitions";

type Tx = Prisma.TransactionClient;

/** « Habitat et sobriété foncière » → « habitat-et-sobriete-fonciere-2027 », unique. */
async function slugLibre(tx: Tx, theme: string, ouvertureLe: Date): Promise<string> {
  const base =
    theme
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "session";
  const racine = `${base}-${ouvertureLe.getUTCFullYear()}`;
  for (let n = 1; ; n++) {
    const slug = n === 1 ? racine : `${racine}-${n}`;
    if (!(await tx.sessionAmi.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

function valeurs(s: SessionSaisie) {
  return {
    theme: s.theme,
    description: s.description,
    ouvertureLe: heureDeParis(s.ouvertureLe),
    clotureLe: heureDeParis(s.clotureLe),
    selectionLe: s.selectionLe ? heureDeParis(`${s.selectionLe}T12:00`) : null,
    quotaLaureats: s.quotaLaureats,
    budgetEuros: s.budgetEuros,
    piecesRequises: [...s.piecesRequises],
  };
}

const memeGrille = (avant: { libelle: string; description: string | null; poids: number }[], apres: SessionSaisie["criteres"]) =>
  avant.length === apres.length && avant.every((c, i) => c.libelle === apres[i]!.libelle && (c.description ?? "") === apres[i]!.description && c.poids === apres[i]!.poids);

function chargerSession(tx: Tx, acteur: Parameters<typeof porteeSession>[0], id: unknown) {
  return chargerOuRefuser(id, (id) =>
    tx.sessionAmi.findFirst({ where: { AND: [{ id }, porteeSession(acteur, "gerer")] }, include: { criteres: { orderBy: { ordre: "asc" } } } }),
  );
}

export const enregistrerSession: DefinitionAction<typeof sessionSchema, { sessionId: string; slug: string; creee: boolean }> = {
  nom: "sessions.enregistrer",
  schema: sessionSchema,
  async executer({ acteur, donnees }) {
    const data = valeurs(donnees);
    const criteres = donnees.criteres.map((c, ordre) => ({ libelle: c.libelle, description: c.description || null, poids: c.poids, ordre }));
    return prisma.$transaction(async (tx) => {
      if (!donnees.sessionId) {
        // Créer ne vise pas une ligne existante : le droit se lit sur la politique.
        if (!aUnDroit(acteur, "session", "gerer")) {
          throw new AppError("ACCES_REFUSE", "Seul un administrateur de la DGALN peut créer une session nationale.");
        }
        const slug = await slugLibre(tx, data.theme, data.ouvertureLe);
        const session = await tx.sessionAmi.create({ data: { ...data, slug, criteres: { create: criteres } }, select: { id: true, slug: true } });
        await enregistrerEvenement(tx, { type: "session.creee", acteurId: acteur.id, entite: "session", entiteId: session.id, resume: `Session « ${data.theme} » créée`, donnees: { theme: data.theme } });
        return { sessionId: session.id, slug: session.slug, creee: true };
      }
      const s = await chargerSession(tx, acteur, donnees.sessionId);
      if (!sessionModifiable(s.statut)) {
        throw new AppError("ETAT_INCOMPATIBLE", `La session est « ${LIBELLES_STATUT_SESSION[s.statut]} » : elle ne se modifie plus.`);
      }
      const grilleChangee = !memeGrille(s.criteres, donnees.criteres);
      if (grilleChangee && !grilleModifiable(s.statut)) {
        throw new AppError("ETAT_INCOMPATIBLE", "La session est ouverte : sa grille d'évaluation ne se modifie plus (les porteurs candidatent sur cette grille).");
      }
      if (s.statut === "ouverte" && data.clotureLe.getTime() <= horlogeSysteme().getTime()) {
        throw new AppError("REGLE_NON_RESPECTEE", "La session est ouverte : sa clôture ne peut pas être placée dans le passé.");
      }
      const { count } = await tx.sessionAmi.updateMany({ where: { id: s.id, version: donnees.version ?? s.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) {
        throw new AppError("CONFLIT", "La session vient d'être modifiée par quelqu'un d'autre : rechargez la page pour voir ses nouvelles valeurs, puis reprenez votre saisie.");
      }
      if (grilleChangee) {
        await tx.critereEvaluation.deleteMany({ where: { sessionId: s.id } });
        await tx.critereEvaluation.createMany({ data: criteres.map((c) => ({ ...c, sessionId: s.id })) });
      }
      if (s.statut === "ouverte" && data.clotureLe.getTime() !== s.clotureLe.getTime()) await planifierCloture(tx, { id: s.id, clotureLe: data.clotureLe });
      const champs = (["theme", "description", "ouvertureLe", "clotureLe", "selectionLe", "quotaLaureats", "budgetEuros", "piecesRequises"] as const).filter(
        (k) => JSON.stringify(s[k]) !== JSON.stringify(data[k]),
      );
      await enregistrerEvenement(tx, {
        type: "session.modifiee",
        acteurId: acteur.id,
        entite: "session",
        entiteId: s.id,
        resume: `Session « ${data.theme} » modifiée`,
        donnees: { champs: grilleChangee ? [...champs, "criteres"] : champs },
      });
      return { sessionId: s.id, slug: s.slug, creee: false };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => ["/admin/sessions", `/admin/sessions/${r.sessionId}`, `/sessions/${r.slug}`, "/"],
};

const EVENEMENTS = {
  ouvrir: "session.ouverte",
  ouvrir_deliberation: "session.deliberation_ouverte",
  publier_resultats: "session.resultats_publies",
} as const;

export const changerStatutSession: DefinitionAction<typeof transitionSessionSchema, { sessionId: string; statut: string }> = {
  nom: "sessions.changer-statut",
  schema: transitionSessionSchema,
  async executer({ acteur, donnees }) {
    const maintenant = horlogeSysteme();
    return prisma.$transaction(async (tx) => {
      const s = await chargerSession(tx, acteur, donnees.sessionId);
      const transition = transitionSession(s.statut, donnees.action);
      if (!transition || transition.par !== "administrateur") {
        throw new AppError("ETAT_INCOMPATIBLE", `La session est « ${LIBELLES_STATUT_SESSION[s.statut]} » : cette étape n'est pas possible maintenant.`);
      }
      if (donnees.action === "ouvrir" && s.clotureLe.getTime() <= maintenant.getTime()) {
        throw new AppError("REGLE_NON_RESPECTEE", `La clôture prévue (${formaterDateHeure(s.clotureLe)}) est passée : reportez-la avant d'ouvrir la session.`);
      }
      if (donnees.action === "ouvrir" && s.criteres.reduce((t, c) => t + c.poids, 0) !== 100) {
        throw new AppError("REGLE_NON_RESPECTEE", "Les poids de la grille d'évaluation doivent faire 100 % avant l'ouverture.");
      }
      const { count } = await tx.sessionAmi.updateMany({
        where: { id: s.id, version: donnees.version, statut: { in: statutsSessionPermettant(donnees.action) } },
        data: { statut: transition.vers, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLIT", "La session vient d'être modifiée par quelqu'un d'autre : rechargez la page.");
      if (donnees.action === "ouvrir") await planifierCloture(tx, s);
      // Publier rend effectives les décisions préparées (refusé s'il en manque : la transaction est annulée).
      const resultats = donnees.action === "publier_resultats" ? await appliquerDecisionsSession(tx, s, maintenant) : null;
      await enregistrerEvenement(tx, {
        type: EVENEMENTS[donnees.action],
        acteurId: acteur.id,
        entite: "session",
        entiteId: s.id,
        resume:
          `Session « ${s.theme} » : ${transition.libelle.toLowerCase()}` +
          (resultats ? ` (${resultats.retenues} retenue(s), ${resultats.nonRetenues} non retenue(s), ${resultats.listeComplementaire} en liste complémentaire)` : ""),
        donnees: { clotureLe: s.clotureLe.toISOString() },
      });
      return { sessionId: s.id, statut: transition.vers };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => ["/admin/sessions", `/admin/sessions/${r.sessionId}`, `/admin/sessions/${r.sessionId}/deliberation`, "/", "/instruction"],
};
