// Les phases d'un atelier telles que l'acteur les lit et peut les faire avancer (issue 14, décision
// 031) : livrables courants, validations (les annulées restent visibles avec leur motif), dernier
// renvoi, empreinte et version lues (que les formulaires renvoient), gestes offerts et prochaine
// étape. L'atelier est chargé dans la portée `atelier.lire` : hors portée, rien (`null`). Les droits
// viennent des portées de la politique, jamais d'une relecture des rôles.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { porteeAtelier, porteesAtelierParProfil } from "@/lib/autorisations/politique";
import { LIBELLES_TYPE_LIVRABLE } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import type { PartieSignataire, StatutPhase, TypeLivrable, TypePhase } from "@/lib/generated/prisma/client";
import { nomDe } from "../noms";
import { etatLivrables } from "./commun";
import { publicationPossible } from "./publication";
import { offresPhase, prochaineEtapePhase, type Offre, type ProchaineEtapePhase } from "./prochaine-etape";
import { LIVRABLES_PAR_PHASE, ORDRE_PHASES, phasePrecedente } from "./transitions";

export const cheminLivrable = (livrableId: string) => `/api/livrables/${livrableId}`;
export const cheminDepotLivrable = (phaseId: string) => `/api/phases/${phaseId}/livrables`;

const personne = { select: { prenom: true, nom: true, email: true } } as const;

export type LivrableLu = {
  id: string;
  type: TypeLivrable;
  libelleType: string;
  titre: string;
  version: number;
  nomFichier: string | null;
  deposePar: string | null;
  deposeLe: Date;
  /** Lien de téléchargement, s'il y a un fichier. */
  lien: string | null;
  /** Rendu publiable par la DGALN : il paraît sur la page publique « Ateliers réalisés » (décision 036). */
  publiable: boolean;
  /** L'acteur (DGALN) peut le rendre publiable ou le retirer de la publication. */
  peutPublier: boolean;
};

export type ValidationLue = {
  id: string;
  partie: PartieSignataire;
  organisation: string;
  par: string;
  le: Date;
  commentaire: string | null;
  /** Annulée (nouvelle version d'un livrable, renvoi) : quand et pourquoi. */
  annulation: { le: Date; motif: string } | null;
};

export type RenvoiLu = { partie: PartieSignataire; organisation: string; par: string; le: Date; commentaire: string };

export type PhaseLue = {
  id: string;
  type: TypePhase;
  statut: StatutPhase;
  /** Ce que l'utilisateur a lu, renvoyé avec chaque geste (CONFLIT si l'état a changé entre-temps). */
  version: number;
  empreinte: string;
  debutPrevu: Date | null;
  finPrevue: Date | null;
  debutReel: Date | null;
  finReelle: Date | null;
  livrables: LivrableLu[];
  /** Les types qu'on peut déposer dans cette phase, avec leur libellé. */
  typesAdmis: { type: TypeLivrable; libelle: string }[];
  validations: ValidationLue[];
  dernierRenvoi: RenvoiLu | null;
  offres: Offre[];
  prochaineEtape: ProchaineEtapePhase;
};

/** Les droits de l'acteur sur cet atelier, d'après les portées de la politique. */
async function droitsSurAtelier(acteur: Acteur, atelierId: string, client: Client) {
  const dans = (where: object) => client.atelier.count({ where: { AND: [{ id: atelierId }, where] } }).then((n) => n > 0);
  const parProfil = porteesAtelierParProfil(acteur, "valider_phase");
  const [modifier, publier, ...valider] = await Promise.all([
    dans(porteeAtelier(acteur, "modifier")),
    dans(porteeAtelier(acteur, "publier_livrable")),
    ...parProfil.map((p) => dans(p.where)),
  ]);
  const validerPour = parProfil.filter((p, i) => valider[i] && p.profil !== "dgaln").map((p) => p.profil as PartieSignataire);
  return { modifier, validerPour, publier };
}

