"use client";

// Notation d'une candidature par un juré : une note de 0 à 5 (boutons radio) et un commentaire par
// critère ; « Enregistrer le brouillon » garde la saisie (lue par vous seul) ; « Soumettre » la rend
// définitive, après confirmation. Le serveur vérifie tout (affectation, statut, notes complètes).
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { ConfirmationEnLigne } from "@/components/candidatures/ConfirmationEnLigne";
import type { ActionServeur } from "@/components/organisations/types";

type Critere = { id: string; libelle: string; description: string | null; poids: number; note: number | null; commentaire: string };
type Props = { candidatureId: string; reference: string; criteres: Critere[]; evaluer: ActionServeur<{ soumise: boolean; notees: number }> };

const NOTES = [0, 1, 2, 3, 4, 5] as const;
const SENS: Record<number, string> = { 0: "absent", 1: "très insuffisant", 2: "insuffisant", 3: "satisfaisant", 4: "bon", 5: "excellent" };

export function FormulaireEvaluation({ candidatureId, reference, criteres, evaluer }: Props) {
  const router = useRouter();
  const [saisie, setSaisie] = useState(() => criteres.map((c) => ({ critereId: c.id, note: c.note, commentaire: c.commentaire })));
  const [retour, setRetour] = useState<{ type: "success" | "error"; titre: string; texte: string } | null>(null);
  const [confirmation, setConfirmation] = useState(false);
  const [enCours, demarrer] = useTransition();
  const boutonSoumettre = useRef<HTMLButtonElement>(null);
  const notees = saisie.filter((s) => s.note !== null).length;

  const changer = (i: number, valeur: Partial<(typeof saisie)[number]>) => setSaisie((s) => s.map((x, j) => (j === i ? { ...x, ...valeur } : x)));

  const envoyer = (soumettre: boolean) =>
    demarrer(async () => {
      setRetour(null);
      const r = await evaluer({ candidatureId, notes: saisie, soumettre });
      setConfirmation(false);
      if (r.ok) {
        setRetour(
          soumettre
            ? { type: "success", titre: "Évaluation soumise", texte: "Elle est définitive. Vos notes restent scellées jusqu'à l'ouverture de la délibération." }
            : { type: "success", titre: "Brouillon enregistré", texte: `${r.data.notees} critère(s) noté(s) sur ${criteres.length}. Vous seul le voyez ; soumettez-le quand il est complet.` },
        );
        router.refresh();
      } else setRetour({ type: "error", titre: soumettre ? "L'évaluation n'a pas été soumise" : "Le brouillon n'a pas été enregistré", texte: r.message });
    });

  return (
    <form
      noValidate
      aria-labelledby="titre-evaluation"
      onSubmit={(e) => {
        e.preventDefault();
        setRetour(null);
        setConfirmation(true);
      }}
    >
      <h2 id="titre-evaluation" className={fr.cx("fr-h4")}>
        Votre évaluation
      </h2>
      <div aria-live="polite">{retour && <Alert severity={retour.type} title={retour.titre} description={retour.texte} className={fr.cx("fr-mb-3w")} />}</div>
      {criteres.map((c, i) => (
        <fieldset key={c.id} className={fr.cx("fr-fieldset", "fr-mb-2w")} aria-labelledby={`critere-${c.id}`}>
          <legend id={`critere-${c.id}`} className={fr.cx("fr-fieldset__legend")}>
            {c.libelle} ({c.poids} %)
            {c.description ? <span className={fr.cx("fr-hint-text")}>{c.description}</span> : null}
          </legend>
          <div className={fr.cx("fr-fieldset__element")}>
            <RadioButtons
              legend={`Note pour « ${c.libelle} »`}
              name={`note-${c.id}`}
              orientation="horizontal"
              options={NOTES.map((n) => ({
                label: String(n),
                hintText: SENS[n],
                nativeInputProps: { value: String(n), checked: saisie[i]!.note === n, onChange: () => changer(i, { note: n }) },
              }))}
            />
            <Input
              label={`Commentaire sur « ${c.libelle} » (facultatif)`}
              textArea
              nativeTextAreaProps={{ rows: 3, maxLength: 2000, value: saisie[i]!.commentaire, onChange: (e) => changer(i, { commentaire: e.target.value }) }}
            />
          </div>
        </fieldset>
      ))}
      <p aria-live="polite">
        {notees} critère{notees > 1 ? "s" : ""} noté{notees > 1 ? "s" : ""} sur {criteres.length}.
      </p>
      {confirmation ? (
        <ConfirmationEnLigne
          titre={`Soumettre votre évaluation de ${reference} ?`}
          libelleConfirmer="Confirmer la soumission"
          libelleEnCours="Soumission…"
          iconId="fr-icon-send-plane-line"
          enCours={enCours}
          onConfirmer={() => envoyer(true)}
          onAnnuler={() => {
            setConfirmation(false);
            requestAnimationFrame(() => boutonSoumettre.current?.focus());
          }}
        >
          <p>Une fois soumise, votre évaluation ne se modifie plus. Chaque critère doit être noté.</p>
        </ConfirmationEnLigne>
      ) : (
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
          <li>
            <Button type="button" priority="secondary" iconId="fr-icon-save-line" iconPosition="left" disabled={enCours} onClick={() => envoyer(false)}>
              {enCours ? "Enregistrement…" : "Enregistrer le brouillon"}
            </Button>
          </li>
          <li>
            <Button ref={boutonSoumettre} type="submit" iconId="fr-icon-send-plane-line" iconPosition="left" disabled={enCours}>
              Soumettre l&apos;évaluation
            </Button>
          </li>
        </ul>
      )}
    </form>
  );
}
