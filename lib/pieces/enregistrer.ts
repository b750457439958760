// Ce que partagent déposer, remplacer et retirer une pièce : R8 sur les octets, nom de fichier
// propre, verrou de modification de la candidature, empreinte recalculée et signatures annulées,
// événement du journal (section « pieces », version obtenue) écrit en dernier, courriels après COMMIT.
import "server-only";
import { createHash } from "node:crypto";
import type { Acteur } from "@/lib/auth/acteur";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { exigerModifiable, incrementerVersion, messageNonModifiable, nomActeur, OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";
import { appliquerChangementContenu, type SignatureAnnulee } from "@/lib/candidatures/empreinte";
import { notifierSignaturesAnnulees } from "@/lib/candidatures/notifier-annulation";
import { LIBELLES_PIECES } from "@/lib/candidatures/pieces-requises";
import { estModifiable } from "@/lib/candidatures/regles/transitions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifierFichier, type ExtensionAcceptee, type ResultatTypeFichier } from "@/lib/fichiers/type-fichier";
import type { Candidature, Prisma, TypePiece } from "@/lib/generated/prisma/client";
import { journal } from "@/lib/journalisation/logger";
import { analyserSiConfigure, type ResultatAntivirus } from "./antivirus";

type Tx = Prisma.TransactionClient;

export type PieceEnregistree = {
  candidatureId: string;
  pieceId: string;
  emplacement: string;
  type: TypePiece;
  /** Version de la pièce dans son emplacement (1, puis 2 après un remplacement…). */
  version: number;
  nomFichier: string;
  taille: number;
  typeMime: string;
  sha256: string;
  /** Nouvelle version de la candidature (verrouillage optimiste du formulaire). */
  versionCandidature: number;
  hashContenu: string;
  signaturesInvalidees: SignatureAnnulee[];
};

/** Nom sans chemin ni caractères de contrôle ; l'extension suit le type reconnu par le contenu. */
export function nomFichierPropre(nom: string, extension: ExtensionAcceptee): string {
  const base = (nom.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .trim()
    .slice(0, 200);
  if (!base || base.startsWith(".")) return `piece.${extension}`;
  const actuelle = /\.([a-z0-9]+)$/i.exec(base)?.[1]?.toLowerCase();
  const admises = extension === "jpg" ? ["jpg", "jpeg"] : [extension];
  return actuelle && admises.includes(actuelle) ? base : `${base}.${extension}`;
}

export type AnalyseFichier = { verification: ResultatTypeFichier; sha256: string; antivirus: ResultatAntivirus | null };

/**
 * Vérifie R8 (type reconnu par le contenu, empreinte) puis, si le type est admis et CLAMAV_URL
 * définie, fait analyser les octets par l'antivirus — hors transaction : l'analyse peut prendre des
 * secondes. Les refus sont levés après le contrôle d'accès (`exigerFichierAccepte`).
 */
export async function analyserFichier(contenu: Uint8Array): Promise<AnalyseFichier> {
  const verification = verifierFichier(contenu);
  const sha256 = createHash("sha256").update(contenu).digest("hex");
  const antivirus = verification.ok ? await analyserSiConfigure(contenu) : null;
  if (antivirus?.statut === "infecte") journal.warn({ sha256, taille: contenu.length, signature: antivirus.signature }, "antivirus : fichier infecté refusé");
  if (antivirus?.statut === "indisponible") journal.error({ sha256, taille: contenu.length, raison: antivirus.raison }, "antivirus indisponible : fichier refusé");
  return { verification, sha256, antivirus };
}

export const MESSAGE_ANTIVIRUS_INDISPONIBLE = "L'analyse antivirus est indisponible, réessayez dans quelques minutes.";

export function messageFichierInfecte(signature: string): string {
  return `Le fichier est refusé : l'antivirus y a détecté ${signature}.`;
}

/** Refus (R8, puis antivirus) levés dans la transaction, après le contrôle d'accès : rien n'est écrit. */
export function exigerFichierAccepte(analyse: AnalyseFichier): asserts analyse is AnalyseFichier & { verification: Extract<ResultatTypeFichier, { ok: true }> } {
  const { verification, antivirus } = analyse;
  if (!verification.ok) throw new AppError("REGLE_NON_RESPECTEE", verification.message, { fichier: [verification.message] });
  if (antivirus?.statut === "infecte") {
    const message = messageFichierInfecte(antivirus.signature);
    throw new AppError("REGLE_NON_RESPECTEE", message, { fichier: [message] });
  }
  // Fermé par défaut : sans verdict, le fichier n'est pas gardé (docs/decisions/018-antivirus.md).
  if (antivirus?.statut === "indisponible") throw new AppError("SERVICE_INDISPONIBLE", MESSAGE_ANTIVIRUS_INDISPONIBLE, { fichier: [MESSAGE_ANTIVIRUS_INDISPONIBLE] });
}

/** Verrou de modification pour une écriture de pièce (sans version attendue : le formulaire n'en envoie pas). */
export async function verrouillerPourPiece(tx: Tx, candidature: Candidature): Promise<number> {
  if (!estModifiable(candidature.statut)) throw new AppError("ETAT_INCOMPATIBLE", messageNonModifiable(candidature.statut));
  const version = await incrementerVersion(tx, candidature.id);
  if (version === null) {
    await exigerModifiable(tx, candidature.id);
    throw new Error("Verrou de modification non obtenu.");
  }
  return version;
}

export type EcriturePiece = {
  type: "piece.deposee" | "piece.remplacee" | "piece.retiree";
  piece: { id: string; emplacement: string; type: TypePiece; version: number; nomFichier: string };
  fichier?: { taille: number; typeMime: string; sha256: string };
  versionCandidature: number;
};

const VERBES: Record<EcriturePiece["type"], string> = {
  "piece.deposee": "joint",
  "piece.remplacee": "remplace",
  "piece.retiree": "retire",
};

/** Fin commune d'une écriture de pièce, dans la transaction : empreinte, signatures, journal. */
export async function terminerEcriturePiece(tx: Tx, acteur: Acteur, candidatureId: string, e: EcriturePiece) {
  const libelle = LIBELLES_PIECES[e.piece.type];
  const motif = `${causeAnnulation(e.type, e.piece.type)} par ${nomActeur(acteur)}`;
  const changement = await appliquerChangementContenu(tx, candidatureId, acteur.id, motif);
  await enregistrerEvenement(tx, {
    acteurId: acteur.id,
    type: e.type,
    entite: "piece",
    entiteId: e.piece.id,
    candidatureId,
    resume: `${nomActeur(acteur)} ${VERBES[e.type]} la pièce « ${libelle} » : ${e.piece.nomFichier}${e.type === "piece.remplacee" ? ` (version ${e.piece.version})` : ""}.`,
    donnees: {
      section: "pieces",
      champs: [e.piece.type],
      versionApres: e.versionCandidature,
      emplacement: e.piece.emplacement,
      version: e.piece.version,
      nomFichier: e.piece.nomFichier,
      ...(e.fichier ?? {}),
      hashContenu: changement.hashContenu,
    },
  });
  for (const evenement of changement.evenements) await enregistrerEvenement(tx, evenement);
  return changement;
}

/** Exécute l'écriture en transaction, puis prévient les parties si des signatures sont tombées. */
export async function executerEcriturePiece(
  acteur: Acteur,
  ecrire: (tx: Tx) => Promise<PieceEnregistree & { cause: string }>,
): Promise<PieceEnregistree> {
  const { cause, ...resultat } = await prisma.$transaction(ecrire, OPTIONS_TRANSACTION);
  if (resultat.signaturesInvalidees.length > 0) await notifierSignaturesAnnulees(resultat.candidatureId, acteur, cause);
  return resultat;
}

export function causeAnnulation(type: EcriturePiece["type"], typePiece: TypePiece): string {
  const participe = type === "piece.deposee" ? "jointe" : type === "piece.remplacee" ? "remplacée" : "retirée";
  return `la pièce « ${LIBELLES_PIECES[typePiece]} » a été ${participe}`;
}

export type NouvelleVersionPiece = {
  candidatureId: string;
  type: TypePiece;
  emplacement: string;
  version: number;
  nomFichier: string;
  contenu: Uint8Array;
  sha256: string;
  verification: Extract<ResultatTypeFichier, { ok: true }>;
  versionCandidature: number;
};

/** Range le fichier et crée la version de la pièce, puis termine l'écriture (empreinte, signatures, journal). */
export async function creerVersionPiece(
  tx: Tx,
  acteur: Acteur,
  evenement: "piece.deposee" | "piece.remplacee",
  v: NouvelleVersionPiece,
): Promise<PieceEnregistree & { cause: string }> {
  const fichier = await tx.fichier.create({
    data: { sha256: v.sha256, taille: v.contenu.length, typeMime: v.verification.typeMime, contenu: new Uint8Array(v.contenu) },
    select: { id: true, taille: true, typeMime: true, sha256: true },
  });
  const piece = await tx.piece.create({
    data: {
      candidatureId: v.candidatureId,
      type: v.type,
      emplacement: v.emplacement,
      version: v.version,
      nomFichier: nomFichierPropre(v.nomFichier, v.verification.extension),
      fichierId: fichier.id,
      deposeeParId: acteur.id,
    },
    select: { id: true, emplacement: true, type: true, version: true, nomFichier: true },
  });
  const meta = { taille: fichier.taille, typeMime: fichier.typeMime, sha256: fichier.sha256 };
  const changement = await terminerEcriturePiece(tx, acteur, v.candidatureId, {
    type: evenement,
    piece,
    fichier: meta,
    versionCandidature: v.versionCandidature,
  });
  return {
    candidatureId: v.candidatureId,
    pieceId: piece.id,
    emplacement: piece.emplacement,
    type: piece.type,
    version: piece.version,
    nomFichier: piece.nomFichier,
    ...meta,
    versionCandidature: v.versionCandidature,
    hashContenu: changement.hashContenu,
    signaturesInvalidees: changement.signaturesInvalidees,
    cause: causeAnnulation(evenement, piece.type),
  };
}
