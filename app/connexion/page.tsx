import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { BoutonProConnect } from "@/components/auth/BoutonProConnect";
import { CadreConnexion } from "@/components/auth/CadreConnexion";
import { ComptesDemo } from "@/components/auth/ComptesDemo";
import { FormulaireLienConnexion } from "@/components/auth/FormulaireLienConnexion";
import { comptesDemoAffiches } from "@/lib/auth/connexion-demo";
import { DESTINATION_PAR_DEFAUT, lireParametresConnexion, type ParametresConnexion } from "@/lib/auth/page-connexion";
import { proconnectConfigure } from "@/lib/auth/proconnect";
import { getActeur } from "@/lib/auth/session";
import { seConnecterEnDemo } from "./actions";

export const metadata: Metadata = { title: "Se connecter" };
export const dynamic = "force-dynamic";

export default async function PageConnexion({ searchParams }: { searchParams: Promise<ParametresConnexion> }) {
  const { callbackUrl, erreur, deconnecte, emailPropose } = lireParametresConnexion(await searchParams, process.env.NEXTAUTH_URL);
  const [acteur, demo] = await Promise.all([getActeur(), comptesDemoAffiches()]);
  const proconnect = proconnectConfigure();

  return (
    <CadreConnexion
      titre="Connexion aux Ateliers des territoires"
      apres={demo && !acteur && <ComptesDemo groupes={demo} callbackUrl={callbackUrl} action={seConnecterEnDemo} />}
    >
      {deconnecte && !acteur && (
        <Alert severity="success" small description="Vous êtes déconnecté." className={fr.cx("fr-mb-4w")} />
      )}
      {erreur && (
        <Alert severity="error" as="h2" title={erreur.titre} description={erreur.message} className={fr.cx("fr-mb-4w")} />
      )}
      {acteur ? (
        <>
          <Alert
            severity="info"
            as="h2"
            title="Vous êtes connecté"
            description={`Vous êtes connecté en tant que ${[acteur.prenom, acteur.nom].filter(Boolean).join(" ") || acteur.email}. Pour changer de compte, déconnectez-vous d'abord.`}
            className={fr.cx("fr-mb-4w")}
          />
          <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
            <li>
              <Link className={fr.cx("fr-btn")} href={DESTINATION_PAR_DEFAUT}>Mon espace</Link>
            </li>
            <li>
              <Link className={fr.cx("fr-btn", "fr-btn--secondary")} href="/deconnexion">Se déconnecter</Link>
            </li>
          </ul>
        </>
      ) : (
        <>
          {proconnect && (
            <div className={fr.cx("fr-mb-6v")}>
              <h2>Se connecter avec ProConnect</h2>
              <p>Agents de l&apos;État et des collectivités : utilisez votre identité professionnelle.</p>
              <BoutonProConnect callbackUrl={callbackUrl} />
            </div>
          )}
          {proconnect && <p className={fr.cx("fr-hr-or")}>ou</p>}
          <div>
            <h2 id="titre-lien">Recevoir un lien de connexion par courriel</h2>
            <p className={fr.cx("fr-text--sm")}>
              Saisissez l&apos;adresse de votre compte ou celle à laquelle vous avez été invité : vous recevrez un lien valable 15
              minutes, utilisable une seule fois.
            </p>
            <FormulaireLienConnexion callbackUrl={callbackUrl} emailPropose={emailPropose} />
          </div>
        </>
      )}
    </CadreConnexion>
  );
}
