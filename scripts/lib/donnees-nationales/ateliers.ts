// Un atelier par candidature retenue, ouvert dix jours après la décision : collectivités, équipe,
// trois phases dont le statut suit la date du jour, ateliers in situ (trois pour un atelier local ou
// national, un pour un flash), livrables et validations des phases terminées.
import type { NatureFrais, StatutAtelier, StatutPhase, ThemeAtelierInSitu, TypeContrat, TypeLivrable, TypePhase } from "@/lib/generated/prisma/enums";
import { type Contexte, JOUR, plus } from "./contexte";
import type { Fichiers, Retenue } from "./candidatures";
import { iso, jour, tableauPg } from "./sql";

const CONTRATS = { national: "marche_national", local: "marche_subsequent", flash: "bon_de_commande" } as const satisfies Record<string, TypeContrat>;
const PARTS: [TypePhase, number][] = [["appropriation", 0.25], ["animation", 0.5], ["restitution", 0.25]];
const LIVRABLE_FINAL = { national: "projet_de_territoire", local: "plan_guide", flash: "esquisse_plan_guide" } as const satisfies Record<string, TypeLivrable>;
const EQUIPES: [string, string[]][] = [
  ["Agence d'urbanisme et de paysage", ["urbanisme", "paysage"]],
  ["Bureau d'études en économie territoriale", ["économie territoriale"]],
  ["Agence de géographie et d'environnement", ["géographie", "environnement"]],
  ["Atelier d'architecture", ["architecture"]],
  ["Coopérative de programmation et de concertation", ["programmation", "sociologie"]],
];
const IN_SITU: [string, ThemeAtelierInSitu][] = [["Diagnostic partagé et enjeux", "diagnostic_enjeux"], ["Stratégie", "strategie"], ["Feuille de route", "feuille_de_route"]];
const FRAIS: [string, NatureFrais, number, number][] = [
  ["Location de la salle", "location_salle", 150, 600],
  ["Repas et pauses des participants", "restauration", 200, 900],
  ["Impression des cartes et transport du matériel", "logistique", 50, 300],
];
/** Part des livrables finaux d'ateliers terminés que la DGALN a rendus publiables. */
const PART_PUBLIABLE = 0.4;

