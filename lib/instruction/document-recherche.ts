// Document de recherche plein texte d'une candidature (issue 11) : la fonction SQL
// `candidature_document_recherche` (migration 20261130022011_instruction) le construit depuis la
// référence, le titre, les collectivités, le territoire et la note d'opportunité ; on le recalcule
// dans la transaction de chaque écriture du contenu (création, section, pièce), au même endroit que
// l'empreinte (appliquerChangementContenu) : aucune écriture du contenu ne peut l'oublier.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function rafraichirDocumentRecherche(tx: Prisma.TransactionClient, candidatureId: string): Promise<void> {
  await tx.$executeRaw`UPDATE candidature SET recherche = candidature_document_recherche(id) WHERE id = ${candidatureId}::uuid`;
}
