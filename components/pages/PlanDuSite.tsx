import Link from "next/link";
import { ANCRES } from "@/components/accueil/ancres";

const ACCUEIL = [
  { titre: "Le programme", ancre: ANCRES.programme },
  { titre: "Sessions nationales ouvertes", ancre: ANCRES.sessions },
  { titre: "Trois formats d'atelier", ancre: ANCRES.formats },
  { titre: "Trois phases pour chaque atelier", ancre: ANCRES.phases },
  { titre: "Comment candidater", ancre: ANCRES.commentCandidater },
];

const PAGES = [
  { titre: "Ateliers réalisés", href: "/ateliers-realises" },
  { titre: "Se connecter", href: "/connexion" },
  { titre: "Déclaration d'accessibilité", href: "/accessibilite" },
  { titre: "Mentions légales", href: "/mentions-legales" },
  { titre: "Données personnelles et cookies", href: "/donnees-personnelles" },
  { titre: "Plan du site", href: "/plan-du-site" },
];

/** Pages de l'espace connecté : la connexion est demandée en les ouvrant, puis on y revient. */
const ESPACE_CONNECTE = [
  { titre: "Mes candidatures", href: "/candidatures", pour: "collectivités, services de l'État et DGALN" },
  { titre: "Nouvelle candidature", href: "/candidatures/nouvelle", pour: "collectivités et services de l'État" },
  { titre: "Tableau d'instruction", href: "/instruction", pour: "DGALN et services de l'État" },
  { titre: "Mes ateliers", href: "/ateliers", pour: "collectivités qui portent un atelier, services de l'État et DGALN" },
  { titre: "Notifications", href: "/notifications", pour: "tous les utilisateurs connectés" },
  { titre: "Mon compte", href: "/mon-compte", pour: "tous les utilisateurs connectés" },
  { titre: "Administration des organisations", href: "/admin/organisations", pour: "administrateurs de la DGALN" },
];

export function PlanDuSite() {
  return (
    <ul>
      <li>
        <Link href="/">Accueil</Link>
        <ul>
          {ACCUEIL.map((section) => (
            <li key={section.ancre}>
              <Link href={`/#${section.ancre}`}>{section.titre}</Link>
            </li>
          ))}
        </ul>
      </li>
      <li>
        Espace connecté (connexion requise)
        <ul>
          {ESPACE_CONNECTE.map((page) => (
            <li key={page.href}>
              <Link href={page.href}>{page.titre}</Link> — {page.pour}
            </li>
          ))}
        </ul>
      </li>
      {PAGES.map((page) => (
        <li key={page.href}>
          <Link href={page.href}>{page.titre}</Link>
        </li>
      ))}
    </ul>
  );
}
