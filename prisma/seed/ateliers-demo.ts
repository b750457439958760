// Ateliers issus des candidatures retenues : les six de la session nationale 2023 (terminés ; cinq
// sont illustratifs, voir candidatures-demo.ts), l'atelier flash d'Andouillé (terminé) et un atelier
// local en cours, en phase d'animation. Chacun est créé dix jours après la décision qui le retient.
import type { NatureFrais, Prisma, StatutAtelier, StatutPhase, ThemeAtelierInSitu, TypeContrat, TypeLivrable, TypePhase } from "@/lib/generated/prisma/client";
import { createHash } from "node:crypto";
import { pdfDemonstration } from "@/lib/fichiers/pdf-demo";
import type { EvenementDate } from "./seed";
import { heureDeParis } from "@/lib/dates/paris";

type Tx = Prisma.TransactionClient;
/** `publie` : le livrable final a un fichier et la DGALN l'a rendu publiable (page « Ateliers réalisés », décision 036). */
type Jalon = { debut: string; fin: string; statut: StatutPhase; livrable?: { type: TypeLivrable; titre: string; publie?: true } };

type AtelierDemo = {
  reference: string;
  statut: StatutAtelier;
  typeContrat: TypeContrat;
  referenceContrat: string;
  cout: number;
  equipe: { role: "mandataire" | "cotraitant"; structure: string; disciplines: string[] }[];
  phases: Record<TypePhase, Jalon>;
  inSitu: {
    titre: string;
    debut: string;
    lieu: string;
    participants: number;
    phase: TypePhase;
    /** Saisie détaillée (décision 034) : commune du périmètre, thème, participants par catégorie, compte rendu, frais. */
    detail?: {
      codeInsee: string;
      theme: ThemeAtelierInSitu;
      elus: number;
      techniciens: number;
      habitants: number;
      partenaires: number;
      compteRendu: string;
      frais: { libelle: string; nature: NatureFrais; centimes: number }[];
    };
  }[];
};

/** Un atelier national de la session 2023, au même calendrier que celui des Coëvrons. */
function national2023(reference: string, lot: number, cout: number, territoire: string, lieu: string): AtelierDemo {
  return {
    reference, statut: "termine", typeContrat: "marche_national", referenceContrat: `Marché national 2023 – lot ${lot}`, cout,
    equipe: [
      { role: "mandataire", structure: "Groupement mandataire (urbanisme et paysage)", disciplines: ["urbanisme", "paysage"] },
      { role: "cotraitant", structure: "Bureau d'études en économie territoriale", disciplines: ["économie territoriale"] },
    ],
    phases: {
      appropriation: { debut: "2023-09-01", fin: "2023-12-15", statut: "validee", livrable: { type: "synthese_enjeux", titre: `Synthèse des enjeux — ${territoire}` } },
      animation: { debut: "2024-01-15", fin: "2024-10-31", statut: "validee", livrable: { type: "support_atelier", titre: "Supports des ateliers in situ" } },
      restitution: { debut: "2024-11-01", fin: "2025-03-31", statut: "validee", livrable: { type: "feuille_de_route", titre: `Feuille de route — ${territoire}` } },
    },
    inSitu: [
      { titre: "Diagnostic partagé et enjeux", debut: "2024-02-15T09:30", lieu, participants: 40, phase: "animation" },
      { titre: "Stratégie", debut: "2024-05-23T09:30", lieu, participants: 35, phase: "animation" },
      { titre: "Feuille de route", debut: "2024-09-19T14:00", lieu, participants: 45, phase: "animation" },
    ],
  };
}

