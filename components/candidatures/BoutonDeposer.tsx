"use client";

import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import type { ResultatAction } from "@/lib/errors";
import { BoutonConfirme } from "./BoutonConfirme";

type Props = {
  candidatureId: string;
  reference: string;
  hashContenu: string;
  deposer: (entree: unknown) => Promise<ResultatAction<unknown>>;
};

/** Dépôt du contenu affiché (empreinte envoyée), après confirmation : idempotent côté serveur, un seul récépissé. */
export function BoutonDeposer({ candidatureId, reference, hashContenu, deposer }: Props) {
  const router = useRouter();
  return (
    <div className={fr.cx("fr-mb-4w")}>
      <BoutonConfirme
        libelle="Déposer la candidature"
        iconId="fr-icon-send-plane-fill"
        titre={`Déposer la candidature ${reference} auprès de la DGALN ?`}
        libelleConfirmer="Confirmer le dépôt"
        libelleEnCours="Dépôt en cours…"
        executer={() => deposer({ candidatureId, hashContenu })}
        apresSucces={() => {
          router.push(`/candidatures/${candidatureId}?depot=ok`);
          router.refresh();
        }}
      >
        <p>
          Le dépôt transmet le contenu signé par les deux parties et produit le récépissé. Ensuite, la candidature n&apos;est plus
          modifiable, sauf si la DGALN demande des corrections.
        </p>
      </BoutonConfirme>
    </div>
  );
}
