"use client";

// Les décisions d'une session préparées en lot (issue 13) : pour chaque candidature en instruction,
// retenue / non retenue / liste complémentaire et une motivation, que l'administrateur peut préremplir
// d'après le classement puis corriger. Seules les lignes nouvelles ou modifiées partent au serveur,
// avec la version lue : une décision préparée entre-temps par quelqu'un d'autre n'est pas écrasée
// (le serveur répond par un conflit qui dit qui, la saisie reste en place). Les erreurs reviennent
// ligne par ligne. Rien n'est visible des porteurs avant la publication des résultats.
import { memo, useCallback, useMemo, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { ActionServeur } from "@/components/organisations/types";
import { compter } from "@/lib/format/pluriel";
import { MOTIVATION_MIN } from "@/lib/instruction/motivation";
import { LIBELLES_ISSUE } from "@/lib/selection/libelles";
import type { ActionSelection } from "@/lib/selection/regles";
import { suggererDecisions } from "@/lib/selection/suggestion";

export type LigneDecision = {
  candidatureId: string;
  reference: string;
  collectivite: string;
  departement: string;
  rang: number | null;
  moyenne: number | null;
  dansLeQuota: boolean;
  projet: { action: ActionSelection; motivation: string; version: number; auteur: string } | null;
};

type Saisie = { decision: ActionSelection | ""; motivation: string };

type Props = {
  sessionId: string;
  quota: number | null;
  lignes: LigneDecision[];
  enregistrer: ActionServeur<{ enregistrees: number; inchangees: number }>;
};

const ISSUES = Object.keys(LIBELLES_ISSUE) as ActionSelection[];

const note = (n: number | null) => (n === null ? "non classée" : `moyenne ${n.toLocaleString("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
const initiale = (l: LigneDecision): Saisie => ({ decision: l.projet?.action ?? "", motivation: l.projet?.motivation ?? "" });
const aEnvoyer = (l: LigneDecision, s: Saisie) => s.decision !== "" && (!l.projet || l.projet.action !== s.decision || l.projet.motivation !== s.motivation.trim());

type PropsLigne = { ligne: LigneDecision; saisie: Saisie; erreur: string | undefined; changer: (id: string, s: Partial<Saisie>) => void };

const Ligne = memo(function Ligne({ ligne, saisie, erreur, changer }: PropsLigne) {
  const id = ligne.candidatureId;
  return (
    <li className={fr.cx("fr-py-2w")} style={{ borderBottom: "1px solid var(--border-default-grey)" }} id={`decision-${id}`}>
      <RadioButtons
        legend={
          <>
            <strong>{ligne.rang !== null ? `${ligne.rang}. ` : ""}
              {ligne.reference}</strong> — {ligne.collectivite}, {ligne.departement} ({note(ligne.moyenne)})
            {ligne.dansLeQuota && <span className={fr.cx("fr-badge", "fr-badge--success", "fr-badge--sm", "fr-badge--no-icon", "fr-ml-1w")}>Dans le quota</span>}
          </>
        }
        orientation="horizontal"
        small
        name={`issue-${id}`}
        state={erreur && saisie.decision === "" ? "error" : "default"}
        stateRelatedMessage={erreur && saisie.decision === "" ? erreur : undefined}
        options={ISSUES.map((issue) => ({
          label: LIBELLES_ISSUE[issue],
          nativeInputProps: { value: issue, checked: saisie.decision === issue, onChange: () => changer(id, { decision: issue }) },
        }))}
      />
      {saisie.decision !== "" && (
        <Input
          label={`Motivation pour ${ligne.reference}`}
          hintText={`Au moins ${MOTIVATION_MIN} caractères ; elle figure dans la lettre envoyée aux deux parties.`}
          textArea
          state={erreur ? "error" : "default"}
          stateRelatedMessage={erreur}
          nativeTextAreaProps={{ rows: 2, value: saisie.motivation, onChange: (e) => changer(id, { motivation: e.target.value }) }}
        />
      )}
      {ligne.projet && (
        <p className={fr.cx("fr-text--sm", "fr-mb-0")}>
          Décision préparée par {ligne.projet.auteur} : {LIBELLES_ISSUE[ligne.projet.action].toLowerCase()}
          {aEnvoyer(ligne, saisie) ? " — modifiée, à enregistrer." : "."}
        </p>
      )}
    </li>
  );
});

// La saisie survit au rafraîchissement qui suit l'enregistrement (pas de remontage) : l'annonce
// « Décisions enregistrées » reste lue, et les lignes comparent la saisie aux décisions relues. Une
// ligne apparue entre-temps prend sa valeur initiale.
export function DecisionsSession({ sessionId, quota, lignes, enregistrer }: Props) {
  const router = useRouter();
  const [saisies, setSaisies] = useState<Record<string, Saisie>>(() => Object.fromEntries(lignes.map((l) => [l.candidatureId, initiale(l)])));
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const [erreur, setErreur] = useState<string | null>(null);
  const [succes, setSucces] = useState<string | null>(null);
  const [enCours, demarrer] = useTransition();
  const annonce = useRef<HTMLDivElement>(null);

  const changer = useCallback((id: string, s: Partial<Saisie>) => {
    setSaisies((avant) => ({ ...avant, [id]: { ...(avant[id] ?? { decision: "", motivation: "" }), ...s } }));
    setErreurs((avant) => {
      if (!(id in avant)) return avant;
      const reste = { ...avant };
      delete reste[id];
      return reste;
    });
  }, []);

  const aEnregistrer = useMemo(() => lignes.filter((l) => aEnvoyer(l, saisies[l.candidatureId] ?? initiale(l))), [lignes, saisies]);
  const sansDecision = lignes.filter((l) => (saisies[l.candidatureId] ?? initiale(l)).decision === "").length;
  const suggestions = useMemo(() => suggererDecisions(lignes, quota), [lignes, quota]);

  function preremplir() {
    setSaisies((avant) => {
      const apres = { ...avant };
      for (const l of lignes) {
        const s = suggestions.get(l.candidatureId);
        if (s && (apres[l.candidatureId] ?? initiale(l)).decision === "") apres[l.candidatureId] = { ...s };
      }
      return apres;
    });
    setSucces(null);
  }

  function montrer(id: string) {
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`#decision-${CSS.escape(id)} input, #decision-${CSS.escape(id)} textarea`)?.focus());
  }

  function envoyer() {
    setErreur(null);
    setSucces(null);
    // Le serveur refuserait : on le dit tout de suite, ligne par ligne.
    const courtes = Object.fromEntries(
      aEnregistrer
        .filter((l) => (saisies[l.candidatureId] ?? initiale(l)).motivation.trim().length < MOTIVATION_MIN)
        .map((l) => [l.candidatureId, `Motivez la décision : au moins ${MOTIVATION_MIN} caractères, que les porteurs liront dans la lettre.`]),
    );
    if (Object.keys(courtes).length > 0) {
      setErreurs(courtes);
      setErreur(`${compter(Object.keys(courtes).length, "décision")} à motiver avant d'enregistrer.`);
      montrer(Object.keys(courtes)[0]!);
      return;
    }
    demarrer(async () => {
      const envoyees = aEnregistrer;
      const r = await enregistrer({
        sessionId,
        decisions: envoyees.map((l) => ({
          candidatureId: l.candidatureId,
          decision: (saisies[l.candidatureId] ?? initiale(l)).decision,
          motivation: (saisies[l.candidatureId] ?? initiale(l)).motivation.trim(),
          versionLue: l.projet?.version ?? 0,
        })),
      });
      if (r.ok) {
        setSucces(`${compter(r.data.enregistrees, "décision enregistrée", "décisions enregistrées")}. Elles ne sont visibles que de la DGALN jusqu'à la publication des résultats.`);
        router.refresh();
        requestAnimationFrame(() => annonce.current?.focus());
        return;
      }
      setErreur(r.message);
      // « decisions.3.motivation » : la 4e ligne envoyée.
      const parLigne: Record<string, string> = {};
      for (const [cle, messages] of Object.entries(r.fieldErrors ?? {})) {
        const rang = /^decisions\.(\d+)\./.exec(cle)?.[1];
        const ligne = rang !== undefined ? envoyees[Number(rang)] : undefined;
        if (ligne) parLigne[ligne.candidatureId] = messages.join(" ");
      }
      setErreurs(parLigne);
      const premiere = Object.keys(parLigne)[0];
      if (premiere) montrer(premiere);
      else requestAnimationFrame(() => annonce.current?.focus());
    });
  }

  if (lignes.length === 0) {
    return <p>Aucune candidature de la session n&apos;attend de décision : toutes sont décidées, retirées ou encore à l&apos;examen de recevabilité.</p>;
  }
  return (
    <form
      noValidate
      aria-labelledby="titre-decisions"
      onSubmit={(e) => {
        e.preventDefault();
        envoyer();
      }}
    >
      <h2 id="titre-decisions">Décisions de la session</h2>
      <p>
        Choisissez l&apos;issue de chaque candidature et motivez-la. Les décisions enregistrées restent modifiables et ne sont visibles que de la DGALN
        jusqu&apos;à la publication des résultats, qui les rend effectives et envoie les lettres.
      </p>
      <div ref={annonce} tabIndex={-1} aria-live="polite">
        {erreur && <Alert severity="error" title="Les décisions n'ont pas été enregistrées" description={erreur} className={fr.cx("fr-mb-2w")} />}
        {succes && <Alert severity="success" title="Décisions enregistrées" description={succes} className={fr.cx("fr-mb-2w")} />}
      </div>
      {suggestions.size > 0 && sansDecision > 0 && (
        <Button type="button" priority="secondary" iconId="fr-icon-magic-line" iconPosition="left" onClick={preremplir} className={fr.cx("fr-mb-2w")}>
          Préremplir selon le classement ({sansDecision} sans décision)
        </Button>
      )}
      <ul className={fr.cx("fr-raw-list")}>
        {lignes.map((l) => (
          <Ligne key={l.candidatureId} ligne={l} saisie={saisies[l.candidatureId] ?? initiale(l)} erreur={erreurs[l.candidatureId]} changer={changer} />
        ))}
      </ul>
      <p className={fr.cx("fr-mt-2w")}>
        {aEnregistrer.length === 0
          ? "Aucune décision nouvelle ou modifiée."
          : `${compter(aEnregistrer.length, "décision nouvelle ou modifiée", "décisions nouvelles ou modifiées")} à enregistrer.`}
        {sansDecision > 0 ? ` ${compter(sansDecision, "candidature")} sans décision : la publication des résultats attend qu'elles soient toutes décidées.` : ""}
      </p>
      <Button type="submit" disabled={enCours || aEnregistrer.length === 0} iconId="fr-icon-save-line" iconPosition="left">
        {enCours ? "Enregistrement…" : `Enregistrer les décisions (${aEnregistrer.length})`}
      </Button>
    </form>
  );
}
