import type { ComponentProps } from "react";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Tableau } from "@/components/layout/Tableau";
import type { StatutSession } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/auth/acteur";
import { LIBELLES_ROLE, LIBELLES_TYPE_ORGANISATION } from "@/lib/auth/libelles";
import type { chargerMonCompte } from "@/lib/auth/mon-compte";
import { formaterDate, formaterDateHeure } from "@/lib/format/dates";
import { PreferencesCourriels } from "./PreferencesCourriels";

const STATUTS_SESSION: Record<StatutSession, string> = {
  brouillon: "En préparation",
  ouverte: "Ouverte aux candidatures",
  cloturee: "Clôturée",
  en_deliberation: "En délibération",
  resultats_publies: "Résultats publiés",
};

type Compte = Awaited<ReturnType<typeof chargerMonCompte>>;

export function MonCompte({
  acteur,
  compte,
  modifierPreferences,
}: {
  acteur: Acteur;
  compte: Compte;
  modifierPreferences: ComponentProps<typeof PreferencesCourriels>["action"];
}) {
  const nom = [acteur.prenom, acteur.nom].filter(Boolean).join(" ");
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel="Mon compte" homeLinkProps={{ href: "/" }} segments={[]} />
      <h1>Mon compte</h1>

      <section aria-labelledby="titre-identite" className={fr.cx("fr-mb-6w")}>
        <h2 id="titre-identite">Identité</h2>
        <dl className={fr.cx("fr-pl-0")}>
          <dt className={fr.cx("fr-text--bold")}>Nom</dt>
          <dd className={fr.cx("fr-mb-2w", "fr-ml-0")}>{nom || "Non renseigné"}</dd>
          <dt className={fr.cx("fr-text--bold")}>Adresse électronique</dt>
          <dd className={fr.cx("fr-mb-2w", "fr-ml-0")}>{acteur.email}</dd>
          <dt className={fr.cx("fr-text--bold")}>ProConnect</dt>
          <dd className={fr.cx("fr-mb-2w", "fr-ml-0")}>
            {compte.proconnect ? "Identité ProConnect associée à ce compte" : "Aucune identité ProConnect associée"}
          </dd>
          <dt className={fr.cx("fr-text--bold")}>Compte créé le</dt>
          <dd className={fr.cx("fr-ml-0")}>{formaterDate(compte.inscritLe)}</dd>
        </dl>
      </section>

      <section aria-labelledby="titre-courriels" className={fr.cx("fr-mb-6w")}>
        <h2 id="titre-courriels">Courriels</h2>
        <PreferencesCourriels frequence={compte.frequenceCourriels} action={modifierPreferences} />
      </section>

      <section aria-labelledby="titre-organisations" className={fr.cx("fr-mb-6w")}>
        <h2 id="titre-organisations">Mes organisations</h2>
        {acteur.appartenances.length === 0 ? (
          <Alert
            severity="info"
            small
            description="Vous n'êtes rattaché à aucune organisation. Demandez une invitation à votre collectivité, à votre service de l'État ou à la DGALN."
          />
        ) : (
          <Tableau
            titreMasque
            titre="Organisations dont vous êtes membre et votre rôle dans chacune"
            entetes={["Organisation", "Type", "Rôle", "Département", "Membres"]}
            lignes={acteur.appartenances.map((a) => [
              a.organisationNom,
              LIBELLES_TYPE_ORGANISATION[a.typeOrganisation],
              LIBELLES_ROLE[a.role],
              a.codeDepartement ?? "—",
              <Link key={a.organisationId} href={`/organisations/${a.organisationId}/membres`}>
                Voir les membres<span className={fr.cx("fr-sr-only")}> de {a.organisationNom}</span>
              </Link>,
            ])}
          />
        )}
      </section>

      {compte.jurys.length > 0 && (
        <section aria-labelledby="titre-jurys" className={fr.cx("fr-mb-6w")}>
          <h2 id="titre-jurys">Mes jurys</h2>
          <Tableau
            titreMasque
            titre="Sessions nationales dont vous êtes membre du jury"
            entetes={["Session", "État", "Clôture des candidatures", "Fonction"]}
            lignes={compte.jurys.map((j) => [
              j.session.theme,
              STATUTS_SESSION[j.session.statut],
              formaterDate(j.session.clotureLe),
              j.president ? "Président du jury" : "Membre du jury",
            ])}
          />
        </section>
      )}

      <section aria-labelledby="titre-sessions" className={fr.cx("fr-mb-6w")}>
        <h2 id="titre-sessions">Sessions de connexion ouvertes</h2>
        <p className={fr.cx("fr-text--sm")}>
          Une session se ferme après 8 heures sans activité, et au plus tard 7 jours après la connexion.
        </p>
        <Tableau
          titreMasque
          titre="Vos sessions de connexion en cours, sur tous vos appareils"
          entetes={["Connexion", "Expire sans activité le"]}
          lignes={compte.sessions.map((s) => [formaterDateHeure(s.creeLe), formaterDateHeure(s.expires)])}
        />
      </section>

      <Link href="/deconnexion" className={fr.cx("fr-btn", "fr-btn--secondary", "fr-icon-logout-box-r-line", "fr-btn--icon-left")}>
        Se déconnecter
      </Link>
    </div>
  );
}
