// Produire la lettre d'une décision dans la transaction qui l'enregistre, et la ranger comme un
// Fichier (en base, comme les récépissés), liée à la décision par `lettreId`.
import "server-only";
import { createHash } from "node:crypto";
import { nomCollectiviteDeveloppe } from "@/lib/format/collectivites";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nomAffiche } from "@/lib/organisations/acces";
import { TYPE_MIME_PDF } from "@/lib/recepisse/produire";
import { genererLettreDecision, type TypeDecisionAvecLettre } from "./lettre";

type Tx = Prisma.TransactionClient;

export const TYPES_AVEC_LETTRE: readonly TypeDecisionAvecLettre[] = ["irrecevable", "corrections_demandees", "retenue", "non_retenue", "liste_complementaire"];

export function aUneLettre(type: string): type is TypeDecisionAvecLettre {
  return (TYPES_AVEC_LETTRE as readonly string[]).includes(type);
}

/** Rend l'identifiant du fichier de la lettre ; `null` pour une décision qui n'en produit pas. */
export async function produireLettre(tx: Tx, decisionId: string): Promise<string | null> {
  const decision = await tx.decision.findUniqueOrThrow({
    where: { id: decisionId },
    include: {
      decidePar: { select: { email: true, prenom: true, nom: true } },
      candidature: {
        select: {
          reference: true,
          titre: true,
          format: true,
          collectivitePrincipale: { select: { nom: true } },
          serviceEtat: { select: { nom: true } },
          session: { select: { theme: true } },
          depots: { orderBy: { numero: "desc" }, take: 1, select: { numero: true, numeroRecepisse: true, deposeLe: true } },
        },
      },
    },
  });
  if (!aUneLettre(decision.type)) return null;
  const c = decision.candidature;
  const depot = c.depots[0];
  if (!depot) throw new Error(`Décision ${decisionId} sans dépôt`);
  const pdf = await genererLettreDecision({
    type: decision.type,
    reference: c.reference,
    titre: c.titre || "Sans titre",
    format: c.format,
    collectivite: nomCollectiviteDeveloppe(c.collectivitePrincipale.nom),
    serviceEtat: c.serviceEtat.nom,
    decideeLe: decision.decideeLe,
    decidePar: nomAffiche(decision.decidePar),
    depotNumero: depot.numero,
    numeroRecepisse: depot.numeroRecepisse,
    deposeeLe: depot.deposeLe,
    motivation: decision.motivation,
    points: decision.points,
    echeance: decision.echeance,
    session: c.session?.theme ?? null,
  });
  const fichier = await tx.fichier.create({
    data: { sha256: createHash("sha256").update(pdf).digest("hex"), taille: pdf.length, typeMime: TYPE_MIME_PDF, contenu: new Uint8Array(pdf) },
    select: { id: true },
  });
  await tx.decision.update({ where: { id: decisionId }, data: { lettreId: fichier.id } });
  return fichier.id;
}
