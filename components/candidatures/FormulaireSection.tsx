"use client";

import { useEffect, useEffectEvent, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useForm, type Resolver, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { LIBELLES_SECTIONS, SCHEMAS_SECTIONS, type Section } from "@/lib/candidatures/candidature.schema";
import type { ResultatAction } from "@/lib/errors";

export type Champ = { nom: string; libelle: string; type: "text" | "textarea" | "date" | "number"; aide?: string };
export type Valeurs = Record<string, unknown>;
type Enregistree = { version: number; signaturesInvalidees: unknown[] };
type SectionLue = { version: number; valeurs: Record<string, unknown> } | null;

type Props = {
  candidatureId: string;
  section: Section;
  /** Champs simples (texte, date, nombre) ; les sections à listes passent plutôt `children`. */
  champs?: Champ[];
  valeurs: Valeurs;
  /** Champs sur mesure, avec le formulaire et, après un conflit, les valeurs actuelles enregistrées. */
  children?: (form: UseFormReturn<Valeurs>, actuelles: Record<string, unknown> | undefined) => ReactNode;
  version: number;
  modifier: (entree: unknown) => Promise<ResultatAction<Enregistree>>;
  lire: (candidatureId: string, section: Section) => Promise<SectionLue>;
};

type Retour =
  | { genre: "succes"; message: string }
  | { genre: "erreur"; titre: string; message: string; connexion?: boolean; actuelles?: Record<string, unknown> };

/**
 * Une section du formulaire, enregistrée avec son bouton et automatiquement quand on la quitte avec
 * des changements (le focus arrive ailleurs dans la page). Le schéma zod est celui que le serveur
 * revérifie ; la saisie n'est jamais effacée après un refus, un conflit ou une session expirée, et
 * quitter la page avec une saisie non enregistrée demande confirmation.
 */
export function FormulaireSection({ candidatureId, section, champs = [], valeurs, version: versionInitiale, modifier, lire, children }: Props) {
  const router = useRouter();
  const [version, setVersion] = useState(versionInitiale);
  const [retour, setRetour] = useState<Retour | null>(null);
  // Schéma choisi à l'exécution : le type des valeurs est celui, à plat, des champs affichés.
  const schema = SCHEMAS_SECTIONS[section] as (typeof SCHEMAS_SECTIONS)["note"];
  const resolver = zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<Valeurs>;
  const form = useForm<Valeurs>({ resolver, defaultValues: valeurs });
  const { register, handleSubmit, setError, formState, getValues } = form;
  // Saisie telle qu'enregistrée, et dernière saisie envoyée : quitter la section ne renvoie pas une
  // saisie déjà refusée (le message reste affiché) ni une saisie inchangée.
  const enregistree = useRef(JSON.stringify(valeurs));
  const envoyee = useRef<string | null>(null);
  const formulaire = useRef<HTMLFormElement>(null);
  const modifiee = () => JSON.stringify(getValues()) !== enregistree.current;

  useEffect(() => {
    const avantDeQuitter = (e: BeforeUnloadEvent) => {
      if (JSON.stringify(getValues()) !== enregistree.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", avantDeQuitter);
    return () => window.removeEventListener("beforeunload", avantDeQuitter);
  }, [getValues]);

  const traiter = async (saisie: Valeurs, automatique: boolean) => {
    setRetour(null);
    const instantane = JSON.stringify(saisie);
    envoyee.current = instantane;
    const r = await modifier({ ...saisie, section, candidatureId, version });
    if (r.ok) {
      enregistree.current = instantane;
      setVersion(r.data.version);
      const annulees = r.data.signaturesInvalidees.length;
      const debut = automatique ? "Section enregistrée automatiquement." : "Section enregistrée.";
      setRetour({ genre: "succes", message: annulees ? `${debut} Le contenu a changé : les signatures déjà données sont annulées.` : debut });
      router.refresh();
      return;
    }
    for (const [cle, messages] of Object.entries(r.fieldErrors ?? {})) {
      if (cle !== "_") setError(cle, { type: "serveur", message: messages.join(" ") });
    }
    if (r.code === "NON_AUTHENTIFIE") {
      setRetour({ genre: "erreur", titre: "Session expirée", message: r.message, connexion: true });
    } else if (r.code === "CONFLIT") {
      // Montrer, pour les seuls champs changés par l'autre personne, la valeur actuelle à côté de la
      // saisie conservée ; l'enregistrement suivant la remplacera.
      const actuelle = await lire(candidatureId, section);
      if (actuelle) setVersion(actuelle.version);
      const changes = Object.keys(r.fieldErrors ?? {});
      const actuelles = actuelle && Object.fromEntries(Object.entries(actuelle.valeurs).filter(([cle]) => changes.includes(cle)));
      setRetour({ genre: "erreur", titre: "Modification concurrente", message: r.message, actuelles: actuelles ?? undefined });
    } else {
      setRetour({ genre: "erreur", titre: "La section n'a pas été enregistrée", message: r.message });
    }
  };

  const enregistrer = (e?: FormEvent) => handleSubmit((saisie) => traiter(saisie, false))(e);
  const enregistrerAutomatiquement = () => handleSubmit((saisie) => traiter(saisie, true))();

  // Le focus arrive hors de la section (champ d'une autre section, lien, bouton) : enregistrer ce qui
  // a changé depuis le dernier envoi. Écouté sur le document : le focus peut avoir quitté la section
  // sans événement, quand l'élément qui l'avait est retiré de la page.
  const focusAilleurs = useEffectEvent((cible: EventTarget | null) => {
    if (!(cible instanceof Node) || !formulaire.current || formulaire.current.contains(cible)) return;
    if (formState.isSubmitting || !modifiee() || JSON.stringify(getValues()) === envoyee.current) return;
    void enregistrerAutomatiquement();
  });
  useEffect(() => {
    const ecouter = (e: FocusEvent) => focusAilleurs(e.target);
    document.addEventListener("focusin", ecouter);
    return () => document.removeEventListener("focusin", ecouter);
  }, []);

  const erreurs = Object.keys(formState.errors).length > 0;
  return (
    <form ref={formulaire} onSubmit={enregistrer} noValidate aria-labelledby={`titre-${section}`} className={fr.cx("fr-mb-6w")}>
      <h2 id={`titre-${section}`}>{LIBELLES_SECTIONS[section]}</h2>
      {retour?.genre === "erreur" && (
        <Alert
          severity="error"
          className={fr.cx("fr-mb-3w")}
          title={retour.titre}
          description={
            <>
              {retour.message}
              {retour.connexion && (
                <>
                  {" "}
                  <a href={`/connexion?callbackUrl=${encodeURIComponent(`/candidatures/${candidatureId}/modifier`)}`} target="_blank" rel="noopener">
                    Se reconnecter dans un nouvel onglet
                  </a>
                  , puis enregistrez à nouveau : votre saisie est conservée ici.
                </>
              )}
            </>
          }
        />
      )}
      {retour?.genre !== "erreur" && erreurs && (
        <Alert severity="error" small className={fr.cx("fr-mb-3w")} description="Certains champs sont à corriger : voyez les messages sous les champs." />
      )}
      {champs.map((c) => {
        const message = formState.errors[c.nom]?.message;
        const erreur = typeof message === "string" ? message : undefined;
        const actuelle = retour?.genre === "erreur" ? retour.actuelles?.[c.nom] : undefined;
        const aide = actuelle !== undefined && actuelle !== "" ? `${c.aide ? `${c.aide} ` : ""}Valeur actuelle enregistrée : « ${String(actuelle)} ».` : c.aide;
        const commun = { label: c.libelle, hintText: aide, state: erreur ? ("error" as const) : ("default" as const), stateRelatedMessage: erreur };
        return c.type === "textarea" ? (
          <Input key={c.nom} {...commun} textArea nativeTextAreaProps={{ ...register(c.nom), rows: 4, "aria-invalid": erreur ? true : undefined }} />
        ) : (
          <Input key={c.nom} {...commun} nativeInputProps={{ ...register(c.nom), type: c.type, inputMode: c.type === "number" ? "numeric" : undefined, "aria-invalid": erreur ? true : undefined }} />
        );
      })}
      {children?.(form, retour?.genre === "erreur" ? retour.actuelles : undefined)}
      {retour?.genre === "succes" && <Alert severity="success" small className={fr.cx("fr-mb-2w")} description={retour.message} />}
      <Button type="submit" disabled={formState.isSubmitting} iconId="fr-icon-save-line" iconPosition="left">
        {formState.isSubmitting ? "Enregistrement…" : "Enregistrer la section"}
      </Button>
    </form>
  );
}
