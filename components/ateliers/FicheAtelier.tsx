import type { ReactNode } from "react";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { FicheAtelier as Fiche } from "@/lib/ateliers/fiche";
import { nomDe } from "@/lib/ateliers/noms";
import { accorder, formaterEuros } from "@/lib/format/nombres";
import { BadgeEnRetard, BadgeStatutAtelier } from "./Badges";
import { FORMATS, libelleContrat, ROLES_EQUIPE } from "./libelles";

function Ligne({ terme, children }: { terme: string; children: ReactNode }) {
  return (
    <>
      <dt className={fr.cx("fr-text--bold", "fr-mb-0")}>{terme}</dt>
      <dd className={fr.cx("fr-mb-2w", "fr-ml-0")}>{children}</dd>
    </>
  );
}

const personne = (p: { prenom: string | null; nom: string | null; email: string } | null) =>
  p ? (
    <>
      {nomDe(p)} — <a href={`mailto:${p.email}`}>{p.email}</a>
    </>
  ) : (
    "Pas encore désigné"
  );

/** En-tête de la fiche : statut, format, retard. */
export function EnTeteAtelier({ atelier }: { atelier: Fiche }) {
  return (
    <>
      <h1>{atelier.titre}</h1>
      <ul className={fr.cx("fr-badges-group", "fr-mb-3w")}>
        <li>
          <BadgeStatutAtelier statut={atelier.statut} />
        </li>
        <li>
          <span className={fr.cx("fr-badge", "fr-badge--no-icon")}>{FORMATS[atelier.format]}</span>
        </li>
        {atelier.enRetard && (
          <li>
            <BadgeEnRetard />
          </li>
        )}
      </ul>
    </>
  );
}

/** Territoire, collectivités, pilotage, contrat, activité et candidature d'origine. */
export function DescriptionAtelier({ atelier }: { atelier: Fiche }) {
  const contrat = libelleContrat(atelier.typeContrat, atelier.referenceContrat);
  return (
    <section aria-labelledby="titre-description" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-description">L&apos;atelier</h2>
      <dl>
        <Ligne terme="Territoire">
          {atelier.departement} ({atelier.codeDepartement}), {atelier.region}
        </Ligne>
        <Ligne terme={atelier.collectivites.length > 1 ? "Collectivités" : "Collectivité"}>
          <ul className={fr.cx("fr-mb-0")}>
            {atelier.collectivites.map(({ principale, organisation: o }) => (
              <li key={o.id}>
                {o.nom}
                {o.codeInsee ? ` (code INSEE ${o.codeInsee})` : o.siren ? ` (SIREN ${o.siren})` : ""}
                {principale && <strong> — collectivité principale</strong>}
              </li>
            ))}
          </ul>
        </Ligne>
        <Ligne terme="Périmètre">
          {atelier.perimetre.length === 0 ? (
            "Non précisé"
          ) : (
            <details>
              <summary>{accorder(atelier.perimetre.length, "commune")}</summary>
              <p className={fr.cx("fr-text--sm", "fr-mb-0")}>{atelier.perimetre.map((c) => `${c.nom} (${c.codeInsee})`).join(", ")}</p>
            </details>
          )}
        </Ligne>
        <Ligne terme="Service de l'État">{atelier.serviceEtat.nom}</Ligne>
        <Ligne terme="Pilote (service de l'État)">{personne(atelier.pilote)}</Ligne>
        <Ligne terme="Référent DGALN">{personne(atelier.referentDgaln)}</Ligne>
        <Ligne terme="Contrat de l'équipe">{contrat || "Pas encore passé"}</Ligne>
        <Ligne terme="Coût de l'équipe (pris en charge par la DGALN)">
          {atelier.coutEquipeEuros !== null ? formaterEuros(atelier.coutEquipeEuros) : "Pas encore connu"}
        </Ligne>
        <Ligne terme="Activité">
          {accorder(atelier._count.ateliersInSitu, "atelier in situ", "ateliers in situ")}, {accorder(atelier._count.livrables, "livrable")}
        </Ligne>
        <Ligne terme="Candidature d'origine">
          {atelier.candidature.lisible ? (
            <Link href={`/candidatures/${atelier.candidature.id}`}>Candidature {atelier.candidature.reference}</Link>
          ) : (
            `Candidature ${atelier.candidature.reference}`
          )}
        </Ligne>
      </dl>
    </section>
  );
}

/** L'équipe : mandataire puis co-traitants, disciplines et contacts. */
export function EquipeAtelier({ equipe, saisie, contratRenseigne }: { equipe: Fiche["equipe"]; saisie: string | null; contratRenseigne: boolean }) {
  return (
    <section aria-labelledby="titre-equipe" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-equipe">Équipe</h2>
      {equipe.length === 0 ? (
        <p>
          L&apos;équipe n&apos;est pas encore désignée : {saisie ? "renseignez-la avec le contrat, une fois le marché passé." : "le service de l'État pilote la renseignera avec le contrat."}
        </p>
      ) : (
        <ul className={fr.cx("fr-raw-list")}>
          {equipe.map((m) => (
            <li key={m.id} className={fr.cx("fr-mb-2w")}>
              <p className={fr.cx("fr-mb-0")}>
                <strong>{m.structure}</strong> — {ROLES_EQUIPE[m.role]}
              </p>
              {m.disciplines.length > 0 && <p className={fr.cx("fr-text--sm", "fr-mb-0")}>Disciplines : {m.disciplines.join(", ")}</p>}
              <p className={fr.cx("fr-text--sm", "fr-mb-0")}>Contact : {m.contact ?? "non renseigné"}</p>
            </li>
          ))}
        </ul>
      )}
      {saisie && (
        <Button priority="secondary" iconId="fr-icon-edit-line" linkProps={{ href: saisie }}>
          {contratRenseigne ? "Modifier le contrat et l'équipe" : "Renseigner le contrat et l'équipe"}
        </Button>
      )}
    </section>
  );
}
