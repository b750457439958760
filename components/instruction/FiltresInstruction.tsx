import { fr } from "@codegouvfr/react-dsfr";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { FORMATS } from "@/components/candidatures/libelles";
import { BoutonsFiltres, ChoixFiltre } from "@/components/layout/ChampsFiltres";
import { ecrireFiltres, type FiltresTableau } from "@/lib/instruction/filtres";
import type { OptionsTableau } from "@/lib/instruction/tableau";
import { CHEMIN_INSTRUCTION, filtresActifs } from "./adresses";

/** Les filtres repliés sous « Plus de filtres ». */
const AVANCES = ["session", "region", "epci", "commune", "deposeeDu", "deposeeAu", "signaturesIncompletes", "enRetard"] as const;

const colonne = (...tailles: Parameters<typeof fr.cx>) => fr.cx("fr-col-12", ...tailles);

/**
 * Recherche et filtres du tableau d'instruction : un formulaire GET, qui fonctionne sans JavaScript ;
 * chaque résultat a sa propre adresse. Le statut se choisit par les étiquettes sous le formulaire
 * (avec leur nombre) ; il est gardé ici, comme le tri, quand on relance la recherche.
 */
export function FiltresInstruction({
  filtres,
  options,
  libelles,
}: {
  filtres: FiltresTableau;
  options: OptionsTableau;
  libelles: { epci: string | null; commune: string | null };
}) {
  const formats = Object.entries(FORMATS).map(([valeur, libelle]) => ({ valeur, libelle }));
  const avances = AVANCES.filter((cle) => filtres[cle] !== undefined).length;
  return (
    <form method="get" action={CHEMIN_INSTRUCTION} role="search" aria-label="Rechercher et filtrer les candidatures" className={fr.cx("fr-mb-3w")}>
      {filtres.statut && <input type="hidden" name="statut" value={filtres.statut} />}
      {[...new URLSearchParams(ecrireFiltres({ q: filtres.q, tri: filtres.tri, sens: filtres.sens }, ["q"]))].map(([cle, valeur]) => (
        <input key={cle} type="hidden" name={cle} value={valeur} />
      ))}
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom")}>
        <div className={colonne("fr-col-md-6")}>
          <Input
            label="Rechercher"
            hintText="Référence (ADT-2026-…), collectivité, territoire ou mots de la note d'opportunité, accents et majuscules indifférents."
            nativeInputProps={{ name: "q", type: "search", defaultValue: filtres.q ?? "", autoComplete: "off", maxLength: 200 }}
          />
        </div>
        <div className={colonne("fr-col-sm-6", "fr-col-md-3")}>
          <ChoixFiltre label="Format" name="format" valeur={filtres.format} tous="Tous les formats" choix={formats} />
        </div>
        <div className={colonne("fr-col-sm-6", "fr-col-md-3")}>
          <ChoixFiltre
            label="Département"
            name="departement"
            valeur={filtres.departement}
            tous={options.departements.length === 1 ? "Votre département" : "Tous les départements"}
            choix={options.departements.map((d) => ({ valeur: d.code, libelle: `${d.code} — ${d.nom}` }))}
          />
        </div>
      </div>
      {/* Les autres filtres, repliés tant qu'aucun n'est posé : les résultats restent près du haut de la page,
          sur un téléphone surtout. <details> s'ouvre au clavier et sans JavaScript. */}
      <details open={avances > 0} className={fr.cx("fr-mt-2w", "fr-mb-2w")}>
        <summary className={fr.cx("fr-link", "fr-icon-filter-line", "fr-link--icon-left")} style={{ cursor: "pointer" }}>
          Plus de filtres{avances > 0 ? ` (${avances} actif${avances > 1 ? "s" : ""})` : ""}
        </summary>
        <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-mt-1w")}>
            <div className={colonne("fr-col-md-6")}>
              <ChoixFiltre label="Session nationale" name="session" valeur={filtres.session} tous="Toutes les sessions" choix={options.sessions.map((s) => ({ valeur: s.id, libelle: s.theme }))} />
            </div>
            <div className={colonne("fr-col-md-6")}>
              <ChoixFiltre label="Région" name="region" valeur={filtres.region} tous="Toutes les régions" choix={options.regions.map((r) => ({ valeur: r.code, libelle: r.nom }))} />
            </div>
            <div className={colonne("fr-col-sm-6", "fr-col-md-3")}>
              <Input
                label="EPCI (SIREN)"
                hintText={libelles.epci ?? "9 chiffres, par exemple 245300355"}
                state={filtres.epci && !libelles.epci ? "error" : "default"}
                stateRelatedMessage="Aucun EPCI n'a ce SIREN."
                nativeInputProps={{ name: "epci", defaultValue: filtres.epci ?? "", inputMode: "numeric", autoComplete: "off", maxLength: 9 }}
              />
            </div>
            <div className={colonne("fr-col-sm-6", "fr-col-md-3")}>
              <Input
                label="Commune (code INSEE)"
                hintText={libelles.commune ?? "5 caractères, par exemple 53005"}
                state={filtres.commune && !libelles.commune ? "error" : "default"}
                stateRelatedMessage="Aucune commune n'a ce code INSEE."
                nativeInputProps={{ name: "commune", defaultValue: filtres.commune ?? "", autoComplete: "off", maxLength: 5 }}
              />
            </div>
            <div className={colonne("fr-col-sm-6", "fr-col-md-3")}>
              <Input label="Déposée du" hintText="Jour inclus" nativeInputProps={{ name: "deposeeDu", type: "date", defaultValue: filtres.deposeeDu ?? "" }} />
            </div>
            <div className={colonne("fr-col-sm-6", "fr-col-md-3")}>
              <Input label="Déposée au" hintText="Jour inclus" nativeInputProps={{ name: "deposeeAu", type: "date", defaultValue: filtres.deposeeAu ?? "" }} />
            </div>
            <div className={colonne()}>
              <Checkbox
                orientation="horizontal"
                small
                legend="Situations à suivre"
                options={[
                  {
                    label: "Signatures incomplètes",
                    hintText: "Une partie au moins n'a pas signé le contenu actuel",
                    nativeInputProps: { name: "signaturesIncompletes", value: "1", defaultChecked: Boolean(filtres.signaturesIncompletes) },
                  },
                  {
                    label: "En retard",
                    hintText: "Corrections demandées, échéance dépassée",
                    nativeInputProps: { name: "enRetard", value: "1", defaultChecked: Boolean(filtres.enRetard) },
                  },
                ]}
              />
            </div>
        </div>
      </details>
      <BoutonsFiltres reinitialiser={CHEMIN_INSTRUCTION} actifs={filtresActifs(filtres)} />
    </form>
  );
}
