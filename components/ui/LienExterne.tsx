import type { ReactNode } from "react";

/** Lien vers un autre site, ouvert dans un nouvel onglet et annoncé comme tel (RGAA 13.2). */
export function LienExterne({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={`${textePlat(children)} — nouvelle fenêtre`}>
      {children}
    </a>
  );
}

function textePlat(noeud: ReactNode): string {
  if (typeof noeud === "string" || typeof noeud === "number") return String(noeud);
  if (Array.isArray(noeud)) return noeud.map(textePlat).join("");
  return "";
}
