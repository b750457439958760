import type { DefaultColorScheme } from "@codegouvfr/react-dsfr/next-app-router";

// « system » : le thème suit la préférence du système tant que l'usager n'a rien choisi
// dans les « Paramètres d'affichage » (thème clair, sombre ou système).
export const defaultColorScheme: DefaultColorScheme = "system";
