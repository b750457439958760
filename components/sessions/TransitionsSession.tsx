"use client";

// Les étapes qu'un administrateur peut faire franchir à la session (machine à états de
// lib/sessions/transitions.ts) : chaque bouton demande confirmation en disant ce qui change.
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ConfirmationEnLigne } from "@/components/candidatures/ConfirmationEnLigne";
import type { ActionServeur } from "@/components/organisations/types";

type Transition = { action: string; libelle: string; consequence: string };
type Props = { sessionId: string; version: number; transitions: Transition[]; changer: ActionServeur<{ statut: string }> };

export function TransitionsSession({ sessionId, version, transitions, changer }: Props) {
  const router = useRouter();
  const [choisie, setChoisie] = useState<Transition | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, demarrer] = useTransition();
  const boutons = useRef<HTMLDivElement>(null);
  if (transitions.length === 0) return null;
  return (
    <div ref={boutons}>
      <div aria-live="polite">{erreur && <Alert severity="error" title="L'étape n'a pas été franchie" description={erreur} className={fr.cx("fr-mb-2w")} />}</div>
      {choisie ? (
        <ConfirmationEnLigne
          titre={`Confirmez-vous : « ${choisie.libelle} » ?`}
          libelleConfirmer="Confirmer"
          libelleEnCours="Enregistrement…"
          iconId="fr-icon-check-line"
          enCours={enCours}
          onConfirmer={() =>
            demarrer(async () => {
              const r = await changer({ sessionId, version, action: choisie.action });
              setChoisie(null);
              if (r.ok) router.refresh();
              else setErreur(r.message);
            })
          }
          onAnnuler={() => {
            setChoisie(null);
            requestAnimationFrame(() => boutons.current?.querySelector("button")?.focus());
          }}
        >
          <p>{choisie.consequence}</p>
        </ConfirmationEnLigne>
      ) : (
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
          {transitions.map((t) => (
            <li key={t.action}>
              <Button
                onClick={() => {
                  setErreur(null);
                  setChoisie(t);
                }}
              >
                {t.libelle}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
