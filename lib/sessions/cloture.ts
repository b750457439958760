// Clôture automatique des sessions (DESIGN.md §5 : « closing happens by itself at the closing
// date-time »). Deux déclencheurs, une seule fonction idempotente : la tâche posée à l'ouverture pour
// l'instant exact de la clôture (file durable, `startAfter`), et la tâche planifiée de chaque minute
// qui rattrape une session échue si aucun travailleur ne tournait à cet instant. Rien ne dépend de
// l'une ou de l'autre pour refuser un dépôt tardif : R1 compare l'instant de clôture lui-même.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { FILES } from "@/lib/file/files";
import { mettreEnFile } from "@/lib/file/producteur";
import { horlogeSysteme, type Horloge } from "@/lib/horloge";
import { statutsSessionPermettant } from "./transitions";

type Tx = Prisma.TransactionClient;

/** Pose la tâche de clôture à l'instant prévu (à l'ouverture, ou quand la date de clôture change). */
export async function planifierCloture(tx: Tx, session: { id: string; clotureLe: Date }): Promise<void> {
  await mettreEnFile(tx, FILES.sessionsCloture.name, { sessionId: session.id }, { startAfter: session.clotureLe });
}

/** Clôt les sessions ouvertes dont l'instant de clôture est passé ; rend leurs identifiants. */
export async function cloturerSessionsEchues(client: PrismaClient, horloge: Horloge = horlogeSysteme): Promise<string[]> {
  const maintenant = horloge();
  const echues = await client.sessionAmi.findMany({
    where: { statut: { in: statutsSessionPermettant("cloturer") }, clotureLe: { lte: maintenant } },
    select: { id: true, theme: true, clotureLe: true },
  });
  const closes: string[] = [];
  for (const s of echues) {
    const close = await client.$transaction(async (tx) => {
      // Écriture conditionnelle : deux travailleurs qui passent en même temps ne closent qu'une fois.
      const { count } = await tx.sessionAmi.updateMany({
        where: { id: s.id, statut: { in: statutsSessionPermettant("cloturer") }, clotureLe: { lte: maintenant } },
        data: { statut: "cloturee", clotureeLe: maintenant, version: { increment: 1 } },
      });
      if (count === 0) return false;
      await enregistrerEvenement(tx, {
        type: "session.cloturee",
        entite: "session",
        entiteId: s.id,
        resume: `Session « ${s.theme} » close à l'heure prévue`,
        donnees: { clotureLe: s.clotureLe.toISOString() },
        survenuLe: maintenant,
      });
      return true;
    });
    if (close) closes.push(s.id);
  }
  return closes;
}
