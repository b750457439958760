// Les lignes d'une candidature du banc et ses événements, dans l'ordre où l'application les écrit :
// création, sections, pièces, signatures des deux parties, dépôt, décisions, retrait. L'empreinte
// du contenu est calculée par le code de l'application (contenuDeLigne, empreinteContenu), si bien
// que les signatures valent sur le contenu courant, comme après un vrai parcours.
import { typeEvenementDecision } from "@/lib/audit/evenements";
import { createHash } from "node:crypto";
import { jsonCanonique } from "@/lib/audit/journal";
import { LIBELLES_SECTIONS, SECTIONS, type ValeursSection } from "@/lib/candidatures/candidature.schema";
import { mentionChamp, normaliserSection, type LigneSections } from "@/lib/candidatures/champs";
import { contenuDeLigne, empreinteContenu, type ContenuSignable, type PieceSignee } from "@/lib/candidatures/contenu";
import { LIBELLES_PIECES, piecesRequises } from "@/lib/candidatures/pieces-requises";
import { LIBELLES_FORMAT } from "@/lib/candidatures/regles/libelles";
import { nomCollectiviteDeveloppe } from "@/lib/format/collectivites";
import type { FormatAtelier, StatutCandidature, TypePiece } from "@/lib/generated/prisma/enums";
import { normaliserNom } from "@/lib/referentiel/normaliser";
import { type Contexte, type Departement, type EvenementDate, type Org, type Personne, plus } from "./contexte";
import type { Fichiers, Retenue } from "./candidatures";
import type { SessionBanc } from "./sessions";
import { iso, jour, tableauPg } from "./sql";
import { DECISIONS, DISCIPLINES, LIVRABLES, MOTIVATIONS, OBJETS, TITRES } from "./textes";

export type Plan = { id: string; reference: string; format: FormatAtelier; statut: StatutCandidature; creeLe: Date; session: SessionBanc | null; dep: Departement; org: Org };

const SIGNEES = new Set<StatutCandidature>(["signee", "deposee", "en_instruction", "a_corriger", "irrecevable", "retenue", "non_retenue"]);
const DEPOSEES = new Set<StatutCandidature>(["deposee", "en_instruction", "a_corriger", "irrecevable", "retenue", "non_retenue"]);
const PIECES_ETAT = new Set<TypePiece>(["courrier_soutien_prefet", "courrier_engagement_etat"]);
const DUREES: Record<FormatAtelier, [number, number]> = { flash: [3, 6], local: [10, 18], national: [12, 24] };

const MOTIF_RETRAIT = "Le projet de territoire est reporté : la collectivité préfère attendre la fin de son PLUi.";

const MARQUE_PIECES = "\u0000pieces\u0000";
const ordre = new Intl.Collator().compare; // celui de String#localeCompare sans argument, sans le recréer à chaque appel
let empreintesVerifiees = false;

/**
 * `empreinteContenu` (lib/candidatures/contenu.ts) pour un même contenu et des pièces qui changent :
 * elle recalculait à chaque pièce déposée le JSON canonique de tout le contenu (~9 fois par
 * candidature, la moitié du temps de génération). Ici le JSON canonique des champs est calculé une
 * fois, les pièces (triées de la même façon) y sont insérées à leur place. La première empreinte de
 * chaque exécution est comparée à celle de l'application.
 */
function empreintes(contenu: ContenuSignable): (pieces: PieceSignee[]) => string {
  const sections = SECTIONS.map((s) => normaliserSection(s, contenu as ValeursSection<typeof s>));
  const canon = jsonCanonique({ ...contenu, ...Object.assign({}, ...sections), pieces: MARQUE_PIECES });
  const [avant, apres] = canon.split(JSON.stringify(MARQUE_PIECES)) as [string, string];
  const cles = new Map<PieceSignee, string>();
  return (pieces) => {
    const triees = [...pieces].sort((a, b) => ordre(`${a.emplacement}:${a.version}`, `${b.emplacement}:${b.version}`));
    const json = triees.map((p) => cles.get(p) ?? cles.set(p, jsonCanonique(p)).get(p)!).join(",");
    const hash = createHash("sha256").update(`${avant}[${json}]${apres}`).digest("hex");
    if (!empreintesVerifiees && pieces.length > 1) {
      if (hash !== empreinteContenu({ ...contenu, pieces })) throw new Error("Empreinte du contenu différente de celle de l'application.");
      empreintesVerifiees = true;
    }
    return hash;
  };
}

