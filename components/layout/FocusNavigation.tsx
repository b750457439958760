"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { ID_CONTENU } from "./LienEvitement";

/**
 * Après une navigation côté client, le lien suivi disparaît avec l'ancienne page et le focus tombait
 * sur <body> : on le place sur le titre de la nouvelle page (à défaut, sur le contenu), comme le
 * ferait le lien d'évitement. Une page qui a déjà placé le focus dans son contenu le garde.
 */
export function FocusNavigation() {
  const chemin = usePathname();
  const precedent = useRef(chemin);
  useEffect(() => {
    if (precedent.current === chemin) return;
    precedent.current = chemin;
    const contenu = document.getElementById(ID_CONTENU);
    if (!contenu) return;
    const actif = document.activeElement;
    if (actif && actif !== document.body && actif !== contenu && contenu.contains(actif)) return;
    const titre = contenu.querySelector<HTMLElement>("h1");
    const cible = titre ?? contenu;
    if (!cible.hasAttribute("tabindex")) cible.setAttribute("tabindex", "-1");
    cible.focus({ preventScroll: true });
  }, [chemin]);
  return null;
}
