"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Zone qui défile horizontalement quand son contenu est plus large qu'elle (tableau sur un téléphone).
 * Elle ne devient atteignable au clavier, avec son nom, que lorsqu'elle défile réellement : on peut
 * alors la faire défiler aux flèches (RGAA, règle axe « scrollable-region-focusable »), sans ajouter
 * d'arrêt inutile sur un grand écran.
 */
export function ZoneDefilante({ libelle, className, children }: { libelle: string; className?: string; children: ReactNode }) {
  const zone = useRef<HTMLDivElement>(null);
  const [defile, setDefile] = useState(false);
  useEffect(() => {
    const element = zone.current;
    if (!element) return;
    const mesurer = () => setDefile(element.scrollWidth > element.clientWidth + 1);
    mesurer();
    const observateur = new ResizeObserver(mesurer);
    observateur.observe(element);
    if (element.firstElementChild) observateur.observe(element.firstElementChild);
    return () => observateur.disconnect();
  }, []);
  return (
    <div
      ref={zone}
      className={className}
      // Bloc conteneur des éléments positionnés qu'elle contient (textes « fr-sr-only » des liens) :
      // sans cela, ils échappent au défilement et élargissent toute la page sur un téléphone.
      style={{ position: "relative" }}
      {...(defile ? { tabIndex: 0, role: "region", "aria-label": `${libelle} (défilement horizontal)` } : {})}
    >
      {children}
    </div>
  );
}
