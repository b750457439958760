import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import type { ActionServeur } from "@/components/organisations/types";
import type { VueEnregistree } from "@/lib/instruction/vues";
import { CHEMIN_INSTRUCTION } from "./adresses";
import { SupprimerVue } from "./SupprimerVue";

export type Raccourci = { nom: string; parametres: string; description: string };

/** Raccourcis proposés à chacun (des liens, pas des vues enregistrées), selon ce qu'il a à faire. */
export function raccourcisPour(instruit: boolean): Raccourci[] {
  return instruit
    ? [
        { nom: "Recevabilités à faire", parametres: "statut=deposee&tri=deposeeLe&sens=asc", description: "déposées, les plus anciennes d'abord" },
        { nom: "Corrections en retard", parametres: "enRetard=1", description: "échéance des corrections dépassée" },
      ]
    : [
        { nom: "À co-signer", parametres: "signaturesIncompletes=1&tri=modifieLe", description: "une signature manque encore" },
        { nom: "À déposer", parametres: "statut=signee", description: "signées par les deux parties" },
      ];
}

const lien = (parametres: string) => (parametres ? `${CHEMIN_INSTRUCTION}?${parametres}` : CHEMIN_INSTRUCTION);

export function VuesInstruction({
  raccourcis,
  vues,
  supprimer,
}: {
  raccourcis: Raccourci[];
  vues: VueEnregistree[];
  supprimer: ActionServeur<unknown>;
}) {
  return (
    <section aria-labelledby="titre-vues" className={fr.cx("fr-mb-3w")}>
      <h2 id="titre-vues" className={fr.cx("fr-h5", "fr-mb-1w")}>
        Raccourcis et vues enregistrées
      </h2>
      <ul className={fr.cx("fr-mb-2w")}>
        {raccourcis.map((r) => (
          <li key={r.nom}>
            <Link href={lien(r.parametres)}>{r.nom}</Link> <span className={fr.cx("fr-text--sm")}>— {r.description}</span>
          </li>
        ))}
        {vues.map((v) => (
          <li key={v.id}>
            <Link href={lien(v.parametres)}>{v.nom}</Link> <SupprimerVue vueId={v.id} nom={v.nom} action={supprimer} />
          </li>
        ))}
      </ul>
      {vues.length === 0 && (
        <p className={fr.cx("fr-text--sm")}>
          Vous n&apos;avez pas encore de vue enregistrée : choisissez vos filtres, puis « Enregistrer cette vue » sous les résultats pour
          les retrouver d&apos;un clic.
        </p>
      )}
    </section>
  );
}