export function declarerTablesCandidatures(ctx: Contexte) {
  ctx.table("candidature", [
    ["id", "uuid"], ["reference", "text"], ["format", '"FormatAtelier"'], ["sessionId", "uuid"], ["collectivitePrincipaleId", "uuid"],
    ["serviceEtatId", "uuid"], ["codeDepartement", "text"], ["codeRegion", "text"], ["statut", '"StatutCandidature"'], ["version", "int"],
    ["hashContenu", "text"], ["titre", "text"], ["localisation", "text"], ["objet", "text"], ["objectifs", "text"], ["ressources", "text"],
    ["dynamiquesTerritoire", "text"], ["dynamiquesAmenagement", "text"], ["debutPrevu", "date"], ["dureeMois", "int"],
    ["livrablesAttendus", "text"], ["disciplinesSouhaitees", "text[]"], ["budgetMaterielEuros", "int"], ["derogationDemandee", "bool"],
    ["creeParId", "uuid"], ["deposeeLe", "timestamp(3)"], ["creeLe", "timestamp(3)"], ["modifieLe", "timestamp(3)"],
    ["decideeLe", "timestamp(3)"], ["correctionsEcheance", "timestamp(3)"], ["retireeLe", "timestamp(3)"], ["motifRetrait", "text"],
  ]);
  ctx.table("candidature_porteuse", [["candidatureId", "uuid"], ["organisationId", "uuid"]]);
  ctx.table("perimetre_commune", [["candidatureId", "uuid"], ["codeInsee", "text"]]);
  ctx.table("perimetre_epci", [["candidatureId", "uuid"], ["epciSiren", "text"]]);
  ctx.table("contact_candidature", [["id", "uuid"], ["candidatureId", "uuid"], ["partie", '"PartieSignataire"'], ["nom", "text"], ["email", "text"], ["ordre", "int"]]);
  ctx.table("piece", [
    ["id", "uuid"], ["candidatureId", "uuid"], ["type", '"TypePiece"'], ["emplacement", "uuid"], ["version", "int"], ["courante", "bool"],
    ["nomFichier", "text"], ["fichierId", "uuid"], ["deposeeParId", "uuid"], ["creeLe", "timestamp(3)"],
  ]);
  ctx.table("signature", [
    ["id", "uuid"], ["candidatureId", "uuid"], ["partie", '"PartieSignataire"'], ["organisationId", "uuid"], ["utilisateurId", "uuid"],
    ["hashContenu", "text"], ["avis", '"AvisEtat"'], ["avisTexte", "text"], ["signeeLe", "timestamp(3)"],
  ]);
  ctx.table("message", [["id", "uuid"], ["candidatureId", "uuid"], ["auteurId", "uuid"], ["visibilite", '"VisibiliteMessage"'], ["contenu", "text"], ["creeLe", "timestamp(3)"]]);
  ctx.table("depot", [
    ["id", "uuid"], ["candidatureId", "uuid"], ["numero", "int"], ["hashContenu", "text"], ["numeroRecepisse", "text"], ["deposeParId", "uuid"],
    ["deposeLe", "timestamp(3)"], ["recepisseId", "uuid"],
  ]);
  ctx.table("decision", [["id", "uuid"], ["candidatureId", "uuid"], ["type", '"TypeDecision"'], ["motivation", "text"], ["decideParId", "uuid"], ["decideeLe", "timestamp(3)"]]);
}

