// Rendre publiable le livrable final d'un atelier, ou le retirer de la publication (issue 14,
// décision 036) : geste de la DGALN seule (`atelier.publier_livrable`), pour un livrable final
// courant de la restitution (types tirés de LIVRABLES_PAR_PHASE, jamais recopiés) qui a un fichier.
// Écriture conditionnelle : deux clics simultanés donnent un seul effet ; le second lit qui l'a fait.
// Un livrable publiable paraît sur la page publique « Ateliers réalisés » (lib/ateliers/publics.ts).
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { estIdentifiant, introuvable } from "@/lib/autorisations/exiger";
import { porteeAtelier } from "@/lib/autorisations/politique";
import { LIBELLES_TYPE_LIVRABLE } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, TypeLivrable } from "@/lib/generated/prisma/client";
import { nomDe } from "../noms";
import { cheminAtelier, nomActeur, OPTIONS_TRANSACTION } from "./commun";
import { quandFrancais } from "@/lib/candidatures/commun";
import { publierLivrableSchema } from "./publication.schema";
import { LIVRABLES_PAR_PHASE } from "./transitions";

export const CHEMIN_ATELIERS_REALISES = "/ateliers-realises";

/** Les livrables finals : ceux qu'exige la restitution (DESIGN.md §2 et §9). */
export const TYPES_PUBLIABLES: readonly TypeLivrable[] = LIVRABLES_PAR_PHASE.restitution.typesRequis;

export const MESSAGE_REFUS_PUBLICATION = "Seule la DGALN (référent ou administrateur) rend un livrable publiable ou le retire de la publication.";

/** Ce livrable peut-il être publié ? Sinon, pourquoi (phrase française). Pur. */
export function publicationPossible(livrable: {
  type: TypeLivrable;
  courant: boolean;
  fichierId: string | null;
  phaseType: string | null;
}): { ok: true } | { ok: false; message: string } {
  if (livrable.phaseType !== "restitution" || !TYPES_PUBLIABLES.includes(livrable.type)) {
    return {
      ok: false,
      message: `Seul le livrable final de la restitution peut être publié (${TYPES_PUBLIABLES.map((t) => LIBELLES_TYPE_LIVRABLE[t]).join(", ")}) : « ${LIBELLES_TYPE_LIVRABLE[livrable.type]} » ne l'est pas.`,
    };
  }
  if (!livrable.courant) return { ok: false, message: "Une version plus récente de ce livrable a été déposée : seule la version courante peut être publiée." };
  if (!livrable.fichierId) return { ok: false, message: "Ce livrable n'a pas de fichier : il n'y a rien à publier." };
  return { ok: true };
}

export type LivrablePublication = { atelierId: string; livrableId: string; publiable: boolean };

const SELECTION = {
  id: true,
  atelierId: true,
  type: true,
  version: true,
  titre: true,
  courant: true,
  fichierId: true,
  phaseId: true,
  publiable: true,
  publieLe: true,
  phase: { select: { type: true } },
  publiePar: { select: { prenom: true, nom: true, email: true } },
} as const satisfies Prisma.LivrableSelect;

export const publierLivrable: DefinitionAction<typeof publierLivrableSchema, LivrablePublication> = {
  nom: "ateliers.livrables.publier",
  schema: publierLivrableSchema,
  async executer({ acteur, donnees }) {
    const { livrableId, publiable } = donnees;
    if (!estIdentifiant(livrableId)) throw introuvable();
    const maintenant = new Date();
    return prisma.$transaction(async (tx) => {
      const lire = (action: "publier_livrable" | "lire") =>
        tx.livrable.findFirst({ where: { AND: [{ id: livrableId }, { atelier: porteeAtelier(acteur, action) }] }, select: SELECTION });
      const livrable = await lire("publier_livrable");
      if (!livrable) {
        if (await lire("lire")) throw new AppError("ACCES_REFUSE", MESSAGE_REFUS_PUBLICATION);
        throw introuvable();
      }
      if (publiable) {
        const possible = publicationPossible({ ...livrable, phaseType: livrable.phase?.type ?? null });
        if (!possible.ok) throw new AppError("REGLE_NON_RESPECTEE", possible.message);
      }
      // Écriture conditionnelle : le second de deux clics simultanés attend le COMMIT du premier,
      // relit la ligne et ne la trouve plus dans l'état attendu (count = 0).
      const { count } = await tx.livrable.updateMany({
        where: { id: livrable.id, publiable: !publiable, ...(publiable ? { courant: true } : {}) },
        data: publiable ? { publiable: true, publieParId: acteur.id, publieLe: maintenant } : { publiable: false, publieParId: null, publieLe: null },
      });
      if (count === 0) {
        const actuel = await tx.livrable.findUniqueOrThrow({ where: { id: livrable.id }, select: SELECTION });
        // Une nouvelle version déposée entre-temps : la règle le dit mieux qu'un conflit.
        const possible = publicationPossible({ ...actuel, phaseType: actuel.phase?.type ?? null });
        if (publiable && !actuel.publiable && !possible.ok) throw new AppError("REGLE_NON_RESPECTEE", possible.message);
        throw new AppError(
          "CONFLIT",
          actuel.publiable
            ? `Ce livrable est déjà publié${actuel.publiePar ? ` par ${nomDe(actuel.publiePar)}` : ""}${actuel.publieLe ? ` ${quandFrancais(actuel.publieLe)}` : ""} : votre demande n'a rien changé.`
            : "Ce livrable n'est pas ou plus publié : votre demande n'a rien changé. Rechargez la page pour voir son état actuel.",
        );
      }
      const libelle = LIBELLES_TYPE_LIVRABLE[livrable.type];
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: publiable ? "livrable.publie" : "livrable.publication_retiree",
        entite: "livrable",
        entiteId: livrable.id,
        atelierId: livrable.atelierId,
        resume: publiable
          ? `${nomActeur(acteur)} rend publiable le livrable final « ${livrable.titre} » (${libelle}, version ${livrable.version}) : il paraît sur la page publique des ateliers réalisés.`
          : `${nomActeur(acteur)} retire de la publication le livrable « ${livrable.titre} » (${libelle}, version ${livrable.version}).`,
        donnees: { phaseId: livrable.phaseId ?? "", type: livrable.type, version: livrable.version },
      });
      return { atelierId: livrable.atelierId, livrableId: livrable.id, publiable };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => [cheminAtelier(r.atelierId), CHEMIN_ATELIERS_REALISES],
};