export function creerAteliers(ctx: Contexte, retenues: Retenue[], fichiers: Fichiers) {
  const { alea } = ctx;
  const ateliers = ctx.table("atelier", [
    ["id", "uuid"], ["candidatureId", "uuid"], ["format", '"FormatAtelier"'], ["titre", "text"], ["statut", '"StatutAtelier"'], ["serviceEtatId", "uuid"],
    ["codeDepartement", "text"], ["codeRegion", "text"], ["piloteId", "uuid"], ["referentDgalnId", "uuid"], ["typeContrat", '"TypeContrat"'],
    ["referenceContrat", "text"], ["coutEquipeEuros", "int"], ["creeLe", "timestamp(3)"], ["modifieLe", "timestamp(3)"],
  ]);
  const collectivites = ctx.table("atelier_collectivite", [["atelierId", "uuid"], ["organisationId", "uuid"], ["principale", "bool"]]);
  const equipe = ctx.table("membre_equipe", [["id", "uuid"], ["atelierId", "uuid"], ["role", '"RoleEquipe"'], ["structure", "text"], ["disciplines", "text[]"]]);
  const phases = ctx.table("phase", [
    ["id", "uuid"], ["atelierId", "uuid"], ["type", '"TypePhase"'], ["statut", '"StatutPhase"'], ["debutPrevu", "date"], ["finPrevue", "date"],
    ["debutReel", "date"], ["finReelle", "date"],
  ]);
  const validations = ctx.table("validation_phase", [
    ["id", "uuid"], ["phaseId", "uuid"], ["partie", '"PartieSignataire"'], ["organisationId", "uuid"], ["utilisateurId", "uuid"], ["valideeLe", "timestamp(3)"],
  ]);
  const inSitu = ctx.table("atelier_in_situ", [
    ["id", "uuid"], ["atelierId", "uuid"], ["phaseId", "uuid"], ["titre", "text"], ["debutLe", "timestamp(3)"], ["finLe", "timestamp(3)"], ["lieu", "text"], ["participants", "int"],
    ["codeInsee", "text"], ["theme", '"ThemeAtelierInSitu"'], ["participantsElus", "int"], ["participantsTechniciens", "int"], ["participantsHabitants", "int"],
    ["participantsPartenaires", "int"], ["compteRendu", "text"],
  ]);
  const livrables = ctx.table("livrable", [
    ["id", "uuid"], ["atelierId", "uuid"], ["phaseId", "uuid"], ["type", '"TypeLivrable"'], ["titre", "text"], ["nomFichier", "text"], ["fichierId", "uuid"],
    ["deposeParId", "uuid"], ["deposeLe", "timestamp(3)"], ["publiable", "bool"], ["publieParId", "uuid"], ["publieLe", "timestamp(3)"],
  ]);
  const frais = ctx.table("frais_materiel", [
    ["id", "uuid"], ["atelierId", "uuid"], ["libelle", "text"], ["montantCentimes", "int"], ["engageLe", "date"], ["nature", '"NatureFrais"'], ["atelierInSituId", "uuid"],
  ]);
  const maintenant = ctx.maintenant.getTime();
  const numeros = new Map<string, number>();

  for (const r of retenues) {
    const id = alea.uuid();
    const principale = r.collectivites[0]!;
    const etat = ctx.membres.get(r.dep.service.id)!;
    const pilote = alea.choix(etat.membres.length ? etat.membres : etat.signataires);
    const signataire = alea.choix(ctx.membres.get(principale.id)!.signataires);
    const referent = alea.choix(ctx.referents);
    const creeLe = ctx.auPlusTard(plus(r.decideeLe, 10));
    const debut = plus(creeLe, 20);
    const duree = r.dureeMois * 30.4 * JOUR;
    const abandonne = debut.getTime() + duree < maintenant && alea.vrai(0.03);

    let t = debut.getTime();
    const jalons = PARTS.map(([type, part]) => {
      const j = { type, id: alea.uuid(), debut: new Date(t), fin: new Date(t + part * duree - JOUR) };
      t += part * duree;
      return j;
    });
    const statuts = jalons.map((j, i): StatutPhase => {
      if (abandonne) return i === 0 ? "validee" : "a_venir";
      if (maintenant >= j.fin.getTime() + 15 * JOUR) return "validee";
      if (maintenant > j.fin.getTime()) return "a_valider";
      return maintenant >= j.debut.getTime() ? "en_cours" : "a_venir";
    });
    const statut: StatutAtelier = abandonne ? "abandonne" : statuts.every((s) => s === "validee") ? "termine" : statuts[0] === "a_venir" ? "en_preparation" : "en_cours";
    const cle = `${r.annee}-${r.dep.code}`;
    const rang = (numeros.get(cle) ?? 0) + 1;
    numeros.set(cle, rang);
    const referenceContrat = r.format === "national"
      ? `Marché national ${r.annee} – lot ${rang}`
      : `${r.format === "local" ? "Marché subséquent" : "Bon de commande"} n° ${r.annee}-${r.dep.code}-${String(rang).padStart(2, "0")}`;
    const cout = r.format === "national" ? alea.entier(120, 200) * 1000 : r.format === "local" ? alea.entier(80, 120) * 1000 : alea.entier(15, 25) * 1000;
    const derniere = Math.min(maintenant - 60_000, Math.max(creeLe.getTime(), ...jalons.filter((_, i) => statuts[i] !== "a_venir").map((j) => j.debut.getTime())));
    ateliers.ajouter(id, r.candidatureId, r.format, r.titre, statut, r.dep.service.id, r.dep.code, principale.codeRegion, pilote.id, referent.id,
      CONTRATS[r.format], referenceContrat, cout, iso(creeLe), iso(new Date(derniere)));
    for (const [i, o] of r.collectivites.entries()) collectivites.ajouter(id, o.id, i === 0);
    for (const [i, [structure, disciplines]] of alea.plusieurs(EQUIPES, r.format === "flash" ? 1 : alea.entier(2, 3)).entries()) {
      equipe.ajouter(alea.uuid(), id, i === 0 ? "mandataire" : "cotraitant", structure, tableauPg(disciplines));
    }
    for (const [i, j] of jalons.entries()) {
      const s = statuts[i]!;
      const commence = s !== "a_venir";
      const finReelle = s === "validee" ? plus(j.fin, alea.entier(0, 10)) : null;
      phases.ajouter(j.id, id, j.type, s, jour(j.debut), jour(j.fin), commence ? jour(j.debut) : null, finReelle && jour(finReelle));
      if (!finReelle) continue;
      const valideeLe = plus(finReelle, 3);
      validations.ajouter(alea.uuid(), j.id, "etat", r.dep.service.id, pilote.id, iso(valideeLe));
      validations.ajouter(alea.uuid(), j.id, "collectivite", principale.id, signataire.id, iso(plus(valideeLe, 1)));
      const type: TypeLivrable = j.type === "appropriation" ? "synthese_enjeux" : j.type === "animation" ? "support_atelier" : LIVRABLE_FINAL[r.format];
      const titre = j.type === "appropriation" ? `Synthèse des enjeux — ${principale.nom}` : j.type === "animation" ? "Supports des ateliers in situ" : `Livrable final — ${principale.nom}`;
      const publie = j.type === "restitution" && statut === "termine" && alea.vrai(PART_PUBLIABLE);
      livrables.ajouter(alea.uuid(), id, j.id, type, titre, `${type.replaceAll("_", "-")}.pdf`, fichiers.livrable, pilote.id, iso(finReelle),
        publie, publie ? referent.id : null, publie ? iso(plus(valideeLe, 7)) : null);
    }
    const animation = jalons[1]!;
    const seances = r.format === "flash" ? 1 : 3;
    // La commune du périmètre où se tient la séance : la principale si c'est une commune, sinon une
    // commune membre de l'EPCI principal (ou aucune si le référentiel n'en connaît pas).
    const communes = principale.codeInsee ? [principale.codeInsee] : (principale.siren ? (ctx.ref.membresEpci.get(principale.siren) ?? []).map((c) => c.codeInsee) : []);
    for (let k = 0; k < seances; k++) {
      const debutLe = new Date(animation.debut.getTime() + ((k + 0.5) / seances) * (animation.fin.getTime() - animation.debut.getTime()));
      debutLe.setUTCHours(8, 30, 0, 0);
      const [titre, theme] = IN_SITU[r.format === "flash" ? 0 : k]!;
      const [elus, techniciens, habitants, partenaires] = [alea.entier(3, 12), alea.entier(2, 8), alea.entier(5, 40), alea.entier(1, 6)];
      const seanceId = alea.uuid();
      const tenue = statuts[1] !== "a_venir" && debutLe.getTime() < maintenant;
      inSitu.ajouter(seanceId, id, animation.id, titre, iso(debutLe), iso(new Date(debutLe.getTime() + 8 * 3600_000)), `${principale.nom}, salle du conseil`,
        elus + techniciens + habitants + partenaires, communes.length ? alea.choix(communes) : null, theme, elus, techniciens, habitants, partenaires,
        tenue ? `${titre} : les participants ont partagé les enjeux du territoire et priorisé les pistes d'action.` : null);
      if (!tenue) continue;
      for (const [libelle, nature, min, max] of alea.plusieurs(FRAIS, alea.entier(1, 3))) {
        frais.ajouter(alea.uuid(), id, libelle, alea.entier(min, max) * 100, jour(debutLe), nature, seanceId);
      }
    }
    ctx.journal.push({
      acteurId: referent.id, type: "atelier.cree", entite: "atelier", entiteId: id, atelierId: id, candidatureId: r.candidatureId, survenuLe: creeLe,
      resume: `Ouverture de l'atelier à partir de la candidature ${r.reference} (${referenceContrat}).`, donnees: { reference: r.reference },
    });
  }
}
