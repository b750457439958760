// Les données du récépissé, lues dans la transaction du dépôt : le contenu déposé (celui de
// l'empreinte signée), les pièces courantes et les signatures valides sur cette empreinte.
import "server-only";
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
      session: { select: { theme: true, clotureLe: true } },
      collectivitePrincipale: { select: { nom: true } },
      serviceEtat: { select: { nom: true } },
      porteuses: { select: { organisation: { select: { nom: true } } } },
      communes: { select: { codeInsee: true } },
      epci: { select: { epciSiren: true } },
      contacts: { orderBy: [{ ordre: "asc" }, { id: "asc" }] },
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
  const couverture = await couverturePerimetre(
    tx,
    c.communes.map((k) => k.codeInsee),
    c.epci.map((e) => e.epciSiren),
  );
  return {
    numeroRecepisse: depot.numeroRecepisse,
    numeroDepot: depot.numero,
    deposeLe: depot.deposeLe,
    deposePar: nom(depot.deposePar),
    reference: c.reference,
    titre: c.titre,
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
    derogationDemandee: c.derogationDemandee,
    note: {
      localisation: c.localisation,
      objet: c.objet,
      objectifs: c.objectifs,
      ressources: c.ressources,
      dynamiquesTerritoire: c.dynamiquesTerritoire,
      dynamiquesAmenagement: c.dynamiquesAmenagement,
    },
    calendrier: { debutPrevu: c.debutPrevu, dureeMois: c.dureeMois },
    livrables: { livrablesAttendus: c.livrablesAttendus, disciplinesSouhaitees: c.disciplinesSouhaitees, budgetMaterielEuros: c.budgetMaterielEuros },
    contacts: c.contacts.map(({ partie, nom: n, fonction, email, telephone }) => ({ partie, nom: n, fonction, email, telephone })),
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
