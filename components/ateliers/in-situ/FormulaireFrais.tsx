"use client";

// Ajouter un frais matériel à un atelier in situ (collectivité, pilote) : libellé, nature, montant
// en euros (« 1 234,50 »), date de la dépense. Même schéma que le serveur.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { ActionServeur } from "@/components/organisations/types";
import { MessageStatut } from "../phases/MessageStatut";

type SaisieFrais = { atelierInSituId: string; libelle: string; nature: string; montant: string; engageLe: string };
const CHAMPS = ["libelle", "nature", "montant", "engageLe"] as const;

const resolveur = resolveurDiffere(() => import("@/lib/ateliers/in-situ/in-situ.schema").then((m) => m.ajouterFraisSchema), { raw: true }) as unknown as Resolver<SaisieFrais>;

type Props = {
  atelierInSituId: string;
  titreAtelierInSitu: string;
  /** Jour de l'atelier in situ (« 2026-03-12 ») : la date proposée. */
  jourParDefaut: string;
  natures: { valeur: string; libelle: string }[];
  action: ActionServeur<unknown>;
};

export function FormulaireFrais({ atelierInSituId, titreAtelierInSitu, jourParDefaut, natures, action }: Props) {
  const id = useId();
  const router = useRouter();
  const [retour, setRetour] = useState<{ ok: boolean; message: string } | null>(null);
  // Replié par défaut : une fiche aux nombreux ateliers in situ ne déroule pas un formulaire par atelier.
  const [ouvert, setOuvert] = useState(false);
  const vide = { atelierInSituId, libelle: "", nature: "", montant: "", engageLe: jourParDefaut };
  const { register, handleSubmit, setError, reset, formState } = useForm<SaisieFrais>({ resolver: resolveur, defaultValues: vide });
  const { errors, isSubmitting } = formState;

  const envoyer = handleSubmit(async (saisie) => {
    setRetour(null);
    const r = await action({ ...saisie, atelierInSituId });
    if (r.ok) {
      setRetour({ ok: true, message: `Frais « ${saisie.libelle.trim()} » ajouté.` });
      reset(vide);
      router.refresh();
      return;
    }
    for (const [champ, messages] of Object.entries(r.fieldErrors ?? {})) {
      const connu = CHAMPS.find((c) => c === champ);
      if (connu) setError(connu, { message: messages[0] }, { shouldFocus: true });
    }
    setRetour({ ok: false, message: r.message });
  });

  const etat = (champ: (typeof CHAMPS)[number]) => ({
    state: errors[champ] ? ("error" as const) : ("default" as const),
    stateRelatedMessage: errors[champ]?.message,
  });

  if (!ouvert) {
    return (
      <Button
        type="button"
        priority="secondary"
        size="small"
        iconId="fr-icon-add-line"
        iconPosition="left"
        aria-label={`Ajouter un frais matériel à « ${titreAtelierInSitu} »`}
        onClick={() => {
          setOuvert(true);
          requestAnimationFrame(() => document.getElementById(`${id}-libelle`)?.focus());
        }}
      >
        Ajouter un frais matériel
      </Button>
    );
  }

  return (
    <form onSubmit={envoyer} noValidate>
      <fieldset className={fr.cx("fr-fieldset")} aria-labelledby={`${id}-legende`}>
        <legend id={`${id}-legende`} className={fr.cx("fr-fieldset__legend", "fr-text--regular")}>
          Ajouter un frais matériel
          <span className={fr.cx("fr-hint-text")}>À la charge de la collectivité, pour l&apos;atelier in situ « {titreAtelierInSitu} ».</span>
        </legend>
        <div className={fr.cx("fr-fieldset__element")}>
          <Input label="Libellé" hintText="Par exemple : « Location de la salle des fêtes »." {...etat("libelle")} nativeInputProps={{ ...register("libelle"), id: `${id}-libelle`, maxLength: 200 }} />
          <Select label="Nature" {...etat("nature")} nativeSelectProps={register("nature")}>
            <option value="" disabled>
              Choisir une nature
            </option>
            {natures.map((n) => (
              <option key={n.valeur} value={n.valeur}>
                {n.libelle}
              </option>
            ))}
          </Select>
          <Input
            label="Montant en euros, toutes taxes comprises"
            hintText="Par exemple : 1 234,50"
            {...etat("montant")}
            nativeInputProps={{ ...register("montant"), inputMode: "decimal", autoComplete: "off" }}
          />
          <Input label="Date de la dépense" {...etat("engageLe")} nativeInputProps={{ ...register("engageLe"), type: "date" }} />
          <MessageStatut message={retour?.ok ? retour.message : null} />
          {retour && !retour.ok && <Alert small severity="error" className={fr.cx("fr-mb-2w")} description={retour.message} />}
          <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left")}>
            <li>
              <Button type="submit" priority="secondary" iconId="fr-icon-add-line" iconPosition="left" disabled={isSubmitting}>
                {isSubmitting ? "Ajout…" : "Ajouter le frais"}
              </Button>
            </li>
            <li>
              <Button type="button" priority="tertiary no outline" onClick={() => setOuvert(false)} disabled={isSubmitting}>
                Fermer
              </Button>
            </li>
          </ul>
        </div>
      </fieldset>
    </form>
  );
}
