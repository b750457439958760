// Fabriques de données de test : chaque appel crée des identités uniques (courriel, référence,
// slug), si bien qu'un test ne dépend jamais des données d'un autre. Les organisations viennent du
// référentiel importé dans chaque base de test (communes, EPCI, services de l'État, DGALN).
import { createHash, randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import type {
  FormatAtelier,
  Organisation,
  RoleAppartenance,
  StatutCandidature,
  StatutSession,
  TypeNotification,
  TypePiece,
  VisibiliteMessage,
} from "@/lib/generated/prisma/client";

const JOUR = 86_400_000;
let compteur = 0;

/** Un suffixe jamais vu dans ce processus ni dans un autre. */
export function unique(prefixe = "t"): string {
  compteur += 1;
  return `${prefixe}-${compteur}-${randomUUID().slice(0, 8)}`;
}

type Ref = { id: string };

// ─── Organisations du référentiel ──────────────────────────────────────────────────────────────

export function commune(codeInsee: string): Promise<Organisation> {
  return prisma.organisation.findUniqueOrThrow({ where: { codeInsee } });
}

export function collectivite(siren: string): Promise<Organisation> {
  return prisma.organisation.findUniqueOrThrow({ where: { siren } });
}

export function serviceEtat(codeDepartement: string): Promise<Organisation> {
  return prisma.organisation.findFirstOrThrow({ where: { type: "service_etat", codeDepartement } });
}

export function dgaln(): Promise<Organisation> {
  return prisma.organisation.findFirstOrThrow({ where: { type: "dgaln" } });
}

// ─── Utilisateurs ──────────────────────────────────────────────────────────────────────────────

export async function creerUtilisateur(options: { appartenances?: { organisation: Ref; role: RoleAppartenance }[]; nom?: string } = {}) {
  const id = unique("u");
  return prisma.utilisateur.create({
    data: {
      email: `${id}@test.example`,
      prenom: "Test",
      nom: options.nom ?? id,
      emailVerifieLe: new Date(),
      appartenances: { create: (options.appartenances ?? []).map((a) => ({ organisationId: a.organisation.id, role: a.role })) },
    },
  });
}

/** Un utilisateur avec un seul rôle dans une organisation. */
export function creerMembre(organisation: Ref, role: RoleAppartenance, nom?: string) {
  return creerUtilisateur({ appartenances: [{ organisation, role }], nom });
}

// ─── Sessions et jury ──────────────────────────────────────────────────────────────────────────

export async function creerSession(options: { statut?: StatutSession; criteres?: number } = {}) {
  const statut = options.statut ?? "ouverte";
  const enCours = statut === "brouillon" || statut === "ouverte";
  const cloture = new Date(Date.now() + (enCours ? 30 : -30) * JOUR);
  return prisma.sessionAmi.create({
    data: {
      slug: unique("session"),
      theme: `Session de test ${statut}`,
      description: "Session créée par les tests.",
      ouvertureLe: new Date(cloture.getTime() - 60 * JOUR),
      clotureLe: cloture,
      statut,
      criteres: {
        create: Array.from({ length: options.criteres ?? 2 }, (_, ordre) => ({ libelle: `Critère ${ordre + 1}`, poids: 1, ordre })),
      },
    },
    include: { criteres: { orderBy: { ordre: "asc" } } },
  });
}

export async function ajouterJure(session: Ref, utilisateur?: Ref) {
  const jure = utilisateur ?? (await creerUtilisateur());
  const membreJury = await prisma.membreJury.create({ data: { sessionId: session.id, utilisateurId: jure.id } });
  return { utilisateur: jure, membreJury };
}

export function affecter(membreJury: Ref, candidature: Ref) {
  return prisma.affectationJury.create({ data: { membreJuryId: membreJury.id, candidatureId: candidature.id } });
}

export function creerEvaluation(options: { membreJury: Ref; candidature: Ref; critere: Ref; note?: number; brouillon?: boolean }) {
  return prisma.evaluation.create({
    data: {
      membreJuryId: options.membreJury.id,
      candidatureId: options.candidature.id,
      critereId: options.critere.id,
      note: options.note ?? 3,
      commentaire: "Évaluation de test.",
      soumiseLe: options.brouillon ? null : new Date(),
    },
  });
}

// ─── Candidatures, pièces, messages ────────────────────────────────────────────────────────────

export async function creerCandidature(options: {
  collectivitePrincipale: Organisation;
  /** Par défaut, le service de l'État du département de la collectivité principale (R4). */
  serviceEtat?: Organisation;
  porteuses?: Ref[];
  format?: FormatAtelier;
  statut?: StatutCandidature;
  session?: Ref;
  creePar?: Ref;
  titre?: string;
}) {
  const service = options.serviceEtat ?? (await serviceEtat(options.collectivitePrincipale.codeDepartement!));
  const reference = unique("TEST").toUpperCase();
  return prisma.candidature.create({
    data: {
      reference,
      format: options.format ?? (options.session ? "national" : "local"),
      sessionId: options.session?.id ?? null,
      collectivitePrincipaleId: options.collectivitePrincipale.id,
      serviceEtatId: service.id,
      codeDepartement: service.codeDepartement!,
      codeRegion: service.codeRegion!,
      statut: options.statut ?? "brouillon",
      titre: options.titre ?? `Candidature ${reference} — ${options.collectivitePrincipale.nom}`,
      creeParId: options.creePar?.id ?? null,
      porteuses: { create: (options.porteuses ?? []).map((o) => ({ organisationId: o.id })) },
    },
  });
}

export async function creerPiece(options: { candidature: Ref; type?: TypePiece; deposeePar?: Ref }) {
  const contenu = Buffer.from(`%PDF-1.4\n% pièce de test ${unique("piece")}\n%%EOF\n`);
  const fichier = await prisma.fichier.create({
    data: {
      sha256: createHash("sha256").update(contenu).digest("hex"),
      taille: contenu.length,
      typeMime: "application/pdf",
      contenu: new Uint8Array(contenu),
    },
  });
  return prisma.piece.create({
    data: {
      candidatureId: options.candidature.id,
      type: options.type ?? "note_opportunite",
      emplacement: randomUUID(),
      version: 1,
      nomFichier: "note-opportunite.pdf",
      fichierId: fichier.id,
      deposeeParId: options.deposeePar?.id ?? null,
    },
  });
}

export function creerMessage(options: { candidature: Ref; auteur: Ref; visibilite: VisibiliteMessage; contenu?: string }) {
  return prisma.message.create({
    data: {
      candidatureId: options.candidature.id,
      auteurId: options.auteur.id,
      visibilite: options.visibilite,
      contenu: options.contenu ?? `Message de test (${options.visibilite}).`,
    },
  });
}

// ─── Notifications ─────────────────────────────────────────────────────────────────────────────

/** Une notification reçue par `utilisateur` (sur la candidature, le cas échéant). */
export function creerNotification(options: {
  utilisateur: Ref;
  candidature?: Ref;
  type?: TypeNotification;
  titre?: string;
  texte?: string;
  lien?: string;
  creeLe?: Date;
  lueLe?: Date | null;
}) {
  return prisma.notification.create({
    data: {
      utilisateurId: options.utilisateur.id,
      candidatureId: options.candidature?.id ?? null,
      type: options.type ?? "message",
      titre: options.titre ?? `Notification ${unique("n")}`,
      texte: options.texte ?? "Une notification de test.",
      lien: options.lien ?? (options.candidature ? `/candidatures/${options.candidature.id}` : "/mon-compte"),
      ...(options.creeLe && { creeLe: options.creeLe }),
      lueLe: options.lueLe ?? null,
    },
  });
}

// ─── Ateliers ──────────────────────────────────────────────────────────────────────────────────

/** Un atelier issu de la candidature : sa collectivité principale, ses porteuses associées, trois phases. */
export async function creerAtelier(candidature: {
  id: string;
  format: FormatAtelier;
  titre: string;
  serviceEtatId: string;
  codeDepartement: string;
  codeRegion: string;
  collectivitePrincipaleId: string;
}) {
  const porteuses = await prisma.candidaturePorteuse.findMany({ where: { candidatureId: candidature.id } });
  return prisma.atelier.create({
    data: {
      candidatureId: candidature.id,
      format: candidature.format,
      titre: candidature.titre,
      serviceEtatId: candidature.serviceEtatId,
      codeDepartement: candidature.codeDepartement,
      codeRegion: candidature.codeRegion,
      collectivites: {
        create: [
          { organisationId: candidature.collectivitePrincipaleId, principale: true },
          ...porteuses.map((p) => ({ organisationId: p.organisationId, principale: false })),
        ],
      },
      phases: { create: [{ type: "appropriation", statut: "en_cours" }, { type: "animation" }, { type: "restitution" }] },
    },
  });
}

// ─── Avis d'expert ─────────────────────────────────────────────────────────────────────────────

/** Une demande d'avis d'expert, rattachée à l'expert (ou non, pour un expert extérieur pas encore venu). */
export function creerDemandeAvis(options: {
  candidature: Ref;
  demandePar: Ref;
  expert?: { id: string; email: string } | null;
  email?: string;
  echeance?: Date;
  annulee?: boolean;
  jetonHash?: string;
  jetonExpireLe?: Date;
}) {
  const echeance = options.echeance ?? new Date(Date.now() + 10 * JOUR);
  return prisma.demandeAvis.create({
    data: {
      candidatureId: options.candidature.id,
      demandeParId: options.demandePar.id,
      expertId: options.expert?.id ?? null,
      emailExpert: options.expert?.email ?? options.email ?? `${unique("expert")}@test.example`,
      question: "La programmation est-elle réaliste ?",
      echeance,
      annuleeLe: options.annulee ? new Date() : null,
      jetonHash: options.jetonHash ?? null,
      jetonExpireLe: options.jetonExpireLe ?? (options.jetonHash ? new Date(echeance.getTime() + 7 * JOUR) : null),
    },
  });
}
