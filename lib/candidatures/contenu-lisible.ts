// Le contenu signé d'une candidature, lisible par un humain (issue 9, point 2) : exactement ce que
// couvre l'empreinte (en-tête, chaque champ de la liste unique champs.ts, pièces courantes), avec les
// noms à la place des identifiants et les valeurs écrites en français. L'empreinte rendue est
// calculée sur ce contenu-là, lu dans un seul instantané de la base : la page de signature envoie
// donc l'empreinte de ce qu'elle montre, et le serveur refuse si le contenu a changé depuis.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { porteeCandidature } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { nomCollectiviteDeveloppe } from "@/lib/format/collectivites";
import { formaterNombre, accorder } from "@/lib/format/nombres";
import type { Prisma, TypePiece } from "@/lib/generated/prisma/client";
import { detailCollectivite } from "@/lib/referentiel/presentation";
import { LIBELLES_SECTIONS, SECTIONS, type Section } from "./candidature.schema";
import { afficherEnTete, afficherSection, type References, type ValeurAffichee } from "./champs";
import { contenuDeLigne, empreinteContenu, INCLUDE_CONTENU } from "./contenu";
import { couverturePerimetre } from "./perimetre";

export type ChampLisible = { cle: string; libelle: string; valeur: ValeurAffichee };

export type SectionLisible = { section: Section; titre: string; champs: ChampLisible[]; resume: string | null };

export type PieceLisible = {
  id: string;
  type: TypePiece;
  version: number;
  nomFichier: string;
  creeLe: Date;
  fichier: { taille: number; typeMime: string };
  deposeePar: { prenom: string | null; nom: string | null } | null;
};

export type ContenuLisible = {
  candidatureId: string;
  reference: string;
  /** Empreinte SHA-256 du contenu ci-dessous (celle que la signature doit porter). */
  hashContenu: string;
  enTete: ChampLisible[];
  sections: SectionLisible[];
  pieces: PieceLisible[];
};

const INCLUDE_LISIBLE = {
  ...INCLUDE_CONTENU,
  pieces: {
    where: { courante: true },
    orderBy: [{ type: "asc" }, { creeLe: "asc" }, { id: "asc" }] as Prisma.PieceOrderByWithRelationInput[],
    select: {
      id: true,
      type: true,
      emplacement: true,
      version: true,
      nomFichier: true,
      creeLe: true,
      fichier: { select: { sha256: true, taille: true, typeMime: true } },
      deposeePar: { select: { prenom: true, nom: true } },
    },
  },
} as const satisfies Prisma.CandidatureInclude;

/** Le contenu signé, ou `null` si la candidature n'existe pas ou n'est pas lisible par l'acteur. */
export async function lireContenuSigne(acteur: Acteur, candidatureId: string): Promise<ContenuLisible | null> {
  // Un seul instantané (REPEATABLE READ) : le contenu, ses noms et son empreinte sont du même moment.
  return prisma.$transaction(
    async (tx) => {
      // La portée de l'acteur est dans le `where` de la lecture même (décision 007) : une seule requête.
      if (!estIdentifiant(candidatureId)) return null;
      const ligne = await tx.candidature.findFirst({
        where: { AND: [{ id: candidatureId }, porteeCandidature(acteur, "lire")] },
        include: INCLUDE_LISIBLE,
      });
      if (!ligne) return null;
      const contenu = contenuDeLigne(ligne);

      const organisations = await tx.organisation.findMany({
        where: { id: { in: [contenu.collectivitePrincipaleId, contenu.serviceEtatId, ...contenu.porteuses] } },
        select: { id: true, nom: true, type: true, siren: true, codeInsee: true, codeDepartement: true },
      });
      const session = contenu.sessionId ? await tx.sessionAmi.findUnique({ where: { id: contenu.sessionId }, select: { id: true, theme: true } }) : null;
      const couverture = await couverturePerimetre(tx, contenu.communes, contenu.epci);
      const references: References = {
        organisations: new Map(organisations.map((o) => [o.id, { nom: nomCollectiviteDeveloppe(o.nom), detail: detailCollectivite(o) }])),
        sessions: new Map(session ? [[session.id, { theme: session.theme }]] : []),
        communes: new Map(couverture.communes.map((k) => [k.codeInsee, k.nom])),
        epci: new Map(couverture.epci.map((e) => [e.siren, { nom: nomCollectiviteDeveloppe(e.nom), nombreCommunes: e.nombreCommunes }])),
      };

      const departements = couverture.departements.map((d) => `${d.nom} (${d.code})`).join(", ");
      const resumePerimetre =
        couverture.nombreCommunes === 0
          ? "Le périmètre ne couvre encore aucune commune."
          : `Le périmètre couvre ${accorder(couverture.nombreCommunes, "commune")} (${formaterNombre(couverture.population)} habitants)` +
            `${departements ? `, ${couverture.departements.length > 1 ? "dans les départements" : "dans le département"} ${departements}` : ""}.`;

      return {
        candidatureId: ligne.id,
        reference: ligne.reference,
        hashContenu: empreinteContenu(contenu),
        enTete: afficherEnTete(contenu, references),
        sections: SECTIONS.map((section) => ({
          section,
          titre: LIBELLES_SECTIONS[section],
          champs: afficherSection(section, contenu, references),
          resume: section === "perimetre" ? resumePerimetre : null,
        })),
        pieces: ligne.pieces.map(({ id, type, version, nomFichier, creeLe, fichier, deposeePar }) => ({
          id,
          type,
          version,
          nomFichier,
          creeLe,
          fichier: { taille: fichier.taille, typeMime: fichier.typeMime },
          deposeePar,
        })),
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
