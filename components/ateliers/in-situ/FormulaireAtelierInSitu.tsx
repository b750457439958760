"use client";

// Enregistrer ou modifier un atelier in situ (pilote) : titre, date et heure (Paris), lieu, commune
// du périmètre, thème, participants par catégorie, compte rendu court. Le schéma zod est celui du
// serveur (chargé à la première validation) ; les refus du serveur reviennent sur leurs champs.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { CHAMPS_ATELIER_IN_SITU } from "@/lib/ateliers/in-situ/champs";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import type { ActionServeur } from "@/components/organisations/types";
import { MessageStatut } from "../phases/MessageStatut";

export type SaisieAtelierInSitu = {
  titre: string;
  debutLe: string;
  lieu: string;
  codeInsee: string;
  theme: string;
  participantsElus: string;
  participantsTechniciens: string;
  participantsHabitants: string;
  participantsPartenaires: string;
  compteRendu: string;
};

type Cible = { atelierId: string } | { atelierInSituId: string; empreinteLue: string };

const CHAMPS = CHAMPS_ATELIER_IN_SITU satisfies readonly (keyof SaisieAtelierInSitu)[];

const PARTICIPANTS = [
  { champ: "participantsElus", libelle: "Élus" },
  { champ: "participantsTechniciens", libelle: "Techniciens" },
  { champ: "participantsHabitants", libelle: "Habitants" },
  { champ: "participantsPartenaires", libelle: "Partenaires" },
] as const;

// Le schéma partagé, chargé à la première validation ; la saisie reste du texte, le serveur la convertit.
const resolveurCreation = resolveurDiffere(() => import("@/lib/ateliers/in-situ/in-situ.schema").then((m) => m.enregistrerAtelierInSituSchema), { raw: true });
const resolveurModification = resolveurDiffere(() => import("@/lib/ateliers/in-situ/in-situ.schema").then((m) => m.modifierAtelierInSituSchema), { raw: true });

const VIDE: SaisieAtelierInSitu = {
  titre: "",
  debutLe: "",
  lieu: "",
  codeInsee: "",
  theme: "",
  participantsElus: "",
  participantsTechniciens: "",
  participantsHabitants: "",
  participantsPartenaires: "",
  compteRendu: "",
};

type Props = {
  cible: Cible;
  valeurs?: SaisieAtelierInSitu;
  communes: { codeInsee: string; nom: string }[];
  themes: { valeur: string; libelle: string }[];
  action: ActionServeur<unknown>;
  /** Après succès d'une modification (refermer le formulaire). */
  onTermine?: () => void;
};

export function FormulaireAtelierInSitu({ cible, valeurs, communes, themes, action, onTermine }: Props) {
  const id = useId();
  const router = useRouter();
  const modification = "atelierInSituId" in cible;
  const [retour, setRetour] = useState<{ ok: boolean; message: string } | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<SaisieAtelierInSitu & Cible>({
    resolver: (modification ? resolveurModification : resolveurCreation) as unknown as Resolver<SaisieAtelierInSitu & Cible>,
    defaultValues: { ...(valeurs ?? { ...VIDE, codeInsee: communes.length === 1 ? communes[0]!.codeInsee : "" }), ...cible },
  });
  const { errors, isSubmitting } = formState;

  const envoyer = handleSubmit(async (saisie) => {
    setRetour(null);
    const r = await action({ ...saisie, ...cible });
    if (r.ok) {
      setRetour({ ok: true, message: modification ? `L'atelier in situ « ${saisie.titre.trim()} » est modifié.` : `L'atelier in situ « ${saisie.titre.trim()} » est enregistré.` });
      if (!modification) reset({ ...VIDE, codeInsee: communes.length === 1 ? communes[0]!.codeInsee : "", ...cible });
      router.refresh();
      onTermine?.();
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

  return (
    <form onSubmit={envoyer} noValidate aria-labelledby={`${id}-titre`} className={fr.cx("fr-mb-4w")}>
      <fieldset className={fr.cx("fr-fieldset")} aria-labelledby={`${id}-titre`}>
        <legend id={`${id}-titre`} className={fr.cx("fr-fieldset__legend", "fr-text--md")}>
          {modification ? "Modifier l'atelier in situ" : "Enregistrer un atelier in situ"}
        </legend>
        <div className={fr.cx("fr-fieldset__element")}>
          <Input label="Titre" hintText="Par exemple : « Diagnostic en marchant du centre-bourg »." {...etat("titre")} nativeInputProps={{ ...register("titre"), maxLength: 300 }} />
          <Input
            label="Date et heure de début"
            hintText="Heure de Paris."
            {...etat("debutLe")}
            nativeInputProps={{ ...register("debutLe"), type: "datetime-local" }}
          />
          <Input label="Lieu" hintText="Salle, adresse ou point de rendez-vous." {...etat("lieu")} nativeInputProps={{ ...register("lieu"), maxLength: 300 }} />
          <Select label="Commune" hint="Les communes du périmètre de l'atelier." {...etat("codeInsee")} nativeSelectProps={register("codeInsee")}>
            <option value="" disabled>
              Choisir une commune
            </option>
            {communes.map((c) => (
              <option key={c.codeInsee} value={c.codeInsee}>
                {c.nom}
              </option>
            ))}
          </Select>
          <Select label="Thème" {...etat("theme")} nativeSelectProps={register("theme")}>
            <option value="" disabled>
              Choisir un thème
            </option>
            {themes.map((t) => (
              <option key={t.valeur} value={t.valeur}>
                {t.libelle}
              </option>
            ))}
          </Select>
        </div>
      </fieldset>
      <fieldset className={fr.cx("fr-fieldset")} aria-labelledby={`${id}-participants`}>
        <legend id={`${id}-participants`} className={fr.cx("fr-fieldset__legend", "fr-text--regular")}>
          Participants, par catégorie
          <span className={fr.cx("fr-hint-text")}>Nombres entiers ; laissez vide pour aucun.</span>
        </legend>
        {PARTICIPANTS.map((p) => (
          <div key={p.champ} className={fr.cx("fr-fieldset__element", "fr-fieldset__element--inline", "fr-fieldset__element--number")}>
            <Input label={p.libelle} {...etat(p.champ)} nativeInputProps={{ ...register(p.champ), type: "text", inputMode: "numeric", autoComplete: "off" }} />
          </div>
        ))}
      </fieldset>
      <Input
        textArea
        label="Compte rendu (facultatif)"
        hintText="Quelques lignes : ce qui s'est dit, ce qui est retenu. 5 000 caractères au plus. Il fait partie de ce que les co-pilotes valident."
        {...etat("compteRendu")}
        nativeTextAreaProps={{ ...register("compteRendu"), rows: 4, maxLength: 5000 }}
      />
      <MessageStatut message={retour?.ok ? retour.message : null} />
      {retour && !retour.ok && <Alert small severity="error" className={fr.cx("fr-mb-2w")} description={retour.message} />}
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm")}>
        <li>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Enregistrement…" : modification ? "Enregistrer les modifications" : "Enregistrer l'atelier in situ"}
          </Button>
        </li>
        {onTermine && (
          <li>
            <Button type="button" priority="secondary" onClick={onTermine} disabled={isSubmitting}>
              Annuler
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}

