import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { BoutonDeconnexion } from "@/components/auth/BoutonDeconnexion";
import { CadreConnexion } from "@/components/auth/CadreConnexion";
import { getActeur } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Se déconnecter" };
export const dynamic = "force-dynamic";

export default async function PageDeconnexion() {
  const acteur = await getActeur();
  if (!acteur) {
    return (
      <CadreConnexion titre="Se déconnecter">
        <p>Vous n&apos;êtes pas connecté.</p>
        <p className={fr.cx("fr-mb-0")}>
          <Link href="/connexion" className={fr.cx("fr-btn")}>Se connecter</Link>
        </p>
      </CadreConnexion>
    );
  }
  const nom = [acteur.prenom, acteur.nom].filter(Boolean).join(" ") || acteur.email;
  return (
    <CadreConnexion titre="Se déconnecter">
      <p>
        Vous êtes connecté en tant que <strong>{nom}</strong> ({acteur.email}). La déconnexion ferme votre session sur cet
        appareil.
      </p>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left", "fr-mb-0")}>
        <li>
          <BoutonDeconnexion />
        </li>
        <li>
          <Link href="/mon-compte" className={fr.cx("fr-btn", "fr-btn--secondary")}>Annuler</Link>
        </li>
      </ul>
    </CadreConnexion>
  );
}
