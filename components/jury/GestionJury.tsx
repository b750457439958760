"use client";

// Composer le jury et répartir les candidatures (administrateur DGALN). Chaque action passe par le
// serveur, qui vérifie tout ; le message du serveur est affiché tel quel.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { ActionServeur } from "@/components/organisations/types";

type Retour = { type: "success" | "error"; titre: string; texte: string };

export function AjoutJure({ sessionId, ajouter }: { sessionId: string; ajouter: ActionServeur<{ compteCree: boolean }> }) {
  const router = useRouter();
  const [champs, setChamps] = useState({ email: "", prenom: "", nom: "", president: false });
  const [retour, setRetour] = useState<Retour | null>(null);
  const [erreurs, setErreurs] = useState<Record<string, string[]>>({});
  const [enCours, demarrer] = useTransition();
  return (
    <form
      noValidate
      aria-labelledby="titre-ajout-jure"
      onSubmit={(e) => {
        e.preventDefault();
        demarrer(async () => {
          setRetour(null);
          const r = await ajouter({ sessionId, ...champs });
          if (r.ok) {
            setRetour({
              type: "success",
              titre: "Juré ajouté",
              texte: r.data.compteCree
                ? `Un compte a été créé pour ${champs.email.trim()} ; la personne est prévenue par courriel et se connecte avec cette adresse.`
                : `${champs.email.trim()} est prévenu(e) dans l'application et par courriel.`,
            });
            setErreurs({});
            setChamps({ email: "", prenom: "", nom: "", president: false });
            router.refresh();
          } else {
            setErreurs(r.fieldErrors ?? {});
            setRetour({ type: "error", titre: "Le juré n'a pas été ajouté", texte: r.message });
          }
        });
      }}
    >
      <h2 id="titre-ajout-jure" className={fr.cx("fr-h5")}>
        Ajouter un juré
      </h2>
      <div aria-live="polite">{retour && <Alert severity={retour.type} title={retour.titre} description={retour.texte} className={fr.cx("fr-mb-2w")} small={false} />}</div>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <Input
            label="Adresse électronique"
            hintText="Une personne qui a déjà un compte, ou une nouvelle : son compte est créé."
            state={erreurs.email ? "error" : "default"}
            stateRelatedMessage={erreurs.email?.[0]}
            nativeInputProps={{ type: "email", autoComplete: "off", value: champs.email, onChange: (e) => setChamps({ ...champs, email: e.target.value }) }}
          />
        </div>
        <div className={fr.cx("fr-col-6", "fr-col-md-3")}>
          <Input label="Prénom (facultatif)" nativeInputProps={{ value: champs.prenom, onChange: (e) => setChamps({ ...champs, prenom: e.target.value }) }} />
        </div>
        <div className={fr.cx("fr-col-6", "fr-col-md-3")}>
          <Input label="Nom (facultatif)" nativeInputProps={{ value: champs.nom, onChange: (e) => setChamps({ ...champs, nom: e.target.value }) }} />
        </div>
      </div>
      <Checkbox
        options={[{ label: "Président du jury", nativeInputProps: { checked: champs.president, onChange: (e) => setChamps({ ...champs, president: e.target.checked }) } }]}
      />
      <Button type="submit" iconId="fr-icon-user-add-line" iconPosition="left" disabled={enCours}>
        {enCours ? "Ajout…" : "Ajouter au jury"}
      </Button>
    </form>
  );
}

export function RetraitJure({ membreJuryId, nom, retirer }: { membreJuryId: string; nom: string; retirer: ActionServeur<unknown> }) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, demarrer] = useTransition();
  return (
    <div>
      <Button
        size="small"
        priority="tertiary"
        iconId="fr-icon-delete-line"
        iconPosition="left"
        disabled={enCours}
        onClick={() =>
          demarrer(async () => {
            const r = await retirer({ membreJuryId });
            if (r.ok) router.refresh();
            else setErreur(r.message);
          })
        }
      >
        Retirer {nom}
      </Button>
      <p role="status" className={erreur ? fr.cx("fr-message", "fr-message--error") : fr.cx("fr-sr-only")}>
        {erreur ?? ""}
      </p>
    </div>
  );
}

export function RepartitionAutomatique({
  sessionId,
  parDefaut,
  repartir,
}: {
  sessionId: string;
  parDefaut: number;
  repartir: ActionServeur<{ nouvelles: number; incompletes: number; chargeMin: number; chargeMax: number }>;
}) {
  const router = useRouter();
  const [n, setN] = useState(String(parDefaut));
  const [retour, setRetour] = useState<Retour | null>(null);
  const [enCours, demarrer] = useTransition();
  return (
    <form
      noValidate
      aria-labelledby="titre-repartition"
      onSubmit={(e) => {
        e.preventDefault();
        demarrer(async () => {
          const r = await repartir({ sessionId, juresParCandidature: Number(n) });
          if (r.ok) {
            const { nouvelles, incompletes, chargeMin, chargeMax } = r.data;
            setRetour({
              type: incompletes ? "error" : "success",
              titre: `${nouvelles} affectation${nouvelles > 1 ? "s" : ""} ajoutée${nouvelles > 1 ? "s" : ""}`,
              texte: `${chargeMin === chargeMax ? `Chaque juré évalue ${chargeMin} candidature${chargeMin > 1 ? "s" : ""}.` : `Chaque juré évalue entre ${chargeMin} et ${chargeMax} candidatures.`}${incompletes ? ` ${incompletes} candidature(s) n'ont pas assez de jurés sans lien avec elles : ajoutez des jurés d'autres départements.` : ""}`,
            });
            router.refresh();
          } else setRetour({ type: "error", titre: "Les candidatures n'ont pas été réparties", texte: r.message });
        });
      }}
    >
      <h2 id="titre-repartition" className={fr.cx("fr-h5")}>
        Répartir les candidatures
      </h2>
      <p>
        Chaque candidature reçoit le nombre de jurés demandé ; les charges sont égales à une candidature près ; aucun juré n&apos;évalue
        une candidature de son organisation ou de son département, ni une candidature pour laquelle il a déclaré un conflit
        d&apos;intérêts. Les affectations déjà faites sont gardées.
      </p>
      <div aria-live="polite">{retour && <Alert severity={retour.type === "success" ? "success" : "warning"} title={retour.titre} description={retour.texte} className={fr.cx("fr-mb-2w")} />}</div>
      <Input label="Jurés par candidature" nativeInputProps={{ inputMode: "numeric", value: n, onChange: (e) => setN(e.target.value) }} />
      <Button type="submit" iconId="fr-icon-git-merge-line" iconPosition="left" disabled={enCours}>
        {enCours ? "Répartition…" : "Répartir automatiquement"}
      </Button>
    </form>
  );
}
