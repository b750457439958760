"use client";

// En-tête DSFR. Les liens de compte (« Se connecter », ou « Mon compte », « Administration »,
// « Se déconnecter ») dépendent de la session, lue dans le navigateur : la mise en page reste
// statique et les pages publiques le restent aussi (docs/decisions/006-authentification.md).
import { usePathname } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Header, type HeaderProps } from "@codegouvfr/react-dsfr/Header";
import { BlocMarque, DESCRIPTION_SERVICE, LIEN_ACCUEIL, NOM_SERVICE } from "./marque";
import { useSessionNavigateur } from "./useSessionNavigateur";

function lienConnexion(chemin: string): string {
  const retour = chemin === "/" || /^\/(connexion|deconnexion)(\/|$)/.test(chemin) ? null : chemin;
  return retour ? `/connexion?${new URLSearchParams({ callbackUrl: retour })}` : "/connexion";
}

/**
 * La cloche : sur ordinateur, l'icône et la pastille du nombre de non lues seulement (le bloc-marque
 * garde sa place à côté de cinq liens) ; dans le menu du téléphone, « Notifications » en toutes
 * lettres. Pour les lecteurs d'écran, un seul nœud : « Notifications, 3 non lues ».
 */
function TexteNotifications({ nonLues }: { nonLues: number }) {
  const nom = nonLues > 0 ? `Notifications, ${nonLues} non ${nonLues > 1 ? "lues" : "lue"}` : "Notifications";
  return (
    <>
      <span className={fr.cx("fr-sr-only")}>{nom}</span>
      <span aria-hidden="true">
        <span className={fr.cx("fr-hidden-lg")}>Notifications</span>
        {nonLues > 0 && (
          <span className={fr.cx("fr-badge", "fr-badge--sm", "fr-badge--info", "fr-badge--no-icon", "fr-ml-1v")}>{nonLues > 99 ? "99+" : nonLues}</span>
        )}
      </span>
    </>
  );
}

/**
 * « Mon compte » : l'icône seule sur ordinateur (son nom reste lu, et l'infobulle le montre), en
 * toutes lettres dans le menu du téléphone. Avec « Mes ateliers », la DGALN a sept liens : en toutes
 * lettres, ils débordaient de 1 280 px.
 */
function TexteMonCompte() {
  return (
    <>
      <span className={fr.cx("fr-sr-only")}>Mon compte</span>
      <span aria-hidden="true" className={fr.cx("fr-hidden-lg")}>
        Mon compte
      </span>
    </>
  );
}

export function SiteHeader() {
  const chemin = usePathname() ?? "/";
  const session = useSessionNavigateur(chemin);

  // Sans préchargement : ces liens sont sur chaque page, et les précharger coûtait à chaque
  // affichage six requêtes de rendu au serveur et de la bande passante avant l'affichage (issue 10).
  const lien = (href: string) => ({ href, prefetch: false });
  const liens: HeaderProps.QuickAccessItem[] = session
    ? [
        {
          iconId: session.notificationsNonLues > 0 ? "fr-icon-notification-badge-line" : "fr-icon-notification-3-line",
          text: <TexteNotifications nonLues={session.notificationsNonLues ?? 0} />,
          // Infobulle de l'icône seule, sur ordinateur.
          linkProps: { ...lien("/notifications"), title: "Notifications" },
        },
        { iconId: "fr-icon-file-text-line", text: "Mes candidatures", linkProps: lien("/candidatures") },
        ...(session.instruction
          ? [{ iconId: "fr-icon-table-line" as const, text: "Tableau d'instruction", linkProps: lien("/instruction") }]
          : []),
        ...(session.ateliers ? [{ iconId: "fr-icon-map-pin-2-line" as const, text: "Mes ateliers", linkProps: lien("/ateliers") }] : []),
        { iconId: "fr-icon-account-circle-line", text: <TexteMonCompte />, linkProps: { ...lien("/mon-compte"), title: "Mon compte" } },
        ...(session.administration
          ? [{ iconId: "fr-icon-settings-5-line" as const, text: "Administration", linkProps: lien("/admin/organisations") }]
          : []),
        { iconId: "fr-icon-logout-box-r-line", text: "Se déconnecter", linkProps: lien("/deconnexion") },
      ]
    : session === null
      ? [{ iconId: "fr-icon-account-circle-line", text: "Se connecter", linkProps: { href: lienConnexion(chemin) } }]
      : // Session pas encore lue : ni « Se connecter » à une personne connectée, ni ses liens à une autre.
        [];

  return (
    <Header
      brandTop={<BlocMarque />}
      homeLinkProps={LIEN_ACCUEIL}
      serviceTitle={NOM_SERVICE}
      serviceTagline={DESCRIPTION_SERVICE}
      quickAccessItems={liens}
    />
  );
}
