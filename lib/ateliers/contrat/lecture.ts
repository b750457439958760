// Lecture du contrat et de l'équipe d'un atelier pour les saisir : seulement dans la portée
// `atelier.modifier` (une ligne hors portée n'est pas chargée : la page répond « introuvable »).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { porteeAtelier } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { TYPE_CONTRAT_PAR_FORMAT } from "../creer-depuis-candidature";
import type { ContratEntree } from "./contrat.schema";

export type ContratASaisir = { atelierId: string; titre: string; renseigne: boolean; valeurs: ContratEntree };

export async function lireContratASaisir(acteur: Acteur, atelierId: string, client: Client = prisma): Promise<ContratASaisir | null> {
  if (!estIdentifiant(atelierId)) return null;
  const a = await client.atelier.findFirst({
    where: { id: atelierId, ...porteeAtelier(acteur, "modifier") },
    select: {
      id: true,
      titre: true,
      version: true,
      typeContrat: true,
      referenceContrat: true,
      coutEquipeEuros: true,
      format: true,
      equipe: { orderBy: [{ role: "asc" }, { structure: "asc" }], select: { role: true, structure: true, disciplines: true, contact: true } },
    },
  });
  if (!a) return null;
  return {
    atelierId: a.id,
    titre: a.titre,
    renseigne: a.referenceContrat !== null,
    valeurs: {
      atelierId: a.id,
      version: a.version,
      // Par défaut, le contrat que le format appelle.
      typeContrat: a.typeContrat ?? TYPE_CONTRAT_PAR_FORMAT[a.format],
      referenceContrat: a.referenceContrat ?? "",
      coutEquipeEuros: a.coutEquipeEuros === null ? "" : String(a.coutEquipeEuros),
      equipe: a.equipe.length
        ? a.equipe.map((m) => ({ role: m.role, structure: m.structure, disciplines: m.disciplines.join(", "), contact: m.contact ?? "" }))
        : [{ role: "mandataire", structure: "", disciplines: "", contact: "" }],
    },
  };
}

/** Vrai si l'acteur peut modifier cet atelier (gestes du pilote, contrat et équipe). */
export async function peutModifierAtelier(acteur: Acteur, atelierId: string, client: Client = prisma): Promise<boolean> {
  if (!estIdentifiant(atelierId)) return false;
  return (await client.atelier.count({ where: { id: atelierId, ...porteeAtelier(acteur, "modifier") } })) === 1;
}
