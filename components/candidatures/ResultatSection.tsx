"use client";

import type { Ref } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

/** Ce que la section dit après une tentative d'enregistrement : un seul message à la fois. */
export type Resultat =
  | { genre: "succes"; message: string }
  | { genre: "erreur"; titre: string; message: string; connexion?: boolean; actuelles?: Record<string, unknown> }
  | { genre: "invalide" }
  | { genre: "conservee" };

type Props = {
  resultat: Resultat | null;
  /** Page à rouvrir pour se reconnecter (session expirée). */
  retourConnexion: string;
  zoneRef: Ref<HTMLDivElement>;
};

/**
 * Zone des messages d'une section (chaque Alert DSFR est annoncée à son affichage) ; le formulaire y place le
 * focus après « Enregistrer la section » pour que le clavier et les lecteurs d'écran lisent le résultat.
 */
export function ResultatSection({ resultat, retourConnexion, zoneRef }: Props) {
  return (
    <div ref={zoneRef} tabIndex={-1} className={fr.cx(resultat && "fr-mb-2w")}>
      {resultat?.genre === "succes" && <Alert severity="success" small description={resultat.message} />}
      {resultat?.genre === "invalide" && (
        <Alert severity="error" small description="La section n'a pas été enregistrée : certains champs sont à corriger, voyez les messages sous les champs." />
      )}
      {resultat?.genre === "conservee" && (
        <Alert
          severity="info"
          small
          description="Votre saisie est conservée sur cette page mais n'est pas enregistrée : les signatures restent valides. Enregistrez la section quand vous êtes prêt."
        />
      )}
      {resultat?.genre === "erreur" && (
        <Alert
          severity="error"
          as="h3"
          title={resultat.titre}
          description={
            <>
              {resultat.message}
              {resultat.connexion && (
                <>
                  {" "}
                  <a href={`/connexion?callbackUrl=${encodeURIComponent(retourConnexion)}`} target="_blank" rel="noopener">
                    Se reconnecter dans un nouvel onglet
                  </a>
                  , puis enregistrez à nouveau : votre saisie est conservée ici.
                </>
              )}
            </>
          }
        />
      )}
    </div>
  );
}
