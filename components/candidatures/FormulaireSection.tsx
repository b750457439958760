"use client";

import { useEffect, useEffectEvent, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useForm, type Resolver, type UseFormReturn } from "react-hook-form";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { resolveurDiffere } from "@/components/formulaires/resolveur-differe";
import { LIBELLES_SECTIONS, type Section } from "@/lib/candidatures/libelles-sections";
import type { ResultatAction } from "@/lib/errors";
import type { PartieSignataire } from "@/lib/generated/prisma/enums";
import { ChampTexteLong } from "./ChampTexteLong";
import { ConfirmationSignatures } from "./ConfirmationSignatures";
import { ResultatSection, type Resultat } from "./ResultatSection";
import { messageSignaturesAnnulees, type AvertissementSignatures, type Parties } from "./signatures-en-cours";

export type Champ = { nom: string; libelle: string; type: "text" | "textarea" | "date" | "number"; aide?: string };
export type Valeurs = Record<string, unknown>;
type Enregistree = { version: number; signaturesInvalidees: { partie: PartieSignataire; signataire: string }[] };
type SectionLue = { version: number; valeurs: Record<string, unknown> } | null;

type Props = {
  candidatureId: string;
  section: Section;
  /** Champs simples (texte, date, nombre) ; les sections à listes passent plutôt `children`. */
  champs?: Champ[];
  valeurs: Valeurs;
  /**
   * Longueurs maximales des champs texte de chaque section, lues par le serveur dans les schémas
   * (`longueursMax`) : le compteur de caractères affiche la limite appliquée, sans charger zod.
   */
  limites: Readonly<Record<Section, Readonly<Record<string, number>>>>;
  /** Champs sur mesure, avec le formulaire et, après un conflit, les valeurs actuelles enregistrées. */
  children?: (form: UseFormReturn<Valeurs>, actuelles: Record<string, unknown> | undefined) => ReactNode;
  version: number;
  /** Signatures valides sur le contenu actuel : tout enregistrement les annulera, on demande d'abord. */
  signatures: AvertissementSignatures | null;
  parties: Parties;
  modifier: (entree: unknown) => Promise<ResultatAction<Enregistree>>;
  lire: (candidatureId: string, section: Section) => Promise<SectionLue>;
};

type Confirmation = { automatique: boolean; cible: Element | null };

/**
 * Une section du formulaire, enregistrée avec son bouton et automatiquement quand on la quitte avec
 * des changements (le focus arrive ailleurs dans la page). Sur une candidature signée, l'enregistrement
 * (automatique compris) attend une confirmation qui dit qui devra signer de nouveau. Le schéma zod est
 * celui que le serveur revérifie ; la saisie n'est jamais effacée après un refus, un conflit, une
 * session expirée ou une confirmation refusée, et quitter la page avec une saisie non enregistrée
 * demande confirmation.
 */
