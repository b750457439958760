import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { CadreConnexion } from "@/components/auth/CadreConnexion";
import { messageErreurConnexion } from "@/lib/auth/messages-erreur";

export const metadata: Metadata = { title: "Erreur de connexion" };

export default async function PageErreurConnexion({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const { error } = await searchParams;
  const code = Array.isArray(error) ? error[0] : error;
  const { titre, message } = messageErreurConnexion(code);
  return (
    <CadreConnexion titre="Connexion impossible">
      <Alert severity="error" as="h2" title={titre} description={message} className={fr.cx("fr-mb-4w")} />
      <p className={fr.cx("fr-mb-0")}>
        <Link href="/connexion" className={fr.cx("fr-btn")}>
          {code === "Verification" ? "Demander un nouveau lien de connexion" : "Revenir à la page de connexion"}
        </Link>
      </p>
    </CadreConnexion>
  );
}