/** Périmètre (R3) : communes du département et/ou EPCI entiers selon la collectivité principale. */
function perimetre(ctx: Contexte, p: Plan): { communes: string[]; epci: string[] } {
  const { alea, ref } = ctx;
  const membresDuDep = (siren: string) => (ref.membresEpci.get(siren) ?? []).filter((c) => c.codeDepartement === p.dep.code).map((c) => c.codeInsee);
  if (p.org.type === "commune") {
    const siren = ref.epciDeCommune.get(p.org.codeInsee!);
    const voisines = siren ? membresDuDep(siren).filter((c) => c !== p.org.codeInsee) : [];
    return { communes: [p.org.codeInsee!, ...alea.plusieurs(voisines, alea.entier(0, 3))], epci: [] };
  }
  if (p.org.type === "epci") {
    if (p.format === "flash") return { communes: alea.plusieurs(membresDuDep(p.org.siren!), alea.entier(1, 4)), epci: [] };
    return { communes: [], epci: [p.org.siren!] };
  }
  const epci = p.dep.pool.epci.map((e) => e.siren!);
  return epci.length ? { communes: [], epci: alea.plusieurs(epci, alea.entier(2, 3)) } : { communes: alea.plusieurs(p.dep.communes, 3), epci: [] };
}

export function ecrireCandidature(ctx: Contexte, p: Plan, fichiers: Fichiers): Retenue | undefined {
  const { alea } = ctx;
  const collectivite = ctx.membres.get(p.org.id)!;
  const etat = ctx.membres.get(p.dep.service.id)!;
  const signataireCollectivite = alea.choix(collectivite.signataires);
  const signataireEtat = alea.choix(etat.signataires);
  const redacteurCollectivite = collectivite.membres[0] ?? signataireCollectivite;
  const redacteurEtat = alea.choix(etat.membres.length ? etat.membres : etat.signataires);
  const auteur = alea.vrai(0.7) ? redacteurCollectivite : redacteurEtat;
  const coAuteur = auteur === redacteurEtat ? redacteurCollectivite : redacteurEtat;
  const referent = alea.choix(ctx.referents);
  const service = p.dep.service;
  const autres = [...p.dep.pool.epci, ...p.dep.pool.departement, ...p.dep.pool.commune].filter((o) => o.id !== p.org.id);
  const porteuses = alea.plusieurs(autres, alea.pondere([[0, 60], [1, 30], [2, 10]]));
  const { communes, epci } = perimetre(ctx, p);
  const derogation = p.format === "local" && p.org.type === "commune";
  const [dMin, dMax] = DUREES[p.format];
  const dureeMois = alea.entier(dMin, dMax);
  const titre = alea.choix(TITRES[p.format])(p.org.nom);
  const disciplines = alea.plusieurs(DISCIPLINES, alea.entier(2, 4));
  const debutPrevu = new Date(`${jour(plus(p.creeLe, alea.entier(90, 180)))}T00:00:00Z`);
  const budget = p.format === "flash" ? 2_500 : p.format === "local" ? 8_000 : 15_000;
  const contacts = [
    { partie: "collectivite" as const, nom: `Service urbanisme — ${p.org.nom}`, fonction: null, email: `urbanisme@${p.org.siren ?? p.org.codeInsee}.example`, telephone: null },
    { partie: "etat" as const, nom: `Pôle aménagement — ${service.nom}`, fonction: null, email: `amenagement@dep${p.dep.code.toLowerCase()}.example`, telephone: null },
  ];
  const ligne = {
    format: p.format, sessionId: p.session?.id ?? null, collectivitePrincipaleId: p.org.id, serviceEtatId: service.id,
    porteuses: porteuses.map((o) => ({ organisationId: o.id })), communes: communes.map((codeInsee) => ({ codeInsee })), epci: epci.map((epciSiren) => ({ epciSiren })),
    derogationDemandee: derogation, titre, localisation: `${p.org.nom} (${p.dep.code})`, objet: alea.choix(OBJETS),
    objectifs: "Partager un diagnostic avec les acteurs locaux, dégager des pistes d'action et une feuille de route.",
    ressources: "Études existantes, document d'urbanisme en vigueur, observatoire foncier départemental.",
    dynamiquesTerritoire: "Territoire engagé dans une démarche de projet, appuyé par les services de l'État.",
    dynamiquesAmenagement: "Révision du document d'urbanisme en cours ; plusieurs projets publics à articuler.",
    debutPrevu, dureeMois, livrablesAttendus: LIVRABLES[p.format], disciplinesSouhaitees: disciplines, budgetMaterielEuros: budget, contacts,
  };
  const contenu = contenuDeLigne({ ...(ligne as unknown as LigneSections), pieces: [] });
  const empreinte = empreintes(contenu);

  const evenements: EvenementDate[] = [];
  type SurCandidature = Omit<EvenementDate, "entite" | "entiteId" | "candidatureId"> & { entite?: string; entiteId?: string };
  const ev = (e: SurCandidature) => evenements.push({ entite: "candidature", entiteId: p.id, candidatureId: p.id, ...e } as EvenementDate);
  const h0 = empreinte([]);
  let version = 1;
  ev({
    acteurId: auteur.id, type: "candidature.creee", survenuLe: p.creeLe,
    resume: `${auteur.nom} crée la candidature ${p.reference} (${LIBELLES_FORMAT[p.format]}) pour ${nomCollectiviteDeveloppe(p.org.nom)}, avec ${service.nom}.`,
    donnees: { reference: p.reference, format: p.format, sessionId: p.session?.id ?? null, serviceEtatId: service.id, hashContenu: h0, versionApres: 1 },
  });
  const sections: [keyof typeof LIBELLES_SECTIONS, string[], Personne][] = [
    ["note", ["localisation", "objet", "objectifs", "ressources", "dynamiquesTerritoire", "dynamiquesAmenagement"], coAuteur],
    ["perimetre", derogation ? ["communes", "epci", "derogationDemandee"] : ["communes", "epci"], auteur],
    ["calendrier", ["debutPrevu", "dureeMois"], auteur],
    ["livrables", ["livrablesAttendus", "disciplinesSouhaitees", "budgetMaterielEuros"], coAuteur],
  ];
  // La note, puis une à trois autres sections (le journal vise ~15 événements par candidature).
  for (const [i, [section, champs, par]] of [sections[0]!, ...alea.plusieurs(sections.slice(1), alea.entier(1, 3))].entries()) {
    version += 1;
    ev({
      acteurId: par.id, type: "candidature.modifiee", survenuLe: ctx.auPlusTard(new Date(p.creeLe.getTime() + (i + 1) * 5_400_000)),
      resume: `${par.nom} modifie la section « ${LIBELLES_SECTIONS[section]} » (${champs.map(mentionChamp).join(", ")}).`,
      donnees: { section, champs, versionApres: version, hashContenu: h0 },
    });
  }

  // Pièces : les exigées (R5), la demande de dérogation, des annexes, parfois une pièce remplacée.
  const types: TypePiece[] = [...piecesRequises(p.format, null), ...(derogation ? (["demande_derogation"] as const) : [])];
  const cible = alea.entier(5, 10);
  const remplacee = alea.vrai(0.3) ? 0 : -1;
  while (types.length + (remplacee >= 0 ? 1 : 0) < cible) types.push("autre");
  const courantes: PieceSignee[] = [];
  const tablePiece = ctx.t("piece");
  let annexe = 0;
  const deposer = (type: TypePiece, emplacement: string, numeroVersion: number, le: Date) => {
    const par = PIECES_ETAT.has(type) ? redacteurEtat : redacteurCollectivite;
    const f = fichiers.pieces[type];
    const nomFichier = type === "autre" ? `annexe-${(annexe += 1)}.pdf` : `${normaliserNom(LIBELLES_PIECES[type]).replaceAll(" ", "-")}${numeroVersion > 1 ? `-v${numeroVersion}` : ""}.pdf`;
    const id = alea.uuid();
    tablePiece.ajouter(id, p.id, type, emplacement, numeroVersion, true, nomFichier, f.id, par.id, iso(le));
    const signee = { type, emplacement, version: numeroVersion, nomFichier, sha256: f.sha256 };
    const remplace = courantes.findIndex((c) => c.emplacement === emplacement);
    if (remplace >= 0) {
      tablePiece.lignes[tablePiece.lignes.length - 2]![5] = false;
      courantes[remplace] = signee;
    } else courantes.push(signee);
    version += 1;
    ev({
      acteurId: par.id, type: remplace >= 0 ? "piece.remplacee" : "piece.deposee", entite: "piece", entiteId: id, survenuLe: le,
      resume: remplace >= 0 ? `${par.nom} remplace la pièce « ${LIBELLES_PIECES[type]} » : ${nomFichier}.` : `${par.nom} joint la pièce « ${LIBELLES_PIECES[type]} » : ${nomFichier}.`,
      donnees: { section: "pieces", champs: [type], versionApres: version, emplacement, version: numeroVersion, nomFichier, taille: f.taille, typeMime: "application/pdf", sha256: f.sha256, hashContenu: empreinte(courantes) },
    });
  };
  for (const [i, type] of types.entries()) {
    const le = ctx.auPlusTard(new Date(plus(p.creeLe, 1).getTime() + i * 1_800_000));
    const emplacement = alea.uuid();
    deposer(type, emplacement, 1, le);
    if (i === remplacee) deposer(type, emplacement, 2, ctx.auPlusTard(new Date(le.getTime() + 900_000)));
  }
  const hashContenu = empreinte(courantes);

  let dernier = evenements.at(-1)!.survenuLe;
  if (SIGNEES.has(p.statut)) {
    const avisTexte = "Le service de l'État soutient cette candidature et s'engage à porter l'atelier.";
    for (const s of [
      { partie: "collectivite" as const, par: signataireCollectivite, org: p.org, le: plus(p.creeLe, 8) },
      { partie: "etat" as const, par: signataireEtat, org: service, le: plus(p.creeLe, 10) },
    ]) {
      const id = alea.uuid();
      const etatSigne = s.partie === "etat";
      ctx.t("signature").ajouter(id, p.id, s.partie, s.org.id, s.par.id, hashContenu, etatSigne ? "favorable" : null, etatSigne ? avisTexte : null, iso(s.le));
      ev({
        acteurId: s.par.id, type: "signature.apposee", entite: "signature", entiteId: id, survenuLe: s.le,
        resume: etatSigne
          ? `${s.par.nom} signe pour le service de l'État. Avis favorable : « ${avisTexte} » La candidature est signée par les deux parties.`
          : `${s.par.nom} signe pour la collectivité.`,
        donnees: { partie: s.partie, hashContenu, avis: etatSigne ? "favorable" : null, statutAvant: "brouillon", statutApres: etatSigne ? "signee" : "brouillon" },
      });
      dernier = s.le;
    }
  }
  let deposeeLe: Date | null = null;
  let decideeLe: Date | undefined;
  // Colonnes du tableau d'instruction (issue 11) : date de la dernière décision, échéance des
  // corrections demandées (un mois après la recevabilité : dépassée pour les plus anciennes, « en
  // retard »), retrait et son motif. Sans tirage aléatoire de plus : même graine, mêmes lignes.
  let derniereDecisionLe: Date | null = null;
  let correctionsEcheance: Date | null = null;
  let retrait: [Date, string] | null = null;
  if (DEPOSEES.has(p.statut)) {
    deposeeLe = plus(p.creeLe, 12);
    const depotId = alea.uuid();
    const numeroRecepisse = `${p.reference}-D1`;
    ctx.t("depot").ajouter(depotId, p.id, 1, hashContenu, numeroRecepisse, signataireEtat.id, iso(deposeeLe), fichiers.recepisse);
    ev({
      acteurId: signataireEtat.id, type: "candidature.deposee", survenuLe: deposeeLe,
      resume: `${signataireEtat.nom} dépose la candidature ${p.reference} (récépissé ${numeroRecepisse}).`,
      donnees: { depotId, numero: 1, numeroRecepisse, hashContenu },
    });
    dernier = deposeeLe;
    const recevabiliteLe = p.session ? plus(p.session.clotureLe, alea.entier(7, 20)) : plus(p.creeLe, 33);
    const types = [...(DECISIONS[p.statut] ?? [])];
    if (derogation && types.length) types.unshift(p.statut === "irrecevable" ? "derogation_refusee" : "derogation_acceptee");
    for (const type of types) {
      const selection = type === "retenue" || type === "non_retenue";
      const le = selection ? (p.session?.selectionLe ?? plus(p.creeLe, 63 + alea.entier(0, 60))) : recevabiliteLe;
      const motivation = alea.choix(MOTIVATIONS[type]);
      const id = alea.uuid();
      ctx.t("decision").ajouter(id, p.id, type, motivation, referent.id, iso(le));
      const derogationSeule = type === "derogation_acceptee" || type === "derogation_refusee";
      ev({
        acteurId: referent.id, type: typeEvenementDecision(type), survenuLe: le, resume: motivation,
        donnees: { decisionId: id, motivation, ...(!derogationSeule && { statutApres: type === "recevable" ? "en_instruction" : p.statut }) },
      } as SurCandidature);
      dernier = le;
      derniereDecisionLe = le;
      if (selection) decideeLe = le;
    }
    if (p.statut === "a_corriger") correctionsEcheance = plus(recevabiliteLe, 30);
  }
  if (p.statut === "retiree") {
    const par = signataireCollectivite;
    dernier = ctx.auPlusTard(p.session ? plus(p.session.clotureLe, -2) : plus(p.creeLe, 30));
    retrait = [dernier, MOTIF_RETRAIT];
    ev({
      acteurId: par.id, type: "candidature.retiree", survenuLe: dernier,
      resume: `${par.nom} retire la candidature ${p.reference}. Motif : « ${MOTIF_RETRAIT} »`, donnees: { statutAvant: "brouillon", motif: MOTIF_RETRAIT },
    });
  }

  ctx.t("candidature").ajouter(
    p.id, p.reference, p.format, p.session?.id ?? null, p.org.id, service.id, p.dep.code, p.org.codeRegion, p.statut, version, hashContenu,
    titre, ligne.localisation, ligne.objet, ligne.objectifs, ligne.ressources, ligne.dynamiquesTerritoire, ligne.dynamiquesAmenagement,
    jour(debutPrevu), dureeMois, ligne.livrablesAttendus, tableauPg(disciplines), budget, derogation, auteur.id,
    deposeeLe && iso(deposeeLe), iso(p.creeLe), iso(dernier),
    derniereDecisionLe && iso(derniereDecisionLe), correctionsEcheance && iso(correctionsEcheance), retrait && iso(retrait[0]), retrait?.[1] ?? null,
  );
  for (const o of porteuses) ctx.t("candidature_porteuse").ajouter(p.id, o.id);
  for (const c of communes) ctx.t("perimetre_commune").ajouter(p.id, c);
  for (const e of epci) ctx.t("perimetre_epci").ajouter(p.id, e);
  for (const [ordre, c] of contacts.entries()) ctx.t("contact_candidature").ajouter(alea.uuid(), p.id, c.partie, c.nom, c.email, ordre);
  ctx.journal.push(...evenements);
  if (p.statut !== "retenue" || !decideeLe) return undefined;
  return {
    candidatureId: p.id, reference: p.reference, format: p.format, titre, dep: p.dep, collectivites: [p.org, ...porteuses],
    decideeLe, dureeMois, annee: p.session?.annee ?? p.creeLe.getUTCFullYear(),
  };
}