const ATELIERS: AtelierDemo[] = [
  {
    reference: "ADT-2023-00001", statut: "termine", typeContrat: "marche_national", referenceContrat: "Marché national 2023 – lot 3",
    cout: 166_000,
    equipe: [
      { role: "mandataire", structure: "Groupement mandataire (urbanisme et paysage)", disciplines: ["urbanisme", "paysage"] },
      { role: "cotraitant", structure: "Bureau d'études en économie territoriale", disciplines: ["économie territoriale"] },
      { role: "cotraitant", structure: "Agence de géographie et d'environnement", disciplines: ["géographie", "environnement"] },
    ],
    phases: {
      appropriation: { debut: "2023-09-01", fin: "2023-12-15", statut: "validee", livrable: { type: "synthese_enjeux", titre: "Synthèse des enjeux des Coëvrons" } },
      animation: { debut: "2024-01-15", fin: "2024-10-31", statut: "validee", livrable: { type: "support_atelier", titre: "Supports des ateliers in situ" } },
      restitution: { debut: "2024-11-01", fin: "2025-03-31", statut: "validee", livrable: { type: "feuille_de_route", titre: "Feuille de route « Coëvrons productifs et sobres »", publie: true } },
    },
    inSitu: [
      { titre: "Diagnostic partagé et enjeux", debut: "2024-02-08T09:30", lieu: "Évron, salle des fêtes", participants: 45, phase: "animation" },
      { titre: "Stratégie : foncier productif et bourgs", debut: "2024-05-16T09:30", lieu: "Bais, salle polyvalente", participants: 38, phase: "animation" },
      { titre: "Feuille de route", debut: "2024-09-26T14:00", lieu: "Évron, siège de la communauté de communes", participants: 52, phase: "animation" },
    ],
  },
  {
    reference: "ADT-2023-00002", statut: "termine", typeContrat: "bon_de_commande", referenceContrat: "Bon de commande n° 2023-053-01",
    cout: 20_000,
    equipe: [{ role: "mandataire", structure: "Atelier d'architecture et d'urbanisme", disciplines: ["architecture", "urbanisme", "paysage"] }],
    phases: {
      appropriation: { debut: "2023-04-03", fin: "2023-04-28", statut: "validee", livrable: { type: "synthese_enjeux", titre: "Enjeux du centre-bourg" } },
      animation: { debut: "2023-05-02", fin: "2023-06-30", statut: "validee" },
      restitution: { debut: "2023-07-03", fin: "2023-08-31", statut: "validee", livrable: { type: "esquisse_plan_guide", titre: "Esquisse de plan-guide du centre-bourg d'Andouillé" } },
    },
    inSitu: [
      {
        titre: "Balade urbaine et atelier avec les habitants", debut: "2023-05-25T14:00", lieu: "Andouillé, mairie", participants: 30, phase: "animation",
        detail: {
          codeInsee: "53005", theme: "diagnostic_enjeux", elus: 7, techniciens: 3, habitants: 18, partenaires: 2,
          compteRendu: "Balade de la place de l'église à l'ancienne gare, puis atelier en mairie. Trois enjeux retenus : les commerces vacants de la Grande-Rue, la traversée de la départementale, les liaisons vers l'école.",
          frais: [
            { libelle: "Impression des cartes et des plans grand format", nature: "logistique", centimes: 18_600 },
            { libelle: "Collation des participants", nature: "restauration", centimes: 24_450 },
          ],
        },
      },
      {
        titre: "Atelier de stratégie : le centre-bourg en 2035", debut: "2023-06-22T18:30", lieu: "Andouillé, salle des fêtes", participants: 26, phase: "animation",
        detail: {
          codeInsee: "53005", theme: "strategie", elus: 9, techniciens: 4, habitants: 11, partenaires: 2,
          compteRendu: "Travail en tables sur trois scénarios. Le scénario « cœur de bourg resserré » est préféré : il sert de base à l'esquisse de plan-guide.",
          frais: [
            { libelle: "Location de la salle des fêtes", nature: "location_salle", centimes: 15_000 },
            { libelle: "Buffet de clôture", nature: "restauration", centimes: 31_280 },
          ],
        },
      },
    ],
  },
  {
    reference: "ADT-2025-00013", statut: "en_cours", typeContrat: "marche_subsequent", referenceContrat: "Marché subséquent n° 2026-44-02",
    cout: 100_000,
    equipe: [
      { role: "mandataire", structure: "Agence de paysage mandataire", disciplines: ["paysage", "urbanisme"] },
      { role: "cotraitant", structure: "Bureau d'études hydraulique et risques", disciplines: ["hydrologie", "risques naturels"] },
    ],
    phases: {
      appropriation: { debut: "2026-03-02", fin: "2026-06-30", statut: "validee", livrable: { type: "note_de_cadrage", titre: "Note de cadrage" } },
      animation: { debut: "2026-09-01", fin: "2027-01-31", statut: "en_cours" },
      restitution: { debut: "2027-02-01", fin: "2027-04-30", statut: "a_venir" },
    },
    inSitu: [
      { titre: "Session 1 : diagnostic et enjeux", debut: "2026-10-08T09:00", lieu: "Nantes, Hôtel de Métropole", participants: 60, phase: "animation" },
      { titre: "Session 2 : stratégie", debut: "2026-12-10T09:00", lieu: "Rezé, halle de la Trocardière", participants: 0, phase: "animation" },
    ],
  },
  // 1 M€ pour les six lauréats de la session 2023 (166 000 € pour les Coëvrons).
  national2023("ADT-2023-00005", 1, 167_000, "Pays de Saint-Omer", "Saint-Omer, siège de l'agglomération"),
  national2023("ADT-2023-00006", 2, 167_000, "Vallée de la Bruche", "Schirmeck, siège de la communauté de communes"),
  national2023("ADT-2023-00007", 4, 167_000, "Grand Chalon", "Chalon-sur-Saône, siège de l'agglomération"),
  national2023("ADT-2023-00008", 5, 167_000, "Lannion-Trégor", "Lannion, siège de l'agglomération"),
  national2023("ADT-2023-00009", 6, 166_000, "Loches Sud Touraine", "Loches, siège de la communauté de communes"),
];

const date = (j: string) => new Date(`${j}T00:00:00Z`);

