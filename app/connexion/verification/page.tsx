import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { CadreConnexion } from "@/components/auth/CadreConnexion";
import { VALIDITE_LIEN_MINUTES } from "@/lib/auth/parametres";
import { boiteMailDevActive } from "@/lib/courriels/configuration";

export const metadata: Metadata = { title: "Consultez votre messagerie" };
// La configuration (boîte de développement) se lit à l'exécution, pas à la construction.
export const dynamic = "force-dynamic";

// Affichée après toute demande de lien, que l'adresse ait un compte ou non.
export default function PageVerification() {
  return (
    <CadreConnexion titre="Consultez votre messagerie">
      <p className={fr.cx("fr-text--lead")}>
        Si cette adresse correspond à un compte ou à une invitation, un lien de connexion vient de lui être envoyé.
      </p>
      <ul>
        <li>Ouvrez le courriel « Votre lien de connexion aux Ateliers des territoires » et cliquez sur le lien.</li>
        <li>Le lien expire dans {VALIDITE_LIEN_MINUTES} minutes et ne fonctionne qu&apos;une seule fois.</li>
        <li>Rien reçu après quelques minutes ? Vérifiez vos courriers indésirables, puis demandez un nouveau lien.</li>
      </ul>
      {boiteMailDevActive() && (
        <Alert
          severity="info"
          small
          className={fr.cx("fr-mb-3w")}
          description={
            <>
              Environnement de développement : aucun courriel ne part réellement. Lisez-le dans la{" "}
              <Link href="/dev/boite-mail">boîte de développement</Link>.
            </>
          }
        />
      )}
      <p className={fr.cx("fr-mb-0")}>
        <Link href="/connexion" className={fr.cx("fr-link", "fr-icon-arrow-left-line", "fr-link--icon-left")}>
          Revenir à la page de connexion
        </Link>
      </p>
    </CadreConnexion>
  );
}
