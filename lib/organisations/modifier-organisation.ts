// Modifier les coordonnées d'une organisation (administration DGALN). Les champs du référentiel
// (type, SIREN, code INSEE, département, population) ne se modifient pas ici : l'import du COG les
// recalcule. Le nom des organisations du référentiel non plus, pour la même raison.
import "server-only";
import { enregistrerEvenement } from "@/lib/audit/journal";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { normaliserNom } from "@/lib/referentiel/normaliser";
import { nomAffiche, organisationAccessible } from "./acces";
import { modifierOrganisationSchema } from "./organisations.schema";
import { TYPES_DU_REFERENTIEL } from "./roles";

export type OrganisationModifiee = { organisationId: string; modifications: string[] };

export const MESSAGE_NOM_REFERENTIEL =
  "Le nom de cette organisation vient du référentiel (Code officiel géographique de l'INSEE) et est mis à jour à chaque import : il ne se modifie pas ici.";
const MESSAGE_ADMINISTRATION = "Seuls les administrateurs de la DGALN peuvent modifier une organisation.";

export const modifierOrganisation: DefinitionAction<typeof modifierOrganisationSchema, OrganisationModifiee> = {
  nom: "organisations.modifier-organisation",
  schema: modifierOrganisationSchema,
  async executer({ acteur, donnees }) {
    const cible = await organisationAccessible(prisma, acteur, donnees.organisationId, "administrer", MESSAGE_ADMINISTRATION);
    const actuelle = await prisma.organisation.findUniqueOrThrow({
      where: { id: cible.id },
      select: { nom: true, courriel: true, siret: true, modifieLe: true },
    });
    const courriel = donnees.courriel || null;
    const siret = donnees.siret || null;
    if (donnees.nom !== actuelle.nom && TYPES_DU_REFERENTIEL.includes(cible.type)) {
      throw new AppError("REGLE_NON_RESPECTEE", MESSAGE_NOM_REFERENTIEL, { nom: [MESSAGE_NOM_REFERENTIEL] });
    }
    if (siret && cible.siren && !siret.startsWith(cible.siren)) {
      const message = `Le SIRET doit commencer par le SIREN de l'organisation (${cible.siren}).`;
      throw new AppError("INVALIDE", message, { siret: [message] });
    }
    const modifications = [
      donnees.nom !== actuelle.nom && "nom",
      courriel !== actuelle.courriel && "courriel",
      siret !== actuelle.siret && "siret",
    ].filter((m): m is string => Boolean(m));
    if (modifications.length === 0) return { organisationId: cible.id, modifications };

    return prisma.$transaction(async (tx) => {
      // Verrouillage optimiste sur la date de modification lue par le formulaire.
      const { count } = await tx.organisation.updateMany({
        where: { id: cible.id, modifieLe: new Date(donnees.modifieLe) },
        data: { nom: donnees.nom, nomRecherche: normaliserNom(donnees.nom), courriel, siret },
      });
      if (count === 0) {
        throw new AppError("CONFLIT", "Cette organisation a été modifiée entre-temps par quelqu'un d'autre : rechargez la page, vérifiez puis recommencez. Votre saisie n'a pas été enregistrée.");
      }
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "organisation.modifiee",
        entite: "organisation",
        entiteId: cible.id,
        resume: `${nomAffiche(acteur)} modifie ${donnees.nom} (${modifications.join(", ")}).`,
        donnees: {
          avant: { nom: actuelle.nom, courriel: actuelle.courriel, siret: actuelle.siret },
          apres: { nom: donnees.nom, courriel, siret },
        },
      });
      return { organisationId: cible.id, modifications };
    });
  },
  revalider: (resultat) => ["/admin/organisations", `/admin/organisations/${resultat.organisationId}`],
};
