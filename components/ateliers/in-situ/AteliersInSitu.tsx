// Les ateliers in situ d'un atelier, sur sa fiche (issue 14, décision 034) : liste chronologique
// (date en heure de Paris, commune, thème, participants, compte rendu, supports en vignettes, frais
// et sous-total), et les formulaires pour qui peut agir — le pilote pour les ateliers in situ et
// leurs supports, la collectivité et le pilote pour les frais. Composant serveur : il affiche ce
// que lib/ateliers/in-situ/lecture.ts a lu.
import { fr } from "@codegouvfr/react-dsfr";
import { ZoneDefilante } from "@/components/layout/ZoneDefilante";
import { cheminDepotSupport, type AteliersInSituLus, type AtelierInSituLu } from "@/lib/ateliers/in-situ/lecture";
import { formaterCentimes } from "@/lib/ateliers/in-situ/montants";
import { LIBELLES_NATURE_FRAIS, LIBELLES_STATUT_PHASE, LIBELLES_THEME_ATELIER_IN_SITU } from "@/lib/candidatures/regles/libelles";
import { jourDeParis, versHeureDeParis } from "@/lib/dates/paris";
import { formaterDate, formaterDateHeure } from "@/lib/format/dates";
import { formaterTaille } from "@/lib/fichiers/type-fichier";
import { compter } from "@/lib/format/pluriel";
import { BoutonRetirer } from "./BoutonRetirer";
import { DepotSupport } from "./DepotSupport";
import { FormulaireAtelierInSitu } from "./FormulaireAtelierInSitu";
import { FormulaireFrais } from "./FormulaireFrais";
import { ModifierAtelierInSitu } from "./ModifierAtelierInSitu";
import type { ActionsInSitu } from "./types";

const majuscule = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const THEMES = Object.entries(LIBELLES_THEME_ATELIER_IN_SITU).map(([valeur, libelle]) => ({ valeur, libelle: majuscule(libelle) }));
const NATURES = Object.entries(LIBELLES_NATURE_FRAIS).map(([valeur, libelle]) => ({ valeur, libelle: majuscule(libelle) }));

function Participants({ p }: { p: AtelierInSituLu["participants"] }) {
  const categories = [
    ["Élus", p.elus],
    ["Techniciens", p.techniciens],
    ["Habitants", p.habitants],
    ["Partenaires", p.partenaires],
  ] as const;
  return (
    <p className={fr.cx("fr-mb-1w")}>
      <strong>{compter(p.total, "participant")}</strong>
      {p.total > 0 && <> : {categories.filter(([, n]) => n > 0).map(([libelle, n]) => `${libelle.toLowerCase()} ${n}`).join(", ")}</>}
    </p>
  );
}

