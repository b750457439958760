import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { PageContenu } from "@/components/ui/PageContenu";
import { boiteMailDevActive } from "@/lib/courriels/configuration";
import { listerCourrielsDev } from "@/lib/courriels/boite-dev";
import { formaterDateHeure } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Boîte de développement", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function PageBoiteMail({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!boiteMailDevActive()) notFound();
  const brut = (await searchParams).destinataire;
  const destinataire = (Array.isArray(brut) ? brut[0] : brut) ?? "";
  const courriels = await listerCourrielsDev(destinataire);
  return (
    <PageContenu titre="Boîte de développement">
      <Alert
        severity="info"
        small
        className={fr.cx("fr-mb-4w")}
        description="Aucun serveur SMTP n'est configuré : les courriels de l'application ne partent pas, ils sont conservés ici. Cette page n'existe pas quand SMTP_URL est défini."
      />
      <form method="get" role="search" className={fr.cx("fr-mb-4w")}>
        <Input
          label="Destinataire"
          hintText="Adresse exacte ; laissez vide pour voir les 50 derniers courriels."
          nativeInputProps={{ type: "email", name: "destinataire", defaultValue: destinataire }}
        />
        <Button type="submit" priority="secondary">
          Filtrer
        </Button>
      </form>
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
