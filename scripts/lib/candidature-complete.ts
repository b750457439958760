// Une candidature flash complète (calendrier, note, trois pièces exigées) préparée par les vrais cas
// d'usage (`executerAction` : zod, portée de l'acteur, transaction, journal) : pour le banc des
// candidatures et les tests de bout en bout. À importer après avoir fixé DATABASE_URL (lib/db la lit
// à son premier import), dans un processus lancé avec `--conditions=react-server`.
import { randomUUID } from "node:crypto";
import { executerAction } from "../../lib/actions/pipeline";
import type { Acteur } from "../../lib/auth/acteur";
import { chargerActeur } from "../../lib/auth/acteur-chargement";
import { creerCandidature } from "../../lib/candidatures/creer-candidature";
import { modifierCandidature } from "../../lib/candidatures/modifier-candidature";
import { prisma } from "../../lib/db";
import { pdfDemonstration } from "../../lib/fichiers/pdf-demo";
import type { RoleAppartenance } from "../../lib/generated/prisma/client";
import { deposerPiece } from "../../lib/pieces/deposer-piece";

type Resultat<T> = { ok: true; data: T } | { ok: false; code: string; message: string };
export function donnees<T>(r: Resultat<T>): T {
  if (!r.ok) throw new Error(`${r.code} : ${r.message}`);
  return r.data;
}

/** Un utilisateur neuf, membre de l'organisation avec ce rôle, chargé comme à la connexion. */
export async function personne(organisationId: string, role: RoleAppartenance, prefixe = "banc", identite = { prenom: "Banc", nom: role as string }): Promise<Acteur> {
  const u = await prisma.utilisateur.create({
    data: {
      // Le rôle dans l'adresse, sans son code (« signataire-etat ») : une adresse s'affiche.
      email: `${prefixe}-${role.replace("_", "-")}-${randomUUID().slice(0, 8)}@${prefixe}.example`,
      emailVerifieLe: new Date(),
      ...identite,
      appartenances: { create: { organisationId, role } },
    },
  });
  return (await chargerActeur(prisma, u.id))!;
}

export const PIECES_FLASH = ["note_opportunite", "courrier_soutien_collectivite", "courrier_engagement_etat"] as const;
/** Des noms de fichiers comme en déposent les porteurs. */
const NOMS_FICHIERS: Record<(typeof PIECES_FLASH)[number], string> = {
  note_opportunite: "Note d'opportunité.pdf",
  courrier_soutien_collectivite: "Courrier de soutien du maire.pdf",
  courrier_engagement_etat: "Engagement DDT.pdf",
};
export const pdf = (i: number) => pdfDemonstration(["Note d'opportunité", `Pièce de démonstration ${i}`, "x".repeat(200)]);

/**
 * Candidature flash complète d'une commune : créée par `membre`, calendrier saisi par `agent` (DDT).
 * Avec `sessionId` : un atelier national de cette session ouverte (18 mois, les trois mêmes pièces,
 * que la session doit donc seules exiger).
 */
export async function candidatureComplete(p: { communeId: string; membre: Acteur; agent: Acteur; titre?: string; sessionId?: string }) {
  const { communeId, membre, agent } = p;
  const creation = p.sessionId ? { format: "national" as const, sessionId: p.sessionId } : { format: "flash" as const };
  const c = donnees(await executerAction(creerCandidature, membre, { collectiviteId: communeId, ...creation }));
  const dureeMois = p.sessionId ? 18 : 5;
  const v = donnees(await executerAction(modifierCandidature, agent, { candidatureId: c.candidatureId, version: 1, section: "calendrier", debutPrevu: "2027-05-01", dureeMois })).version;
  donnees(
    await executerAction(modifierCandidature, membre, {
      candidatureId: c.candidatureId,
      version: v,
      section: "note",
      titre: p.titre ?? "Banc",
      objet: "Réinvestir le centre-bourg et ses abords.",
      localisation: "",
      objectifs: "",
      ressources: "",
      dynamiquesTerritoire: "",
      dynamiquesAmenagement: "",
    }),
  );
  let hash = "";
  for (const [i, type] of PIECES_FLASH.entries()) hash = donnees(await executerAction(deposerPiece, membre, { candidatureId: c.candidatureId, type, nomFichier: NOMS_FICHIERS[type], contenu: pdf(i) })).hashContenu;
  return { id: c.candidatureId, reference: c.reference, hash };
}
