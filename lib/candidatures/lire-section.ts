// Lire une section (ou toutes) pour le formulaire : les valeurs actuelles dans la forme attendue par
// react-hook-form (`reset(valeurs)`), la version à renvoyer avec la prochaine modification et la
// dernière modification de la section. Après un CONFLIT, l'interface affiche ces valeurs à côté de
// la saisie conservée. Bornée par la portée de lecture de l'acteur (décision 007).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import type { Client } from "@/lib/autorisations/exiger";
import { prisma } from "@/lib/db";
import type { StatutCandidature } from "@/lib/generated/prisma/client";
import type { SaisieSection, Section } from "./candidature.schema";
import { trouverCandidature } from "./queries";
import { valeursSections, type ValeursSections } from "./sections";

export type SaisiesSections = { [S in Section]: SaisieSection<S> };

export type ModificationSection = { par: string; le: Date; champs: string[] };

export type SectionLue<S extends Section> = {
  candidatureId: string;
  section: S;
  version: number;
  statut: StatutCandidature;
  hashContenu: string | null;
  valeurs: SaisieSection<S>;
  derniereModification: ModificationSection | null;
};

const vide = (v: string | null) => v ?? "";

/** Valeurs de base → valeurs de formulaire (champs texte vides plutôt que `null`). */
export function enSaisies(v: ValeursSections): SaisiesSections {
  return {
    porteurs: v.porteurs,
    perimetre: v.perimetre,
    note: {
      titre: v.note.titre,
      localisation: vide(v.note.localisation),
      objet: vide(v.note.objet),
      objectifs: vide(v.note.objectifs),
      ressources: vide(v.note.ressources),
      dynamiquesTerritoire: vide(v.note.dynamiquesTerritoire),
      dynamiquesAmenagement: vide(v.note.dynamiquesAmenagement),
    },
    calendrier: { debutPrevu: vide(v.calendrier.debutPrevu), dureeMois: v.calendrier.dureeMois ?? "" },
    livrables: {
      livrablesAttendus: vide(v.livrables.livrablesAttendus),
      disciplinesSouhaitees: v.livrables.disciplinesSouhaitees,
      budgetMaterielEuros: v.livrables.budgetMaterielEuros ?? "",
    },
    contacts: { contacts: v.contacts.contacts.map((c) => ({ ...c, fonction: vide(c.fonction), telephone: vide(c.telephone) })) },
  };
}

async function derniereModification(client: Client, candidatureId: string, section: Section): Promise<ModificationSection | null> {
  const e = await client.evenement.findFirst({
    where: { candidatureId, type: "candidature.modifiee", donnees: { path: ["section"], equals: section } },
    orderBy: { id: "desc" },
    select: { survenuLe: true, donnees: true, acteur: { select: { email: true, prenom: true, nom: true } } },
  });
  if (!e) return null;
  const par = e.acteur ? [e.acteur.prenom, e.acteur.nom].filter(Boolean).join(" ") || e.acteur.email : "une autre personne";
  return { par, le: e.survenuLe, champs: (e.donnees as { champs?: string[] }).champs ?? [] };
}

/** Une section, ou `null` si la candidature n'existe pas ou n'est pas lisible par l'acteur. */
export async function lireSection<S extends Section>(acteur: Acteur, candidatureId: string, section: S, client: Client = prisma): Promise<SectionLue<S> | null> {
  const c = await trouverCandidature(acteur, candidatureId, "lire", client);
  if (!c) return null;
  const valeurs = enSaisies(await valeursSections(client, c.id))[section];
  return {
    candidatureId: c.id,
    section,
    version: c.version,
    statut: c.statut,
    hashContenu: c.hashContenu,
    valeurs,
    derniereModification: await derniereModification(client, c.id, section),
  };
}

/** Toutes les sections d'un coup (ouverture du formulaire). */
export async function lireSections(
  acteur: Acteur,
  candidatureId: string,
  client: Client = prisma,
): Promise<{ candidatureId: string; version: number; statut: StatutCandidature; hashContenu: string | null; valeurs: SaisiesSections } | null> {
  const c = await trouverCandidature(acteur, candidatureId, "lire", client);
  if (!c) return null;
  return { candidatureId: c.id, version: c.version, statut: c.statut, hashContenu: c.hashContenu, valeurs: enSaisies(await valeursSections(client, c.id)) };
}