function Supports({ a, peutRetirer, actions }: { a: AtelierInSituLu; peutRetirer: boolean; actions: ActionsInSitu }) {
  if (a.supports.length === 0) return <p className={fr.cx("fr-text--sm")}>Aucun support déposé.</p>;
  return (
    <ul className="atelier-in-situ__supports" style={{ listStyle: "none", paddingLeft: 0, display: "flex", flexWrap: "wrap", gap: "1rem" }}>
      {a.supports.map((s) => (
        <li key={s.id} style={{ maxWidth: "10rem", minWidth: 0 }}>
          <a className={fr.cx("fr-link", "fr-link--sm")} href={s.lien} download style={{ overflowWrap: "anywhere" }}>
            {s.vignette && (
              // Vignette servie par une route authentifiée (cookie de session) : pas d'optimiseur d'images.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={s.vignette} alt="" width={160} height={120} loading="lazy" style={{ display: "block", width: "10rem", height: "7.5rem", objectFit: "cover", marginBottom: "0.25rem" }} />
            )}
            Télécharger {s.nomFichier} ({formaterTaille(s.taille)})
          </a>
          {peutRetirer && (
            <BoutonRetirer
              libelle={`Retirer le support « ${s.nomFichier} »`}
              texte="Retirer"
              titreConfirmation={`Retirer le support « ${s.nomFichier} » ?`}
              libelleConfirmer="Retirer le support"
              entree={{ supportId: s.id }}
              action={actions.retirerSupport}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

function Frais({ a, peutSaisir, actions }: { a: AtelierInSituLu; peutSaisir: boolean; actions: ActionsInSitu }) {
  if (a.frais.length === 0) return <p className={fr.cx("fr-text--sm")}>Aucun frais matériel saisi.</p>;
  return (
    <div className={fr.cx("fr-table", "fr-table--no-caption", "fr-mb-2w")}>
      <div className={fr.cx("fr-table__wrapper")} style={{ maxWidth: "100%" }}>
        <ZoneDefilante libelle={`Frais matériels de « ${a.titre} »`} className={fr.cx("fr-table__container")}>
          <div className={fr.cx("fr-table__content")}>
            <table>
              <caption>Frais matériels de « {a.titre} »</caption>
              <thead>
                <tr>
                  <th scope="col">Dépense</th>
                  <th scope="col" className={fr.cx("fr-cell--right")}>
                    Montant
                  </th>
                  {peutSaisir && (
                    <th scope="col">
                      <span className={fr.cx("fr-sr-only")}>Action</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {a.frais.map((f) => (
                  <tr key={f.id}>
                    <td className={fr.cx("fr-cell--multiline")}>
                      {f.libelle}
                      <br />
                      <span className={fr.cx("fr-text--xs")}>
                        {majuscule(f.libelleNature)}, le {formaterDate(f.engageLe)}
                      </span>
                    </td>
                    <td className={fr.cx("fr-cell--right")}>{formaterCentimes(f.montantCentimes)}</td>
                    {peutSaisir && (
                      <td>
                        <BoutonRetirer
                          libelle={`Retirer le frais « ${f.libelle} »`}
                          texte="Retirer"
                          titreConfirmation={`Retirer le frais « ${f.libelle} » (${formaterCentimes(f.montantCentimes)}) ?`}
                          libelleConfirmer="Retirer le frais"
                          entree={{ fraisId: f.id }}
                          action={actions.retirerFrais}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">
                    Sous-total
                  </th>
                  <td className={fr.cx("fr-cell--right")}>
                    <strong>{formaterCentimes(a.sousTotalCentimes)}</strong>
                  </td>
                  {peutSaisir && <td />}
                </tr>
              </tfoot>
            </table>
          </div>
        </ZoneDefilante>
      </div>
    </div>
  );
}

function AtelierInSitu({ a, lus, actions }: { a: AtelierInSituLu; lus: AteliersInSituLus; actions: ActionsInSitu }) {
  const saisir = lus.peutSaisir && lus.animationOuverte;
  return (
    <li className={fr.cx("fr-mb-4w")}>
      <section aria-labelledby={`in-situ-${a.id}`} className={fr.cx("fr-card", "fr-card--no-arrow", "fr-p-3w")} style={{ minWidth: 0 }}>
        <h3 id={`in-situ-${a.id}`} className={fr.cx("fr-h6", "fr-mb-1w")}>
          {a.titre}
        </h3>
        <p className={fr.cx("fr-mb-1w")}>
          <time dateTime={a.debutLe.toISOString()}>{formaterDateHeure(a.debutLe)}</time> — {a.lieu}
          {a.commune && !a.lieu.includes(a.commune) ? `, ${a.commune}` : ""}
        </p>
        {a.libelleTheme && (
          <p className={fr.cx("fr-mb-1w")}>
            <span className={fr.cx("fr-badge", "fr-badge--sm", "fr-badge--no-icon", "fr-badge--blue-cumulus")}>{majuscule(a.libelleTheme)}</span>
          </p>
        )}
        <Participants p={a.participants} />
        {a.compteRendu && (
          <>
            <p className={fr.cx("fr-text--bold", "fr-mb-0")}>Compte rendu</p>
            <p style={{ whiteSpace: "pre-line" }}>{a.compteRendu}</p>
          </>
        )}
        <h4 className={fr.cx("fr-text--md", "fr-text--bold", "fr-mb-1w")}>Supports</h4>
        <Supports a={a} peutRetirer={saisir} actions={actions} />
        {saisir && <DepotSupport adresse={cheminDepotSupport(a.id)} titreAtelierInSitu={a.titre} />}
        <h4 className={fr.cx("fr-text--md", "fr-text--bold", "fr-mb-1w")}>Frais matériels</h4>
        <Frais a={a} peutSaisir={lus.peutSaisirFrais} actions={actions} />
        {lus.peutSaisirFrais && (
          <FormulaireFrais atelierInSituId={a.id} titreAtelierInSitu={a.titre} jourParDefaut={jourDeParis(a.debutLe)} natures={NATURES} action={actions.ajouterFrais} />
        )}
        {saisir && (
          <div className={fr.cx("fr-mt-2w")}>
            <ModifierAtelierInSitu
              atelierInSituId={a.id}
              titre={a.titre}
              empreinteLue={a.empreinte}
              communes={lus.communes}
              themes={THEMES}
              action={actions.modifier}
              valeurs={{
                titre: a.titre,
                debutLe: versHeureDeParis(a.debutLe),
                lieu: a.lieu,
                codeInsee: a.codeInsee ?? "",
                theme: a.theme ?? "",
                participantsElus: String(a.participants.elus),
                participantsTechniciens: String(a.participants.techniciens),
                participantsHabitants: String(a.participants.habitants),
                participantsPartenaires: String(a.participants.partenaires),
                compteRendu: a.compteRendu ?? "",
              }}
            />
            <BoutonRetirer
              libelle={`Supprimer l'atelier in situ « ${a.titre} »`}
              texte="Supprimer"
              titreConfirmation={`Supprimer l'atelier in situ « ${a.titre} » ?`}
              libelleConfirmer="Supprimer l'atelier in situ"
              entree={{ atelierInSituId: a.id }}
              action={actions.supprimer}
            >
              <p>Ses supports sont supprimés avec lui. S&apos;il porte des frais matériels, retirez-les d&apos;abord.</p>
            </BoutonRetirer>
          </div>
        )}
      </section>
    </li>
  );
}

export function AteliersInSitu({ lus, actions }: { lus: AteliersInSituLus; actions: ActionsInSitu }) {
  const n = lus.ateliersInSitu.length;
  return (
    <section aria-labelledby="titre-ateliers-in-situ" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-ateliers-in-situ" className={fr.cx("fr-h4")}>
        Ateliers in situ
      </h2>
      <p>
        {n === 0 ? "Aucun atelier in situ enregistré." : `${compter(n, "atelier in situ", "ateliers in situ")}, du plus ancien au plus récent.`} Ils se tiennent pendant la phase
        d&apos;animation, dans les communes du périmètre.
      </p>
      {n > 0 && (
        <ul className={fr.cx("fr-raw-list")}>
          {lus.ateliersInSitu.map((a) => (
            <AtelierInSitu key={a.id} a={a} lus={lus} actions={actions} />
          ))}
        </ul>
      )}
      {lus.peutSaisir &&
        (lus.animationOuverte ? (
          <FormulaireAtelierInSitu cible={{ atelierId: lus.atelierId }} communes={lus.communes} themes={THEMES} action={actions.enregistrer} />
        ) : (
          <p className={fr.cx("fr-text--sm")}>
            {lus.phaseAnimation === "validee"
              ? "La phase d'animation est validée : ses ateliers in situ ne changent plus. Les frais matériels restent saisissables."
              : `La phase d'animation est « ${LIBELLES_STATUT_PHASE[lus.phaseAnimation ?? "a_venir"]} » : vous enregistrerez les ateliers in situ une fois qu'elle aura démarré.`}
          </p>
        ))}
    </section>
  );
}
