// Le contenu de la vue nationale (décision 035) : chiffres clés, carte par département, graphiques ;
// chaque graphique et la carte sont suivis de leur tableau de données (mêmes chiffres, lisibles par
// un lecteur d'écran et au clavier). Aucun calcul ici : tout vient de lib/ateliers/statistiques.ts.
import type { ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Tableau } from "@/components/layout/Tableau";
import type { FiltresListeAteliers } from "@/lib/ateliers/filtres";
import type { StatistiquesAteliers as Statistiques } from "@/lib/ateliers/statistiques";
import { formaterEuros, formaterNombre } from "@/lib/format/nombres";
import { compter } from "@/lib/format/pluriel";
import { FormatAtelier } from "@/lib/generated/prisma/enums";
import { adresseAteliers } from "../adresses";
import { FORMATS } from "../libelles";
import { CarteDepartements } from "./CarteDepartements";
import { GraphiqueBarres, type Serie } from "./GraphiqueBarres";

const COULEURS_FORMATS: Record<FormatAtelier, string> = { national: "#000091", local: "#009099", flash: "#c3992a" };
const SERIES_FORMATS: Serie[] = Object.values(FormatAtelier).map((f) => ({ libelle: FORMATS[f], couleur: COULEURS_FORMATS[f] }));
const SERIES_COUTS: Serie[] = [
  { libelle: "Équipes", couleur: "#000091" },
  { libelle: "Frais matériels", couleur: "#6a6af4" },
];

const jours = (n: number | null) => (n === null ? "—" : compter(n, "jour"));
const euros = (centimes: number) => formaterEuros(centimes / 100);

function Section({ titre, id, children }: { titre: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={fr.cx("fr-mt-6w")}>
      <h2 id={id} className={fr.cx("fr-h3")}>
        {titre}
      </h2>
      {children}
    </section>
  );
}

function ChiffreCle({ libelle, valeur, detail }: { libelle: string; valeur: string; detail?: string }) {
  return (
    <div className={fr.cx("fr-col-12", "fr-col-sm-6", "fr-col-lg-3")}>
      <div className={fr.cx("fr-p-3w")} style={{ height: "100%", background: "var(--background-alt-blue-france)" }}>
        <p className={fr.cx("fr-text--sm", "fr-mb-1v")}>{libelle}</p>
        <p className={fr.cx("fr-h4", "fr-mb-0")}>{valeur}</p>
        {detail && <p className={fr.cx("fr-text--xs", "fr-mb-0", "fr-mt-1v")}>{detail}</p>}
      </div>
    </div>
  );
}

