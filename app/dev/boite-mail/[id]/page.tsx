import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { TexteAvecLiens } from "@/components/auth/TexteAvecLiens";
import { boiteMailDevActive } from "@/lib/courriels/configuration";
import { lireCourrielDev } from "@/lib/courriels/boite-dev";
import { formaterDateHeure } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Courriel — Boîte de développement", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function PageCourriel({ params }: { params: Promise<{ id: string }> }) {
  if (!boiteMailDevActive()) notFound();
  const courriel = await lireCourrielDev((await params).id);
  if (!courriel) notFound();
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb
        currentPageLabel={courriel.sujet}
        homeLinkProps={{ href: "/" }}
        segments={[{ label: "Boîte de développement", linkProps: { href: "/dev/boite-mail" } }]}
      />
      <h1>{courriel.sujet}</h1>
      <p>
        À <strong>{courriel.destinataire}</strong>, le {formaterDateHeure(courriel.creeLe)}
      </p>
      <div className={fr.cx("fr-p-3w", "fr-mb-4w")} style={{ border: `1px solid ${fr.colors.decisions.border.default.grey.default}` }}>
        <p style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} className={fr.cx("fr-mb-0")}>
          <TexteAvecLiens texte={courriel.texte} />
        </p>
      </div>
      {courriel.html && (
        <details className={fr.cx("fr-mb-4w")}>
          <summary>Version HTML</summary>
          {/* Bac à sable sans script ni navigation : un aperçu, pas une page de l'application. */}
          <iframe title={`Version HTML du courriel « ${courriel.sujet} »`} sandbox="" srcDoc={courriel.html} style={{ width: "100%", height: "28rem", border: 0 }} />
        </details>
      )}
      <Link href="/dev/boite-mail" className={fr.cx("fr-link", "fr-icon-arrow-left-line", "fr-link--icon-left")}>
        Tous les courriels
      </Link>
    </div>
  );
}
