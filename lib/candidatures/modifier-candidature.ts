// Enregistrer une section du formulaire (issue 4, §2 et §7). Verrouillage optimiste : une seule
// écriture conditionnelle `updateMany({ where: { id, version, statut ∈ modifiables } })` dont le
// `count` est vérifié. Version dépassée : si seule une autre section a changé entre-temps, on
// enregistre sur la version actuelle ; si c'est la même section, CONFLIT (qui, quand, quels champs)
// et rien n'est écrit. Toute modification change l'empreinte du contenu et annule les signatures.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { exigerCandidature } from "@/lib/autorisations/exiger";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { StatutCandidature } from "@/lib/generated/prisma/client";
import { LIBELLES_SECTIONS, modifierCandidatureSchema, type Section, type ValeursSection } from "./candidature.schema";
import { exigerModifiable, incrementerVersion, messageNonModifiable, nomActeur, OPTIONS_TRANSACTION } from "./commun";
import { erreurConflit, modificationsDepuis } from "./conflit";
import { appliquerChangementContenu, type SignatureAnnulee } from "./empreinte";
import { chargerFaits } from "./faits";
import { notifierSignaturesAnnulees } from "./notifier-annulation";
import { checklist, type RubriqueChecklist } from "./regles";
import { estModifiable } from "./regles/transitions";
import { champsModifies, colonnesSection, ecrireRelations, LIBELLES_CHAMPS, valeursDeSaisie, valeursSections, verifierSection } from "./sections";

export type CandidatureModifiee = {
  candidatureId: string;
  section: Section;
  /** Version à renvoyer avec la prochaine modification. */
  version: number;
  statut: StatutCandidature;
  hashContenu: string | null;
  /** Champs effectivement changés ; vide si la saisie était identique à la base. */
  champs: string[];
  signaturesInvalidees: SignatureAnnulee[];
  checklist: RubriqueChecklist[];
};

/** Au plus quelques tentatives quand d'autres sections sont enregistrées au même moment. */
const TENTATIVES = 3;

export const modifierCandidature: DefinitionAction<typeof modifierCandidatureSchema, CandidatureModifiee> = {
  nom: "candidatures.modifier",
  schema: modifierCandidatureSchema,
  async executer({ acteur, donnees }) {
    const { candidatureId, section } = donnees;
    const maintenant = new Date();
    const resultat = await prisma.$transaction(async (tx) => {
      const candidature = await exigerCandidature(acteur, candidatureId, "modifier", tx);
      if (!estModifiable(candidature.statut)) throw new AppError("ETAT_INCOMPATIBLE", messageNonModifiable(candidature.statut));
      const saisie = valeursDeSaisie(section, donnees as ValeursSection<typeof section>);
      await verifierSection(tx, candidature, section, saisie);
      const champs = champsModifies((await valeursSections(tx, candidatureId))[section], saisie);
      if (champs.length === 0) {
        const faits = await chargerFaits(tx, candidatureId, maintenant);
        return { section, version: candidature.version, statut: candidature.statut, hashContenu: candidature.hashContenu, champs, signaturesInvalidees: [], checklist: checklist(faits), evenements: [] };
      }

      const colonnes = colonnesSection(section, saisie);
      let version = await incrementerVersion(tx, candidatureId, donnees.version, colonnes);
      for (let essai = 1; version === null && essai <= TENTATIVES; essai++) {
        await exigerModifiable(tx, candidatureId);
        const depuis = await modificationsDepuis(tx, candidatureId, donnees.version);
        // Même section changée (ou historique incomplet) : on n'écrase rien.
        if (!depuis.complet || depuis.modifications.some((m) => m.section === section)) {
          throw erreurConflit(section, depuis.modifications, depuis.complet);
        }
        version = await incrementerVersion(tx, candidatureId, depuis.versionActuelle, colonnes);
      }
      if (version === null) throw erreurConflit(section, [], false);

      await ecrireRelations(tx, candidatureId, section, saisie);
      const libelles = champs.map((c) => LIBELLES_CHAMPS[c] ?? c).join(", ");
      const motif = `la section « ${LIBELLES_SECTIONS[section]} » a été modifiée par ${nomActeur(acteur)}`;
      const changement = await appliquerChangementContenu(tx, candidatureId, acteur.id, motif);
      const faits = await chargerFaits(tx, candidatureId, maintenant);
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "candidature.modifiee",
        entite: "candidature",
        entiteId: candidatureId,
        candidatureId,
        resume: `${nomActeur(acteur)} modifie la section « ${LIBELLES_SECTIONS[section]} » (${libelles}).`,
        donnees: { section, champs, versionApres: version, hashContenu: changement.hashContenu },
      });
      for (const evenement of changement.evenements) await enregistrerEvenement(tx, evenement);
      return {
        section,
        version,
        statut: faits.statut,
        hashContenu: changement.hashContenu,
        champs,
        signaturesInvalidees: changement.signaturesInvalidees,
        checklist: checklist(faits),
        evenements: changement.evenements,
      };
    }, OPTIONS_TRANSACTION);

    const { evenements, ...data } = resultat;
    if (evenements.length > 0) {
      await notifierSignaturesAnnulees(candidatureId, acteur, `la section « ${LIBELLES_SECTIONS[section]} » a été modifiée`);
    }
    return { candidatureId, ...data };
  },
  revalider: (resultat) => [`/candidatures/${resultat.candidatureId}`, "/candidatures"],
};
