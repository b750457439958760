"use client";

// À côté d'un livrable : le badge « Publié » (lu de tous les lecteurs de la fiche) et, pour la
// DGALN seule, le geste « Rendre publiable » / « Retirer de la publication », après confirmation
// (décision 036). Le serveur refuse tout autre acteur et tout livrable non final ; deux clics
// simultanés donnent un seul effet, le second lit un message clair.
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ConfirmationEnLigne } from "@/components/candidatures/ConfirmationEnLigne";
import type { ResultatAction } from "@/lib/errors";
import { MessageStatut } from "./MessageStatut";

export type ActionPublication = (entree: unknown) => Promise<ResultatAction<unknown>>;

type Props = {
  livrableId: string;
  titre: string;
  publiable: boolean;
  peutPublier: boolean;
  publier?: ActionPublication;
};

/** Badge « Publié » : le livrable paraît sur la page publique « Ateliers réalisés ». */
export function BadgePublie() {
  return (
    <Badge as="span" small severity="success">
      Publié
    </Badge>
  );
}

export function PublicationLivrable({ livrableId, titre, publiable, peutPublier, publier }: Props) {
  const router = useRouter();
  const [ouverte, setOuverte] = useState(false);
  const [retour, setRetour] = useState<{ ok: boolean; message: string } | null>(null);
  const [enCours, lancer] = useTransition();
  const bouton = useRef<HTMLButtonElement>(null);
  const geste = !peutPublier || !publier ? null : publiable ? "retirer" : "publier";

  function confirmer() {
    if (!publier) return;
    lancer(async () => {
      const r = await publier({ livrableId, publiable: !publiable });
      if (r.ok) {
        setRetour({
          ok: true,
          message: publiable
            ? `« ${titre} » est retiré de la publication : il ne paraît plus sur la page publique des ateliers réalisés.`
            : `« ${titre} » est publié : il paraît sur la page publique des ateliers réalisés.`,
        });
        setOuverte(false);
        router.refresh();
      } else {
        setRetour({ ok: false, message: r.message });
        setOuverte(false);
      }
    });
  }

  return (
    <>
      {publiable && (
        <>
          {" "}
          <BadgePublie />
        </>
      )}
      {geste && (
        <div className={fr.cx("fr-mt-1w", "fr-mb-2w")}>
          <MessageStatut message={retour?.ok ? retour.message : null} />
          {retour && !retour.ok && <Alert small severity="error" description={retour.message} className={fr.cx("fr-mb-2w")} />}
          {ouverte ? (
            <ConfirmationEnLigne
              titre={geste === "publier" ? `Publier « ${titre} » ?` : `Retirer « ${titre} » de la publication ?`}
              libelleConfirmer={geste === "publier" ? "Rendre publiable" : "Retirer de la publication"}
              libelleEnCours={geste === "publier" ? "Publication…" : "Retrait…"}
              iconId={geste === "publier" ? "fr-icon-global-line" : "fr-icon-close-line"}
              enCours={enCours}
              onConfirmer={confirmer}
              onAnnuler={() => {
                setOuverte(false);
                requestAnimationFrame(() => bouton.current?.focus());
              }}
            >
              <p>
                {geste === "publier"
                  ? "Le fichier sera téléchargeable par tous, sans connexion, sur la page publique « Ateliers réalisés »."
                  : "Le fichier ne sera plus proposé sur la page publique « Ateliers réalisés »."}
              </p>
            </ConfirmationEnLigne>
          ) : (
            <Button
              ref={bouton}
              type="button"
              size="small"
              priority="secondary"
              iconId={geste === "publier" ? "fr-icon-global-line" : "fr-icon-close-line"}
              onClick={() => {
                setRetour(null);
                setOuverte(true);
              }}
            >
              {geste === "publier" ? "Rendre publiable" : "Retirer de la publication"}
            </Button>
          )}
        </div>
      )}
    </>
  );
}