export function StatistiquesAteliers({ statistiques: s, noms, filtres }: { statistiques: Statistiques; noms: ReadonlyMap<string, string>; filtres: FiltresListeAteliers }) {
  const liste = (departement: string) => adresseAteliers({ ...filtres, q: undefined, enRetard: undefined, tri: "creeLe", sens: "desc", page: 1 }, { departement });
  const part = s.delais.termines ? Math.round((s.delais.aTemps / s.delais.termines) * 100) : null;
  const totalEquipes = s.couts.reduce((t, c) => t + c.equipesEuros, 0);
  const totalFrais = s.couts.reduce((t, c) => t + c.fraisCentimes, 0);
  const comptes = new Map(s.parDepartement.map((d) => [d.code, d.nombre]));
  return (
    <>
      <h2 className={fr.cx("fr-sr-only")}>Chiffres clés</h2>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <ChiffreCle libelle="Ateliers" valeur={formaterNombre(s.total)} detail={`dans ${compter(s.parDepartement.length, "département")}`} />
        <ChiffreCle
          libelle="Durée moyenne des ateliers terminés"
          valeur={jours(s.durees.reelleJours)}
          detail={s.durees.ateliers ? `prévue : ${jours(s.durees.prevueJours)}, sur ${compter(s.durees.ateliers, "atelier")}` : "aucun atelier terminé aux dates connues"}
        />
        <ChiffreCle
          libelle="Terminés à temps"
          valeur={part === null ? "—" : `${part} %`}
          detail={s.delais.termines ? `${formaterNombre(s.delais.aTemps)} sur ${compter(s.delais.termines, "atelier terminé", "ateliers terminés")}` : "aucun atelier terminé aux dates connues"}
        />
        <ChiffreCle libelle="Équipes et frais matériels" valeur={formaterEuros(totalEquipes + totalFrais / 100)} detail={`dont ${euros(totalFrais)} de frais matériels`} />
      </div>

      <Section titre="Ateliers par département" id="titre-carte">
        {s.total === 0 && <p>Aucun atelier ne correspond à ces filtres : la carte est vide.</p>}
        <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
          <div className={fr.cx("fr-col-12", "fr-col-md-7")}>
            <CarteDepartements comptes={comptes} noms={noms} lien={liste} titre="Nombre d'ateliers par département" />
          </div>
          <div className={fr.cx("fr-col-12", "fr-col-md-5")}>
            <Tableau
              className={fr.cx("fr-table--sm")}
              titre="Tableau des données : ateliers par département"
              enTeteDeLigne
              entetes={["Département", "Ateliers"]}
              lignes={
                s.parDepartement.length
                  ? s.parDepartement.map((d) => [
                      <a key="d" href={liste(d.code)}>
                        {d.nom} ({d.code})
                      </a>,
                      formaterNombre(d.nombre),
                    ])
                  : [["Aucun département", "0"]]
              }
            />
          </div>
        </div>
      </Section>

      <Section titre="Ateliers par année et par format" id="titre-annees">
        <p className={fr.cx("fr-text--sm")}>Année de création de l&apos;atelier ; le filtre d&apos;année ne s&apos;applique pas à cette série.</p>
        <GraphiqueBarres
          series={SERIES_FORMATS}
          barres={s.parAnnee.map((a) => ({ libelle: String(a.annee), valeurs: Object.values(FormatAtelier).map((f) => a.parFormat[f]), texte: formaterNombre(a.total) }))}
        />
        <Tableau
          className={fr.cx("fr-table--sm")}
          titre="Tableau des données : ateliers par année et par format"
          enTeteDeLigne
          entetes={["Année", ...Object.values(FormatAtelier).map((f) => FORMATS[f]), "Total"]}
          lignes={s.parAnnee.map((a) => [String(a.annee), ...Object.values(FormatAtelier).map((f) => formaterNombre(a.parFormat[f])), formaterNombre(a.total)])}
        />
      </Section>

      <Section titre="Ateliers par région" id="titre-regions">
        <GraphiqueBarres
          series={[{ libelle: "Ateliers", couleur: "#000091" }]}
          barres={s.parRegion.map((r) => ({ libelle: r.nom, valeurs: [r.nombre], texte: formaterNombre(r.nombre) }))}
        />
        <Tableau
          className={fr.cx("fr-table--sm")}
          titre="Tableau des données : ateliers par région"
          enTeteDeLigne
          entetes={["Région", "Ateliers"]}
          lignes={s.parRegion.map((r) => [r.nom, formaterNombre(r.nombre)])}
        />
      </Section>

      <Section titre="Coûts par année" id="titre-couts">
        <p className={fr.cx("fr-text--sm")}>
          Équipes : coût pris en charge par la DGALN, compté l&apos;année de création de l&apos;atelier. Frais matériels : l&apos;année de leur
          engagement. Le filtre d&apos;année ne s&apos;applique pas à cette série.
        </p>
        <GraphiqueBarres
          series={SERIES_COUTS}
          barres={s.couts.map((c) => ({ libelle: String(c.annee), valeurs: [c.equipesEuros * 100, c.fraisCentimes], texte: euros(c.equipesEuros * 100 + c.fraisCentimes) }))}
        />
        <Tableau
          className={fr.cx("fr-table--sm")}
          titre="Tableau des données : coûts par année"
          enTeteDeLigne
          entetes={["Année", "Équipes", "Frais matériels", "Total"]}
          lignes={[
            ...s.couts.map((c) => [String(c.annee), formaterEuros(c.equipesEuros), euros(c.fraisCentimes), euros(c.equipesEuros * 100 + c.fraisCentimes)]),
            ...(s.couts.length > 1 ? [["Toutes années", formaterEuros(totalEquipes), euros(totalFrais), euros(totalEquipes * 100 + totalFrais)]] : []),
          ]}
        />
      </Section>

      <Section titre="Durées et délais des ateliers terminés" id="titre-durees">
        <p className={fr.cx("fr-text--sm")}>
          Du début de l&apos;appropriation à la fin de la restitution, prévus et réels. Un atelier est terminé à temps quand sa restitution
          s&apos;achève au plus tard à la date prévue.
        </p>
        <GraphiqueBarres
          series={[{ libelle: "Durée", couleur: "#000091" }]}
          barres={[
            { libelle: "Durée prévue", valeurs: [s.durees.prevueJours ?? 0], texte: jours(s.durees.prevueJours) },
            { libelle: "Durée réelle", valeurs: [s.durees.reelleJours ?? 0], texte: jours(s.durees.reelleJours) },
          ]}
        />
        <Tableau
          className={fr.cx("fr-table--sm")}
          titre="Tableau des données : durées et délais"
          enTeteDeLigne
          entetes={["Mesure", "Valeur", "Ateliers comptés"]}
          lignes={[
            ["Durée moyenne prévue", jours(s.durees.prevueJours), formaterNombre(s.durees.ateliers)],
            ["Durée moyenne réelle", jours(s.durees.reelleJours), formaterNombre(s.durees.ateliers)],
            ["Terminés à temps", part === null ? "—" : `${part} % (${formaterNombre(s.delais.aTemps)})`, formaterNombre(s.delais.termines)],
          ]}
        />
      </Section>
    </>
  );
}
