// Journal d'audit chaîné : chaque événement porte l'empreinte du précédent, si bien qu'une
// modification ou une suppression a posteriori se voit à la vérification (verifierChaine).
// La table est en ajout seul (déclencheur dans la migration initiale).
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { DonneesEvenements, TypeEvenement } from "./evenements";

export const HASH_ORIGINE = "0".repeat(64);

type Commun = {
  acteurId?: string | null;
  entite: string;
  entiteId: string;
  candidatureId?: string | null;
  atelierId?: string | null;
  /** Phrase française écrite au moment de l'action, montrée telle quelle dans la chronologie. */
  resume: string;
  /**
   * Date de l'action, pour les seules données de démonstration (passé reconstitué, écrit dans
   * l'ordre chronologique) ; sinon l'heure de l'écriture.
   */
  survenuLe?: Date;
};

/** Un événement du catalogue (lib/audit/evenements.ts), avec les données de son type. */
export type NouvelEvenement<T extends TypeEvenement = TypeEvenement> = {
  [K in T]: Commun & { type: K } & (Record<string, never> extends DonneesEvenements[K]
      ? { donnees?: DonneesEvenements[K] }
      : { donnees: DonneesEvenements[K] });
}[T];

type Contenu = {
  acteurId: string | null;
  type: string;
  entite: string;
  entiteId: string;
  candidatureId: string | null;
  atelierId: string | null;
  resume: string;
  donnees: Record<string, unknown>;
  survenuLe: string;
};

/** JSON canonique (clés triées) : la même donnée donne toujours la même empreinte. */
export function jsonCanonique(valeur: unknown): string {
  if (Array.isArray(valeur)) return `[${valeur.map(jsonCanonique).join(",")}]`;
  if (valeur && typeof valeur === "object") {
    const entrees = Object.entries(valeur as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entrees.map(([k, v]) => `${JSON.stringify(k)}:${jsonCanonique(v)}`).join(",")}}`;
  }
  return JSON.stringify(valeur ?? null);
}

export function empreinteEvenement(hashPrecedent: string, contenu: Contenu): string {
  return createHash("sha256").update(hashPrecedent).update("\n").update(jsonCanonique(contenu)).digest("hex");
}

/**
 * Ajoute un événement dans la transaction en cours. Le verrou consultatif de transaction
 * sérialise les écritures du journal entre toutes les instances : deux événements ne peuvent
 * pas prendre le même prédécesseur.
 */
export async function enregistrerEvenement(tx: Prisma.TransactionClient, evenement: NouvelEvenement) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('journal_evenement'))`;
  const dernier = await tx.evenement.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const hashPrecedent = dernier?.hash ?? HASH_ORIGINE;
  const contenu: Contenu = {
    acteurId: evenement.acteurId ?? null,
    type: evenement.type,
    entite: evenement.entite,
    entiteId: evenement.entiteId,
    candidatureId: evenement.candidatureId ?? null,
    atelierId: evenement.atelierId ?? null,
    resume: evenement.resume,
    donnees: (evenement.donnees ?? {}) as Record<string, unknown>,
    survenuLe: (evenement.survenuLe ?? new Date()).toISOString(),
  };
  return tx.evenement.create({
    data: {
      ...contenu,
      donnees: contenu.donnees as Prisma.InputJsonValue,
      survenuLe: new Date(contenu.survenuLe),
      hashPrecedent,
      hash: empreinteEvenement(hashPrecedent, contenu),
    },
  });
}

export type ResultatVerification =
  | { valide: true; evenements: number }
  | { valide: false; evenements: number; rompuA: bigint; raison: string };

/** Recalcule toute la chaîne, par lots, dans l'ordre des identifiants. */
export async function verifierChaine(prisma: PrismaClient, lot = 5_000): Promise<ResultatVerification> {
  let precedent = HASH_ORIGINE;
  let curseur: bigint | undefined;
  let total = 0;
  for (;;) {
    const evenements = await prisma.evenement.findMany({
      where: curseur === undefined ? {} : { id: { gt: curseur } },
      orderBy: { id: "asc" },
      take: lot,
    });
    if (evenements.length === 0) return { valide: true, evenements: total };
    for (const e of evenements) {
      total += 1;
      if (e.hashPrecedent !== precedent) {
        return { valide: false, evenements: total, rompuA: e.id, raison: "le maillon précédent a été modifié ou supprimé" };
      }
      const attendu = empreinteEvenement(precedent, {
        acteurId: e.acteurId,
        type: e.type,
        entite: e.entite,
        entiteId: e.entiteId,
        candidatureId: e.candidatureId,
        atelierId: e.atelierId,
        resume: e.resume,
        donnees: e.donnees as Record<string, unknown>,
        survenuLe: e.survenuLe.toISOString(),
      });
      if (attendu !== e.hash) {
        return { valide: false, evenements: total, rompuA: e.id, raison: "le contenu de l'événement a été modifié" };
      }
      precedent = e.hash;
    }
    curseur = evenements[evenements.length - 1]!.id;
  }
}
