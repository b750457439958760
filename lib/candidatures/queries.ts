// Lecture d'une candidature, toujours bornée par la portée de l'acteur (décision 007) : la
// permission est dans le `where`, une candidature hors périmètre n'est jamais chargée.
import "server-only";
import { cache } from "react";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { porteeCandidature, type ActionDe } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const INCLUSION_DETAIL = {
  collectivitePrincipale: { select: { id: true, nom: true, type: true, siren: true, codeInsee: true, codeDepartement: true } },
  serviceEtat: { select: { id: true, nom: true, typeServiceEtat: true } },
  porteuses: { select: { organisation: { select: { id: true, nom: true, type: true, siren: true, codeInsee: true, codeDepartement: true } } } },
  session: { select: { id: true, theme: true, statut: true, clotureLe: true } },
} as const satisfies Prisma.CandidatureInclude;

export type CandidatureDetail = Prisma.CandidatureGetPayload<{ include: typeof INCLUSION_DETAIL }>;

// Une même page lit la candidature depuis sa page, ses métadonnées, sa liste de contrôle et sa
// chronologie : `cache` (React) la lit une fois par rendu. Hors rendu (actions, scripts, tests),
// `cache` n'a pas d'effet ; dans une transaction, la lecture se fait toujours dans la transaction.
function lireDansPortee(client: Client, acteur: Acteur, id: string, action: ActionDe<"candidature">): Promise<CandidatureDetail | null> {
  return client.candidature.findFirst({ where: { AND: [{ id }, porteeCandidature(acteur, action)] }, include: INCLUSION_DETAIL });
}
const lireUneFoisParRendu = cache((acteur: Acteur, id: string, action: ActionDe<"candidature">) => lireDansPortee(prisma, acteur, id, action));

/** La candidature si elle est dans la portée de l'action pour cet acteur ; `null` sinon, qu'elle existe ou non. */
export async function trouverCandidature(
  acteur: Acteur,
  id: string,
  action: ActionDe<"candidature"> = "lire",
  client: Client = prisma,
): Promise<CandidatureDetail | null> {
  if (!estIdentifiant(id)) return null;
  return client === prisma ? lireUneFoisParRendu(acteur, id, action) : lireDansPortee(client, acteur, id, action);
}