/** Les trois phases de l'atelier, lues par l'acteur ; `null` hors de sa portée de lecture. */
export async function lirePhasesAtelier(acteur: Acteur, atelierId: string, client: Client = prisma): Promise<PhaseLue[] | null> {
  if (!estIdentifiant(atelierId)) return null;
  const atelier = await client.atelier.findFirst({
    where: { AND: [{ id: atelierId }, porteeAtelier(acteur, "lire")] },
    select: {
      serviceEtat: { select: { nom: true } },
      collectivites: { where: { principale: true }, select: { organisation: { select: { nom: true } } } },
      phases: {
        select: {
          id: true,
          type: true,
          statut: true,
          version: true,
          debutPrevu: true,
          finPrevue: true,
          debutReel: true,
          finReelle: true,
          livrables: {
            where: { courant: true },
            orderBy: [{ deposeLe: "asc" }, { id: "asc" }],
            select: { id: true, type: true, titre: true, version: true, nomFichier: true, fichierId: true, deposeLe: true, deposePar: personne, publiable: true, courant: true },
          },
          validations: {
            orderBy: [{ valideeLe: "asc" }, { id: "asc" }],
            select: {
              id: true,
              partie: true,
              commentaire: true,
              valideeLe: true,
              empreinteLivrables: true,
              invalideeLe: true,
              motifInvalidation: true,
              organisation: { select: { nom: true } },
              utilisateur: personne,
            },
          },
          renvois: {
            orderBy: [{ renvoyeLe: "desc" }, { id: "desc" }],
            take: 1,
            select: { partie: true, commentaire: true, renvoyeLe: true, organisation: { select: { nom: true } }, utilisateur: personne },
          },
          ateliersInSitu: { select: { compteRendu: true } },
        },
      },
    },
  });
  if (!atelier) return null;
  const { publier, ...droits } = await droitsSurAtelier(acteur, atelierId, client);
  const empreintes = await Promise.all(atelier.phases.map((p) => etatLivrables(client, p.id).then((e) => e.empreinte)));
  const phases = atelier.phases.map((p, i) => ({ ...p, empreinte: empreintes[i]! }));
  phases.sort((a, b) => ORDRE_PHASES.indexOf(a.type) - ORDRE_PHASES.indexOf(b.type));
  const noms = { collectivite: atelier.collectivites[0]?.organisation.nom ?? null, serviceEtat: atelier.serviceEtat.nom };

  return phases.map((p) => {
    const precedente = phasePrecedente(p.type);
    const faits = {
      type: p.type,
      statut: p.statut,
      statutPrecedente: precedente ? (phases.find((q) => q.type === precedente)?.statut ?? null) : null,
      livrables: p.livrables,
      ateliersInSitu: p.ateliersInSitu,
      // Comme valider-phase.ts : une validation non annulée compte (une nouvelle version les annule toutes).
      validees: p.validations.filter((v) => v.invalideeLe === null).map((v) => v.partie),
      droits,
      noms,
    };
    const renvoi = p.renvois[0];
    return {
      id: p.id,
      type: p.type,
      statut: p.statut,
      version: p.version,
      empreinte: p.empreinte,
      debutPrevu: p.debutPrevu,
      finPrevue: p.finPrevue,
      debutReel: p.debutReel,
      finReelle: p.finReelle,
      livrables: p.livrables.map((l) => ({
        id: l.id,
        type: l.type,
        libelleType: LIBELLES_TYPE_LIVRABLE[l.type],
        titre: l.titre,
        version: l.version,
        nomFichier: l.nomFichier,
        deposePar: l.deposePar ? nomDe(l.deposePar) : null,
        deposeLe: l.deposeLe,
        lien: l.fichierId ? cheminLivrable(l.id) : null,
        publiable: l.publiable,
        peutPublier: publier && (l.publiable || publicationPossible({ ...l, phaseType: p.type }).ok),
      })),
      typesAdmis: LIVRABLES_PAR_PHASE[p.type].typesAdmis.map((type) => ({ type, libelle: LIBELLES_TYPE_LIVRABLE[type] })),
      validations: p.validations.map((v) => ({
        id: v.id,
        partie: v.partie,
        organisation: v.organisation.nom,
        par: nomDe(v.utilisateur),
        le: v.valideeLe,
        commentaire: v.commentaire,
        annulation: v.invalideeLe ? { le: v.invalideeLe, motif: v.motifInvalidation ?? "motif non précisé" } : null,
      })),
      dernierRenvoi: renvoi
        ? { partie: renvoi.partie, organisation: renvoi.organisation.nom, par: nomDe(renvoi.utilisateur), le: renvoi.renvoyeLe, commentaire: renvoi.commentaire }
        : null,
      offres: offresPhase(faits),
      prochaineEtape: prochaineEtapePhase(faits),
    };
  });
}

/** Le fichier d'un livrable à télécharger, ou `null` : hors portée ou inexistant, même réponse. */
export async function chargerFichierLivrable(acteur: Acteur, livrableId: string, client: Client = prisma) {
  if (!estIdentifiant(livrableId)) return null;
  const livrable = await client.livrable.findFirst({
    where: { AND: [{ id: livrableId }, { atelier: porteeAtelier(acteur, "lire") }] },
    select: { nomFichier: true, type: true, fichier: { select: { contenu: true, typeMime: true, sha256: true } } },
  });
  if (!livrable?.fichier) return null;
  return { nomFichier: livrable.nomFichier ?? `${LIBELLES_TYPE_LIVRABLE[livrable.type]}`, ...livrable.fichier };
}
