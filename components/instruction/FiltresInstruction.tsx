import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { FORMATS } from "@/components/candidatures/libelles";
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
  const formats = Object.entries(FORMATS) as [keyof typeof FORMATS, string][];
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
          <Select label="Format" nativeSelectProps={{ name: "format", defaultValue: filtres.format ?? "" }}>
            <option value="">Tous les formats</option>
            {formats.map(([valeur, libelle]) => (
              <option key={valeur} value={valeur}>
                {libelle}
              </option>
            ))}
          </Select>
        </div>
        <div className={colonne("fr-col-sm-6", "fr-col-md-3")}>
          <Select label="Département" nativeSelectProps={{ name: "departement", defaultValue: filtres.departement ?? "" }}>
            <option value="">{options.departements.length === 1 ? "Votre département" : "Tous les départements"}</option>
            {options.departements.map((d) => (
              <option key={d.code} value={d.code}>
                {d.code} — {d.nom}
              </option>
            ))}
          </Select>
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
              <Select label="Session nationale" nativeSelectProps={{ name: "session", defaultValue: filtres.session ?? "" }}>
                <option value="">Toutes les sessions</option>
                {options.sessions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.theme}
                  </option>
                ))}
              </Select>
            </div>
            <div className={colonne("fr-col-md-6")}>
              <Select label="Région" nativeSelectProps={{ name: "region", defaultValue: filtres.region ?? "" }}>
                <option value="">Toutes les régions</option>
                {options.regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.nom}
                  </option>
                ))}
              </Select>
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
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left")}>
        <li>
          <Button type="submit" iconId="fr-icon-search-line">
            Rechercher
          </Button>
        </li>
        {filtresActifs(filtres) && (
          <li>
            <Button priority="secondary" iconId="fr-icon-close-circle-line" linkProps={{ href: CHEMIN_INSTRUCTION }}>
              Réinitialiser les filtres
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
