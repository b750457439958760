"use client";

import { useFieldArray, useWatch, type Control, type UseFormReturn } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { erreurDe } from "./erreurs-formulaire";
import { FormulaireSection, type Valeurs } from "./FormulaireSection";
import type { PropsSection } from "./SectionLivrables";

type Contact = { partie: "collectivite" | "etat"; nom: string; fonction: string; email: string; telephone: string };

const MAX_CONTACTS = 20;
const vide: Contact = { partie: "collectivite", nom: "", fonction: "", email: "", telephone: "" };
const PARTIES = { collectivite: "Collectivité", etat: "Service de l'État" } as const;

function ChampsContacts({ form, actuelles }: { form: UseFormReturn<Valeurs>; actuelles: Record<string, unknown> | undefined }) {
  const { register, formState } = form;
  const control = form.control as unknown as Control<{ contacts: Contact[] }>;
  const { fields, append, remove } = useFieldArray({ control, name: "contacts" });
  const saisis = useWatch({ control, name: "contacts" }) ?? [];
  const erreurListe = erreurDe(formState.errors, "contacts");
  const enregistres = Array.isArray(actuelles?.contacts) ? (actuelles.contacts as Contact[]) : undefined;

  return (
    <>
      {enregistres && (
        <p className={fr.cx("fr-text--sm")}>
          Contacts actuellement enregistrés :{" "}
          {enregistres.length ? enregistres.map((c) => `${c.nom} (${PARTIES[c.partie] ?? c.partie}, ${c.email})`).join(" ; ") : "aucun"}.
        </p>
      )}
      {erreurListe && (
        <p className={fr.cx("fr-error-text", "fr-mb-2w")} role="alert">
          {erreurListe}
        </p>
      )}
      {fields.length === 0 && <p>Aucun contact pour l&apos;instant.</p>}
      {fields.map((champ, i) => {
        const nom = saisis[i]?.nom?.trim();
        const titre = `Contact ${i + 1}${nom ? ` : ${nom}` : ""}`;
        const e = (c: keyof Contact) => erreurDe(formState.errors, `contacts.${i}.${c}`);
        const etat = (c: keyof Contact) => ({ state: e(c) ? ("error" as const) : ("default" as const), stateRelatedMessage: e(c) });
        const invalide = (c: keyof Contact) => (e(c) ? true : undefined);
        return (
          <fieldset key={champ.id} className={fr.cx("fr-fieldset", "fr-mb-3w")} aria-labelledby={`contact-${champ.id}`}>
            <legend id={`contact-${champ.id}`} className={fr.cx("fr-fieldset__legend", "fr-text--lg")}>
              {titre}
            </legend>
            <div className={fr.cx("fr-fieldset__element")}>
              <Select
                label="Partie"
                {...etat("partie")}
                nativeSelectProps={{ ...register(`contacts.${i}.partie`), "aria-invalid": invalide("partie") }}
              >
                <option value="collectivite">{PARTIES.collectivite}</option>
                <option value="etat">{PARTIES.etat}</option>
              </Select>
            </div>
            <div className={fr.cx("fr-fieldset__element")}>
              <Input label="Nom" {...etat("nom")} nativeInputProps={{ ...register(`contacts.${i}.nom`), autoComplete: "off", "aria-invalid": invalide("nom") }} />
            </div>
            <div className={fr.cx("fr-fieldset__element")}>
              <Input label="Fonction" hintText="Facultatif." {...etat("fonction")} nativeInputProps={{ ...register(`contacts.${i}.fonction`), "aria-invalid": invalide("fonction") }} />
            </div>
            <div className={fr.cx("fr-fieldset__element")}>
              <Input
                label="Adresse électronique"
                hintText="Par exemple prenom.nom@mairie.fr"
                {...etat("email")}
                nativeInputProps={{ ...register(`contacts.${i}.email`), type: "email", autoComplete: "off", "aria-invalid": invalide("email") }}
              />
            </div>
            <div className={fr.cx("fr-fieldset__element")}>
              <Input
                label="Téléphone"
                hintText="Facultatif. Par exemple 02 43 00 00 00"
                {...etat("telephone")}
                nativeInputProps={{ ...register(`contacts.${i}.telephone`), type: "tel", autoComplete: "off", "aria-invalid": invalide("telephone") }}
              />
            </div>
            <div className={fr.cx("fr-fieldset__element")}>
              <Button type="button" priority="tertiary" size="small" iconId="fr-icon-delete-line" iconPosition="left" onClick={() => remove(i)}>
                Retirer<span className={fr.cx("fr-sr-only")}> le contact {i + 1}{nom ? ` (${nom})` : ""}</span>
              </Button>
            </div>
          </fieldset>
        );
      })}
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-add-line"
        iconPosition="left"
        className={fr.cx("fr-mb-3w")}
        disabled={fields.length >= MAX_CONTACTS}
        onClick={() => append({ ...vide })}
      >
        Ajouter un contact
      </Button>
    </>
  );
}

/** Section « Contacts » : une ligne par contact, ajoutée ou retirée avant l'enregistrement. */
export function SectionContacts(props: PropsSection) {
  return (
    <FormulaireSection {...props} section="contacts">
      {(form, actuelles) => <ChampsContacts form={form} actuelles={actuelles} />}
    </FormulaireSection>
  );
}
