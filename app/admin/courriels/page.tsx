import type { Metadata } from "next";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { redirect } from "next/navigation";
import { cheminAccesRefuse } from "@/components/admin/AccesRefuse";
import { BoutonRelancerCourriel } from "@/components/admin/BoutonRelancerCourriel";
import { Tableau } from "@/components/layout/Tableau";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { etatFileCourriels, peutSuperviserCourriels } from "@/lib/courriels/supervision";
import { COURRIEL_REPRISES } from "@/lib/file/files";
import { formaterDateHeure } from "@/lib/format/dates";
import { relancerCourrielAction } from "./actions";

const TITRE = "Courriels en échec";

export async function generateMetadata(): Promise<Metadata> {
  const acteur = await getActeur();
  return { title: acteur && !peutSuperviserCourriels(acteur) ? "Accès refusé" : TITRE };
}

const CATEGORIES: Record<string, string> = {
  lien_connexion: "Lien de connexion",
  invitation: "Invitation",
  notification: "Notification",
  resume: "Résumé quotidien",
  avis_expert: "Demande d'avis",
};

export default async function PageCourriels() {
  const acteur = await requireActeur("/admin/courriels");
  const etat = await etatFileCourriels(acteur);
  if (!etat) redirect(cheminAccesRefuse("administration")); // servie en 403 (proxy.ts)
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={TITRE} homeLinkProps={{ href: "/" }} segments={[{ label: "Administration", linkProps: { href: "/admin/organisations" } }]} />
      <h1>{TITRE}</h1>
      <p className={fr.cx("fr-text--lead")}>
        Chaque courriel de l&apos;application part par une file d&apos;envoi : refusé par le serveur de messagerie, il est
        retenté {COURRIEL_REPRISES} fois en espaçant les essais (de 30 secondes à 16 minutes). Après le dernier échec, il
        apparaît ici : vérifiez l&apos;adresse ou le serveur, puis relancez-le.
      </p>
      <ul className={fr.cx("fr-badges-group", "fr-mb-3w")} aria-label="État de la file d'envoi">
        <li>
          <p className={fr.cx("fr-badge", etat.enEchec ? "fr-badge--error" : "fr-badge--success")}>
            {etat.enEchec === 0 ? "Aucun courriel en échec" : `${etat.enEchec} en échec`}
          </p>
        </li>
        <li>
          <p className={fr.cx("fr-badge", "fr-badge--info")}>
            {etat.enAttente === 0 ? "Aucun courriel en attente" : `${etat.enAttente} en attente d'envoi`}
            {etat.plusAncienEnAttente ? `, le plus ancien depuis le ${formaterDateHeure(etat.plusAncienEnAttente)}` : ""}
          </p>
        </li>
      </ul>
      {etat.echecs.length === 0 ? (
        <p>Tous les courriels ont été remis. Rien à faire.</p>
      ) : (
        <Tableau
          titre="Courriels en échec, du plus récent au plus ancien"
          titreMasque
          entetes={["Courriel", "Essais", "Erreur du serveur", "Action"]}
          multilignes={[true, true, true, false]}
          lignes={etat.echecs.map((c) => [
            <>
              <strong>{c.sujet}</strong>
              <br />À {c.destinataire}
              <br />
              <span className={fr.cx("fr-text--sm")}>
                {(c.categorie && CATEGORIES[c.categorie]) ?? "Autre"}, créé le {formaterDateHeure(c.creeLe)}
              </span>
            </>,
            `${c.tentatives} essai${c.tentatives > 1 ? "s" : ""}${c.derniereTentativeLe ? `, le dernier le ${formaterDateHeure(c.derniereTentativeLe)}` : ""}`,
            c.erreur ?? "—",
            <BoutonRelancerCourriel key={c.id} courrielId={c.id} destinataire={c.destinataire} relancer={relancerCourrielAction} />,
          ])}
        />
      )}
    </div>
  );
}
