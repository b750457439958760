import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { listerComptesDemo } from "@/lib/auth/comptes-demo";

type Groupes = Awaited<ReturnType<typeof listerComptesDemo>>;

/** Connexion en un clic aux comptes de démonstration (base embarquée ou COMPTES_DEMO=1). */
export function ComptesDemo({
  groupes,
  callbackUrl,
  action,
}: {
  groupes: Groupes;
  callbackUrl: string;
  action: (donnees: FormData) => Promise<void>;
}) {
  return (
    <section aria-labelledby="titre-comptes-demo" className={fr.cx("fr-mt-8w")}>
      <h2 id="titre-comptes-demo">Comptes de démonstration</h2>
      <Alert
        severity="warning"
        small
        description="La connexion de démonstration est activée : elle ouvre une session sans aucune vérification. Elle ne doit jamais être activée en production."
        className={fr.cx("fr-mb-4w")}
      />
      {groupes.length === 0 && <p>Aucun compte de démonstration n&apos;est présent dans la base.</p>}
      {groupes.map(({ groupe, titre, comptes }) => (
        <Table
          key={groupe}
          fixed
          caption={titre}
          headers={["Personne", "Organisation", "Rôle", "Connexion"]}
          data={comptes.map((c) => [
            <>
              <strong>{c.nom}</strong>
              <br />
              <span className={fr.cx("fr-text--sm")}>{c.fonction}</span>
            </>,
            c.organisation,
            c.role,
            <form key={c.email} action={action}>
              <input type="hidden" name="email" value={c.email} />
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <Button type="submit" size="small" priority="secondary" nativeButtonProps={{ "aria-label": `Se connecter en tant que ${c.nom}` }}>
                Se connecter
              </Button>
            </form>,
          ])}
        />
      ))}
    </section>
  );
}
