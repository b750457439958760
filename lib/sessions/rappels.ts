// Relances avant la clôture d'une session (issue 13) : à J-7 puis à J-2, les porteurs des candidatures
// de la session pas encore déposées reçoivent une notification (et un courriel, selon leur choix).
// Une seule relance par échéance, même avec plusieurs travailleurs : la ligne `rappel_session` est
// posée d'abord (clé unique) et seul celui qui l'a posée envoie. Une session ouverte à moins de deux
// jours de sa clôture ne reçoit que la relance J-2 (J-7 est marquée faite, sans envoi).
import type { EcheanceRappel, PrismaClient, StatutCandidature } from "@/lib/generated/prisma/client";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { cheminCandidature, notifierParties } from "@/lib/candidatures/notifications";
import { formaterDateHeure } from "@/lib/format/dates";
import { horlogeSysteme, type Horloge } from "@/lib/horloge";

const JOUR_MS = 86_400_000;

/** Échéances de relance, de la plus lointaine à la plus proche, en jours avant la clôture. */
export const ECHEANCES_RAPPEL: readonly { echeance: EcheanceRappel; jours: number }[] = [
  { echeance: "j7", jours: 7 },
  { echeance: "j2", jours: 2 },
];

/** Candidatures « non déposées » : celles que les porteurs peuvent encore déposer. */
export const STATUTS_A_RELANCER: readonly StatutCandidature[] = ["brouillon", "signee"];

/** L'échéance due à cet instant (la plus proche déjà atteinte), ou `null` hors des sept derniers jours. */
export function echeanceDue(clotureLe: Date, maintenant: Date): EcheanceRappel | null {
  const reste = clotureLe.getTime() - maintenant.getTime();
  if (reste <= 0) return null;
  const atteintes = ECHEANCES_RAPPEL.filter((e) => reste <= e.jours * JOUR_MS);
  return atteintes.at(-1)?.echeance ?? null;
}

export type RappelEnvoye = { sessionId: string; echeance: EcheanceRappel; candidatures: number };

export async function envoyerRappelsSessions(client: PrismaClient, horloge: Horloge = horlogeSysteme): Promise<RappelEnvoye[]> {
  const maintenant = horloge();
  const sessions = await client.sessionAmi.findMany({
    where: { statut: "ouverte", clotureLe: { gt: maintenant, lte: new Date(maintenant.getTime() + 7 * JOUR_MS) } },
    select: { id: true, theme: true, clotureLe: true },
  });
  const envoyes: RappelEnvoye[] = [];
  for (const s of sessions) {
    const echeance = echeanceDue(s.clotureLe, maintenant);
    if (!echeance) continue;
    const rang = ECHEANCES_RAPPEL.findIndex((e) => e.echeance === echeance);
    const candidatures = await client.candidature.findMany({
      where: { sessionId: s.id, statut: { in: [...STATUTS_A_RELANCER] } },
      select: { id: true, reference: true },
      orderBy: { reference: "asc" },
    });
    const pose = await client.$transaction(async (tx) => {
      // Les échéances déjà dépassées sont marquées faites sans envoi ; celle-ci est posée, une fois.
      await tx.rappelSession.createMany({ data: ECHEANCES_RAPPEL.slice(0, rang).map((e) => ({ sessionId: s.id, echeance: e.echeance, envoyeLe: maintenant })), skipDuplicates: true });
      const { count } = await tx.rappelSession.createMany({ data: [{ sessionId: s.id, echeance, envoyeLe: maintenant, nombre: candidatures.length }], skipDuplicates: true });
      if (count === 0) return false;
      await enregistrerEvenement(tx, {
        type: "session.rappel",
        entite: "session",
        entiteId: s.id,
        resume: `Relance ${echeance === "j7" ? "J-7" : "J-2"} de la session « ${s.theme} » : ${candidatures.length} candidature(s) non déposée(s)`,
        donnees: { echeance, candidatures: candidatures.length },
        survenuLe: maintenant,
      });
      return true;
    });
    if (!pose) continue;
    const cloture = `${formaterDateHeure(s.clotureLe)} (heure de Paris)`;
    for (const c of candidatures) {
      // Pas de type « rappel » dans TypeNotification : la relance porte sur le dépôt attendu.
      await notifierParties(c.id, ["collectivite", "etat"], "rappel_session", {
        sujet: `Session « ${s.theme} » : clôture le ${formaterDateHeure(s.clotureLe)}, candidature ${c.reference} non déposée`,
        paragraphes: [
          `La session nationale « ${s.theme} » ferme le ${cloture}. La candidature ${c.reference} n'est pas encore déposée.`,
          "Pour être examinée, elle doit être signée par les deux parties (collectivité et service de l'État) puis déposée par le service de l'État avant cette heure. Passé ce délai, le dépôt sera refusé.",
        ],
        chemin: cheminCandidature(c.id),
        libelleLien: "Ouvrir la candidature",
      });
    }
    envoyes.push({ sessionId: s.id, echeance, candidatures: candidatures.length });
  }
  return envoyes;
}
