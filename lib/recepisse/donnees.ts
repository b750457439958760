// Les données du récépissé, lues dans la transaction du dépôt : le contenu déposé (celui de
// l'empreinte signée), les pièces courantes et les signatures valides sur cette empreinte. Les
// champs des sections sont lus par la liste unique des champs (champs.ts), comme pour l'empreinte.
import "server-only";
import { INCLUDE_SECTIONS, valeursDeLigne } from "@/lib/candidatures/champs";
import { couverturePerimetre } from "@/lib/candidatures/perimetre";
import { nomCollectiviteDeveloppe } from "@/lib/format/collectivites";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DonneesRecepisse } from "./generer";

type Tx = Prisma.TransactionClient;

const nom = (u: { email: string; prenom: string | null; nom: string | null }) => [u.prenom, u.nom].filter(Boolean).join(" ") || u.email;

export async function chargerDonneesRecepisse(
  tx: Tx,
  candidatureId: string,
  depot: { numero: number; numeroRecepisse: string; deposeLe: Date; hashContenu: string; deposePar: { email: string; prenom: string | null; nom: string | null } },
): Promise<DonneesRecepisse> {
  const c = await tx.candidature.findUniqueOrThrow({
    where: { id: candidatureId },
    include: {
      ...INCLUDE_SECTIONS,
      session: { select: { theme: true, clotureLe: true } },
      collectivitePrincipale: { select: { nom: true } },
      serviceEtat: { select: { nom: true } },
      porteuses: { select: { organisationId: true, organisation: { select: { nom: true } } } },
      pieces: {
        where: { courante: true },
        orderBy: [{ type: "asc" }, { creeLe: "asc" }],
        select: { type: true, nomFichier: true, version: true, fichier: { select: { taille: true, sha256: true } } },
      },
      signatures: {
        where: { invalideeLe: null, hashContenu: depot.hashContenu },
        orderBy: { partie: "asc" },
        select: {
          partie: true,
          signeeLe: true,
          avis: true,
          avisTexte: true,
          organisation: { select: { nom: true } },
          utilisateur: { select: { email: true, prenom: true, nom: true } },
        },
      },
    },
  });
  const valeurs = valeursDeLigne(c);
  const { titre, ...note } = valeurs.note;
  const couverture = await couverturePerimetre(tx, valeurs.perimetre.communes, valeurs.perimetre.epci);
  return {
    numeroRecepisse: depot.numeroRecepisse,
    numeroDepot: depot.numero,
    deposeLe: depot.deposeLe,
    deposePar: nom(depot.deposePar),
    reference: c.reference,
    titre,
    format: c.format,
    session: c.session,
    collectivitePrincipale: nomCollectiviteDeveloppe(c.collectivitePrincipale.nom),
    porteuses: c.porteuses.map((p) => nomCollectiviteDeveloppe(p.organisation.nom)),
    serviceEtat: c.serviceEtat.nom,
    perimetre: {
      communes: couverture.communes.map((k) => `${k.nom} (${k.codeInsee})`),
      epci: couverture.epci.map((e) => `${nomCollectiviteDeveloppe(e.nom)} (${e.nombreCommunes} communes)`),
      nombreCommunes: couverture.nombreCommunes,
      population: couverture.population,
      departements: couverture.departements.map((d) => `${d.nom} (${d.code})`),
    },
    derogationDemandee: valeurs.perimetre.derogationDemandee,
    note,
    calendrier: {
      debutPrevu: valeurs.calendrier.debutPrevu ? new Date(`${valeurs.calendrier.debutPrevu}T00:00:00Z`) : null,
      dureeMois: valeurs.calendrier.dureeMois,
    },
    livrables: valeurs.livrables,
    contacts: valeurs.contacts.contacts,
    pieces: c.pieces.map((p) => ({ type: p.type, nomFichier: p.nomFichier, version: p.version, taille: p.fichier.taille, sha256: p.fichier.sha256 })),
    signatures: c.signatures.map((s) => ({
      partie: s.partie,
      signataire: nom(s.utilisateur),
      organisation: nomCollectiviteDeveloppe(s.organisation.nom),
      signeeLe: s.signeeLe,
      avis: s.avis,
      avisTexte: s.avisTexte,
    })),
    hashContenu: depot.hashContenu,
  };
}