export async function creerAteliersDemo(tx: Tx, candidatures: Map<string, string>, referent: string, journal: EvenementDate[]) {
  for (const a of ATELIERS) {
    const candidature = await tx.candidature.findUniqueOrThrow({ where: { id: candidatures.get(a.reference)! } });
    const retenue = await tx.decision.findFirstOrThrow({ where: { candidatureId: candidature.id, type: "retenue" } });
    const creeLe = new Date(retenue.decideeLe.getTime() + 10 * 86_400_000);
    // Le pilote est un agent du service de l'État compétent, à défaut son signataire ; la collectivité
    // valide les phases par son signataire.
    const etat = await tx.appartenance.findMany({ where: { organisationId: candidature.serviceEtatId }, orderBy: { creeLe: "asc" } });
    const pilote = etat.find((m) => m.role === "agent") ?? etat.find((m) => m.role === "signataire_etat");
    const signataireCollectivite = await tx.appartenance.findFirst({ where: { organisationId: candidature.collectivitePrincipaleId, role: "signataire" } });
    const atelier = await tx.atelier.create({
      data: {
        candidatureId: candidature.id, format: candidature.format, titre: candidature.titre, statut: a.statut,
        serviceEtatId: candidature.serviceEtatId, codeDepartement: candidature.codeDepartement, codeRegion: candidature.codeRegion,
        piloteId: pilote?.utilisateurId ?? null, referentDgalnId: referent,
        typeContrat: a.typeContrat, referenceContrat: a.referenceContrat, coutEquipeEuros: a.cout, creeLe,
        collectivites: { create: { organisationId: candidature.collectivitePrincipaleId, principale: true } },
        equipe: { create: a.equipe },
      },
    });
    for (const [type, jalon] of Object.entries(a.phases) as [TypePhase, Jalon][]) {
      const fini = jalon.statut === "validee";
      const phase = await tx.phase.create({
        data: {
          atelierId: atelier.id, type, statut: jalon.statut,
          debutPrevu: date(jalon.debut), finPrevue: date(jalon.fin),
          debutReel: jalon.statut === "a_venir" ? null : date(jalon.debut), finReelle: fini ? date(jalon.fin) : null,
        },
      });
      if (fini) {
        const validations: Prisma.ValidationPhaseCreateManyInput[] = [];
        if (pilote) validations.push({ phaseId: phase.id, partie: "etat", organisationId: candidature.serviceEtatId, utilisateurId: pilote.utilisateurId, valideeLe: date(jalon.fin) });
        if (signataireCollectivite) validations.push({ phaseId: phase.id, partie: "collectivite", organisationId: candidature.collectivitePrincipaleId, utilisateurId: signataireCollectivite.utilisateurId, valideeLe: date(jalon.fin) });
        if (validations.length) await tx.validationPhase.createMany({ data: validations });
      }
      if (jalon.livrable) {
        const { type: typeLivrable, titre, publie } = jalon.livrable;
        const contenu = publie ? pdfDemonstration([titre, candidature.titre, "Document de démonstration."]) : null;
        const sha256 = contenu ? createHash("sha256").update(contenu).digest("hex") : null;
        const fichier = contenu && sha256 ? await tx.fichier.create({ data: { sha256, taille: contenu.length, typeMime: "application/pdf", contenu: new Uint8Array(contenu) } }) : null;
        await tx.livrable.create({
          data: {
            atelierId: atelier.id, phaseId: phase.id, type: typeLivrable, titre, deposeLe: date(jalon.fin),
            ...(fichier ? { fichierId: fichier.id, sha256, nomFichier: `${typeLivrable.replaceAll("_", "-")}.pdf`, publiable: true, publieParId: referent, publieLe: date("2025-04-15") } : {}),
          },
        });
      }
      for (const s of a.inSitu.filter((s) => s.phase === type)) {
        const d = s.detail;
        const inSitu = await tx.atelierInSitu.create({
          data: {
            atelierId: atelier.id, phaseId: phase.id, titre: s.titre, debutLe: heureDeParis(s.debut), lieu: s.lieu, participants: s.participants || null,
            ...(d && {
              codeInsee: d.codeInsee, theme: d.theme, compteRendu: d.compteRendu,
              participantsElus: d.elus, participantsTechniciens: d.techniciens, participantsHabitants: d.habitants, participantsPartenaires: d.partenaires,
            }),
          },
        });
        for (const f of d?.frais ?? []) {
          await tx.fraisMateriel.create({ data: { atelierId: atelier.id, atelierInSituId: inSitu.id, libelle: f.libelle, nature: f.nature, montantCentimes: f.centimes, engageLe: date(s.debut.slice(0, 10)) } });
        }
      }
    }
    // Les ateliers saisis en détail portent leurs frais ; les autres, un forfait global.
    if (!a.inSitu.some((s) => s.detail)) {
      await tx.fraisMateriel.create({ data: { atelierId: atelier.id, libelle: "Location de salle et restauration des ateliers in situ", montantCentimes: 180_000, engageLe: date(a.phases.animation.debut) } });
    }
    journal.push({
      acteurId: referent, type: "atelier.cree", entite: "atelier", entiteId: atelier.id, atelierId: atelier.id, survenuLe: creeLe,
      candidatureId: candidature.id, resume: `Ouverture de l'atelier à partir de la candidature ${a.reference} (${a.referenceContrat}).`, donnees: { reference: a.reference },
    });
  }
}
