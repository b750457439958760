// Relances de retard des phases d'un atelier (issue 14, décision 036) : chaque jour (file durable,
// lib/file/files.ts), les phases dont la fin prévue est passée (jour de Paris) sans être validées,
// dans un atelier en préparation ou en cours, sont signalées au pilote de l'atelier et aux
// signataires des deux parties (co-pilotes : rôles de `atelier.valider_phase` dans la politique) —
// notification, et courriel selon les préférences de chacun.
// Une seule fois par phase et par fin prévue : `Phase.retardSignalePour` retient la fin prévue
// signalée ; une nouvelle fin prévue, une fois échue, donne un nouvel avis. L'écriture est
// conditionnelle et, dans la même transaction, crée les notifications : deux travailleurs
// simultanés se suivent sur le verrou de la ligne, le second ne trouve plus rien à signaler.
import type { Client } from "@/lib/autorisations/exiger";
import { droitsDe } from "@/lib/autorisations/politique";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { LIBELLES_STATUT_PHASE } from "@/lib/candidatures/regles/libelles";
import { jourDeParis } from "@/lib/dates/paris";
import { formaterDate } from "@/lib/format/dates";
import type { PrismaClient, RoleAppartenance, StatutAtelier, StatutPhase } from "@/lib/generated/prisma/client";
import { horlogeSysteme, type Horloge } from "@/lib/horloge";
import { notifier } from "@/lib/notifications/notifier";
import { deLaPhase } from "./transitions";

/** Comme « Mes ateliers » : un atelier terminé ou abandonné n'est plus en retard. */
const STATUTS_SUIVIS: StatutAtelier[] = ["en_preparation", "en_cours"];

/** Les rôles des co-pilotes, par partie, tels que la politique les donne (`atelier.valider_phase`). */
function rolesCoPilotes(profil: "collectivite" | "etat"): RoleAppartenance[] {
  return droitsDe("atelier", "valider_phase").flatMap((d) => (d.profil === profil ? [...d.roles] : []));
}

/** Ce que chacun doit faire, selon où en est la phase. */
const A_FAIRE: Record<Exclude<StatutPhase, "validee">, string> = {
  a_venir: "La phase n'a pas encore démarré : le pilote la démarre dès que la précédente est validée.",
  en_cours: "Le pilote dépose le livrable de la phase puis la soumet à validation des deux co-pilotes.",
  a_valider: "La phase attend la validation des deux co-pilotes (collectivité et service de l'État) : relisez les livrables, puis validez-la ou renvoyez-la.",
};

export type RetardSignale = { phaseId: string; atelierId: string; destinataires: number };

export async function signalerPhasesEnRetard(client: PrismaClient, horloge: Horloge = horlogeSysteme): Promise<RetardSignale[]> {
  const maintenant = horloge();
  const aujourdhui = new Date(`${jourDeParis(maintenant)}T00:00:00Z`);
  const candidates = await client.phase.findMany({
    where: { statut: { not: "validee" }, finPrevue: { lt: aujourdhui }, atelier: { statut: { in: STATUTS_SUIVIS } } },
    select: { id: true, finPrevue: true, retardSignalePour: true },
    orderBy: [{ finPrevue: "asc" }, { id: "asc" }],
  });
  const aSignaler = candidates.filter((p) => p.finPrevue && p.retardSignalePour?.getTime() !== p.finPrevue.getTime());
  const signales: RetardSignale[] = [];
  for (const candidate of aSignaler) {
    const finPrevue = candidate.finPrevue!;
    const signale = await client.$transaction(async (tx) => {
      // Écriture conditionnelle : seul celui qui la fait passer prévient ; l'autre travailleur
      // attend notre COMMIT, relit la ligne, et la condition ne tient plus (count = 0).
      const { count } = await tx.phase.updateMany({
        where: {
          id: candidate.id,
          statut: { not: "validee" },
          finPrevue,
          atelier: { statut: { in: STATUTS_SUIVIS } },
          OR: [{ retardSignalePour: null }, { retardSignalePour: { not: finPrevue } }],
        },
        data: { retardSignalePour: finPrevue, retardSignaleLe: maintenant },
      });
      if (count === 0) return null;
      const phase = await tx.phase.findUniqueOrThrow({
        where: { id: candidate.id },
        select: {
          id: true,
          type: true,
          statut: true,
          atelierId: true,
          atelier: { select: { titre: true, piloteId: true, serviceEtatId: true, collectivites: { where: { principale: true }, select: { organisationId: true } } } },
        },
      });
      const destinataires = await destinatairesDuRetard(tx, phase.atelier);
      const statut = phase.statut as Exclude<StatutPhase, "validee">;
      const fin = formaterDate(finPrevue);
      const titre = `Atelier « ${phase.atelier.titre} » : la phase ${deLaPhase(phase.type)} est en retard`;
      const nombre = await notifier(tx, destinataires, {
        type: "phase_atelier",
        titre,
        texte: `Sa fin était prévue le ${fin} ; elle est « ${LIBELLES_STATUT_PHASE[statut]} ». ${A_FAIRE[statut]}`,
        courriel: {
          sujet: titre,
          paragraphes: [
            `La phase ${deLaPhase(phase.type)} de l'atelier « ${phase.atelier.titre} » devait se terminer le ${fin}. Elle n'est pas validée : elle est « ${LIBELLES_STATUT_PHASE[statut]} ».`,
            A_FAIRE[statut],
            "Ce rappel n'est envoyé qu'une fois ; si le calendrier change, un nouveau rappel ne partira que si la nouvelle fin prévue est dépassée à son tour.",
          ],
          chemin: `/ateliers/${phase.atelierId}`,
          libelleLien: "Ouvrir l'atelier",
        },
      });
      await enregistrerEvenement(tx, {
        type: "phase.retard_signale",
        entite: "phase",
        entiteId: phase.id,
        atelierId: phase.atelierId,
        resume: `Rappel de retard envoyé : la phase ${deLaPhase(phase.type)} devait se terminer le ${fin}.`,
        donnees: { type: phase.type, finPrevue: finPrevue.toISOString().slice(0, 10), destinataires: nombre },
        survenuLe: maintenant,
      });
      return { phaseId: phase.id, atelierId: phase.atelierId, destinataires: nombre };
    });
    if (signale) signales.push(signale);
  }
  return signales;
}

/** Le pilote de l'atelier et les signataires des deux parties (collectivité principale, service de l'État pilote). */
async function destinatairesDuRetard(
  tx: Client,
  atelier: { piloteId: string | null; serviceEtatId: string; collectivites: { organisationId: string }[] },
): Promise<string[]> {
  const membres = await tx.appartenance.findMany({
    where: {
      OR: [
        { organisationId: { in: atelier.collectivites.map((c) => c.organisationId) }, role: { in: rolesCoPilotes("collectivite") } },
        { organisationId: atelier.serviceEtatId, role: { in: rolesCoPilotes("etat") } },
      ],
    },
    select: { utilisateurId: true },
  });
  return [...new Set([...(atelier.piloteId ? [atelier.piloteId] : []), ...membres.map((m) => m.utilisateurId)])];
}
