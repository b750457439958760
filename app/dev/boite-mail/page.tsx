import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { PageContenu } from "@/components/ui/PageContenu";
import { boiteMailDevActive } from "@/lib/courriels/configuration";
import { listerCourrielsDev } from "@/lib/courriels/boite-dev";
import { formaterDateHeure } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Boîte de développement", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function PageBoiteMail() {
  if (!boiteMailDevActive()) notFound();
  const courriels = await listerCourrielsDev();
  return (
    <PageContenu titre="Boîte de développement">
      <Alert
        severity="info"
        small
        className={fr.cx("fr-mb-4w")}
        description="Aucun serveur SMTP n'est configuré : les courriels de l'application ne partent pas, ils sont conservés ici. Cette page n'existe pas quand SMTP_URL est défini."
      />
      {courriels.length === 0 ? (
        <p>Aucun courriel pour l&apos;instant.</p>
      ) : (
        <Table
          caption={`Derniers courriels (${courriels.length})`}
          headers={["Reçu le", "Destinataire", "Sujet"]}
          data={courriels.map((c) => [
            formaterDateHeure(c.creeLe),
            c.destinataire,
            <Link key={c.id} href={`/dev/boite-mail/${c.id}`}>
              {c.sujet}
            </Link>,
          ])}
        />
      )}
    </PageContenu>
  );
}