export function FormulaireSection(props: Props) {
  const { candidatureId, section, champs = [], valeurs, version: versionInitiale, signatures, parties, modifier, lire, children } = props;
  const limites = props.limites[section];
  const router = useRouter();
  const [version, setVersion] = useState(versionInitiale);
  const [resultat, setResultat] = useState<Resultat | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  // Schéma choisi à l'exécution, chargé à la première validation : le type des valeurs est celui, à
  // plat, des champs affichés.
  const resolver = useMemo(
    () =>
      resolveurDiffere(() => import("@/lib/candidatures/candidature.schema").then((m) => m.SCHEMAS_SECTIONS[section] as (typeof m.SCHEMAS_SECTIONS)["note"]), {
        raw: true,
      }) as unknown as Resolver<Valeurs>,
    [section],
  );
  const form = useForm<Valeurs>({ resolver, defaultValues: valeurs });
  const { register, handleSubmit, setError, formState, getValues } = form;
  // Saisie telle qu'enregistrée, dernière saisie envoyée, saisie dont on a refusé l'enregistrement :
  // quitter la section ne renvoie ni ne redemande rien pour une saisie déjà traitée.
  const enregistree = useRef(JSON.stringify(valeurs));
  const envoyee = useRef<string | null>(null);
  const renoncee = useRef<string | null>(null);
  const formulaire = useRef<HTMLFormElement>(null);
  const zoneResultat = useRef<HTMLDivElement>(null);
  const zoneConfirmation = useRef<HTMLDivElement>(null);
  const bouton = useRef<HTMLButtonElement>(null);
  const focaliser = useRef<"resultat" | "confirmation" | null>(null);
  const enCours = useRef(false);
  const saisieActuelle = () => JSON.stringify(getValues());

  useEffect(() => {
    const avantDeQuitter = (e: BeforeUnloadEvent) => {
      if (JSON.stringify(getValues()) !== enregistree.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", avantDeQuitter);
    return () => window.removeEventListener("beforeunload", avantDeQuitter);
  }, [getValues]);

  // Le focus suit le message ou la confirmation une fois affichés (jamais perdu sur <body>).
  useEffect(() => {
    const cible = focaliser.current === "confirmation" ? zoneConfirmation.current : focaliser.current === "resultat" ? zoneResultat.current : null;
    focaliser.current = null;
    cible?.focus();
  }, [resultat, confirmation]);

  const traiter = async (saisie: Valeurs, automatique: boolean, focus: boolean) => {
    const instantane = JSON.stringify(saisie);
    envoyee.current = instantane;
    enCours.current = true;
    const r = await modifier({ ...saisie, section, candidatureId, version }).finally(() => (enCours.current = false));
    if (focus) focaliser.current = "resultat";
    if (r.ok) {
      enregistree.current = instantane;
      setVersion(r.data.version);
      const debut = automatique ? "Section enregistrée automatiquement." : "Section enregistrée.";
      const annulees = messageSignaturesAnnulees(r.data.signaturesInvalidees, parties);
      setResultat({ genre: "succes", message: annulees ? `${debut} ${annulees}` : debut });
      router.refresh();
      return;
    }
    for (const [cle, messages] of Object.entries(r.fieldErrors ?? {})) {
      if (cle !== "_") setError(cle, { type: "serveur", message: messages.join(" ") });
    }
    if (r.code === "NON_AUTHENTIFIE") {
      setResultat({ genre: "erreur", titre: "Session expirée", message: r.message, connexion: true });
    } else if (r.code === "CONFLIT") {
      // Montrer, pour les seuls champs changés par l'autre personne, la valeur actuelle à côté de la
      // saisie conservée ; l'enregistrement suivant la remplacera.
      const actuelle = await lire(candidatureId, section);
      if (actuelle) setVersion(actuelle.version);
      const changes = Object.keys(r.fieldErrors ?? {});
      const actuelles = actuelle && Object.fromEntries(Object.entries(actuelle.valeurs).filter(([cle]) => changes.includes(cle)));
      setResultat({ genre: "erreur", titre: "Modification concurrente", message: r.message, actuelles: actuelles ?? undefined });
    } else {
      setResultat({ genre: "erreur", titre: "La section n'a pas été enregistrée", message: r.message });
    }
  };

  const soumettre = (automatique: boolean, confirmee: boolean, cible: Element | null = null) =>
    handleSubmit(
      async (saisie) => {
        if (signatures && !confirmee) {
          focaliser.current = "confirmation";
          setConfirmation({ automatique, cible });
          return;
        }
        setConfirmation(null);
        await traiter(saisie, automatique, !automatique || confirmee);
      },
      () => {
        setConfirmation(null);
        setResultat({ genre: "invalide" });
      },
    )();

  const enregistrer = (e: FormEvent) => {
    e.preventDefault();
    if (!enCours.current) void soumettre(false, false);
  };

  const renoncer = () => {
    renoncee.current = saisieActuelle();
    const vers = confirmation?.cible;
    setConfirmation(null);
    setResultat({ genre: "conservee" });
    // Retour là où l'usager allait (s'il existe encore), sinon au bouton de la section.
    if (vers instanceof HTMLElement && vers.isConnected) vers.focus();
    else bouton.current?.focus();
  };

  // Le focus arrive hors de la section (champ d'une autre section, lien, bouton) : enregistrer ce qui
  // a changé depuis le dernier envoi. Écouté sur le document : le focus peut avoir quitté la section
  // sans événement, quand l'élément qui l'avait est retiré de la page.
  const focusAilleurs = useEffectEvent((cible: EventTarget | null) => {
    if (!(cible instanceof Element) || !formulaire.current || formulaire.current.contains(cible)) return;
    const saisie = saisieActuelle();
    if (enCours.current || confirmation || saisie === enregistree.current || saisie === envoyee.current || saisie === renoncee.current) return;
    void soumettre(true, false, cible);
  });
  useEffect(() => {
    const ecouter = (e: FocusEvent) => focusAilleurs(e.target);
    document.addEventListener("focusin", ecouter);
    return () => document.removeEventListener("focusin", ecouter);
  }, []);

  const erreurs = Object.keys(formState.errors).length > 0;
  // Un seul message : une erreur de champ efface un « enregistrée » devenu faux.
  const affiche: Resultat | null = erreurs && resultat?.genre !== "erreur" ? { genre: "invalide" } : resultat;
  const actuelles = resultat?.genre === "erreur" ? resultat.actuelles : undefined;
  return (
    <form ref={formulaire} onSubmit={enregistrer} noValidate aria-labelledby={`titre-${section}`} className={fr.cx("fr-mb-6w")}>
      <h2 id={`titre-${section}`}>{LIBELLES_SECTIONS[section]}</h2>
      {champs.map((c) => {
        const message = formState.errors[c.nom]?.message;
        const erreur = typeof message === "string" ? message : undefined;
        const actuelle = actuelles?.[c.nom];
        const aide = actuelle !== undefined && actuelle !== "" ? `${c.aide ? `${c.aide} ` : ""}Valeur actuelle enregistrée : « ${String(actuelle)} ».` : c.aide;
        const max = limites[c.nom];
        if (c.type === "textarea" && max) return <ChampTexteLong key={c.nom} form={form} nom={c.nom} libelle={c.libelle} aide={aide} erreur={erreur} max={max} />;
        const commun = { label: c.libelle, hintText: aide, state: erreur ? ("error" as const) : ("default" as const), stateRelatedMessage: erreur };
        return <Input key={c.nom} {...commun} nativeInputProps={{ ...register(c.nom), type: c.type, inputMode: c.type === "number" ? "numeric" : undefined, "aria-invalid": erreur ? true : undefined }} />;
      })}
      {children?.(form, actuelles)}
      {confirmation && signatures ? (
        <ConfirmationSignatures
          id={`confirmation-${section}`}
          section={LIBELLES_SECTIONS[section]}
          signatures={signatures}
          automatique={confirmation.automatique}
          confirmer={() => void soumettre(confirmation.automatique, true)}
          renoncer={renoncer}
          zoneRef={zoneConfirmation}
        />
      ) : (
        <ResultatSection resultat={affiche} retourConnexion={`/candidatures/${candidatureId}/modifier`} zoneRef={zoneResultat} />
      )}
      {/* Jamais désactivé pendant l'envoi : un bouton désactivé perd le focus, qui tomberait sur <body>. */}
      <Button ref={bouton} type="submit" aria-disabled={formState.isSubmitting || undefined} iconId="fr-icon-save-line" iconPosition="left">
        {formState.isSubmitting ? "Enregistrement…" : "Enregistrer la section"}
      </Button>
    </form>
  );
}
