"use client";

// Les gestes du pilote et des co-pilotes sur une phase : démarrer, soumettre, valider (commentaire
// facultatif), renvoyer (commentaire obligatoire). Chaque geste passe par une confirmation en ligne ;
// la version et l'empreinte lues sont envoyées, le serveur répond CONFLIT si la phase a changé.
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { ConfirmationEnLigne } from "@/components/candidatures/ConfirmationEnLigne";
import { MessageStatut } from "./MessageStatut";
import type { Offre } from "@/lib/ateliers/phases/prochaine-etape";
import { FORMES_PARTIE_COURTES } from "@/lib/candidatures/regles/libelles";
import type { ResultatAction } from "@/lib/errors";

type Action = (entree: unknown) => Promise<ResultatAction<unknown>>;
export type ActionsServeurPhase = { demarrer: Action; soumettre: Action; valider: Action; renvoyer: Action };
type Geste = "demarrer" | "soumettre" | "valider" | "renvoyer";

type Props = {
  phaseId: string;
  /** « d'appropriation » */
  dePhase: string;
  version: number;
  empreinte: string;
  offres: Offre[];
  actions: ActionsServeurPhase;
};

type Retour = { ok: true; message: string } | { ok: false; message: string; champ: string | null };

function texteConfirmation(geste: Geste, dePhase: string, offre: Offre): { titre: string; texte: string; bouton: string; enCours: string } {
  const partie = offre.partie ? FORMES_PARTIE_COURTES[offre.partie].nom : "";
  switch (geste) {
    case "demarrer":
      return { titre: `Démarrer la phase ${dePhase} ?`, texte: "Le début réel de la phase sera la date du jour ; les co-pilotes sont prévenus.", bouton: "Démarrer la phase", enCours: "Démarrage…" };
    case "soumettre":
      return { titre: `Soumettre la phase ${dePhase} à validation ?`, texte: "Les deux co-pilotes valideront les livrables tels qu'ils sont maintenant.", bouton: "Soumettre à validation", enCours: "Envoi…" };
    case "valider":
      return { titre: `Valider la phase ${dePhase} pour ${partie} ?`, texte: "Votre validation porte sur les livrables affichés ; un nouveau livrable l'annulerait.", bouton: "Valider la phase", enCours: "Validation…" };
    case "renvoyer":
      return { titre: `Renvoyer la phase ${dePhase} au pilote ?`, texte: "Les validations déjà données seront annulées ; votre commentaire est transmis au pilote et à l'autre co-pilote.", bouton: "Renvoyer la phase", enCours: "Renvoi…" };
  }
}

function messageSucces(geste: Geste, dePhase: string, data: unknown): string {
  switch (geste) {
    case "demarrer":
      return `La phase ${dePhase} est démarrée.`;
    case "soumettre":
      return `La phase ${dePhase} est soumise à validation : les deux co-pilotes sont prévenus.`;
    case "valider":
      return (data as { statut?: string } | null)?.statut === "validee"
        ? `La phase ${dePhase} est validée par les deux co-pilotes.`
        : "Votre validation est enregistrée ; la phase attend celle de l'autre co-pilote.";
    case "renvoyer":
      return `La phase ${dePhase} est renvoyée au pilote avec votre commentaire.`;
  }
}

export function ActionsPhase({ phaseId, dePhase, version, empreinte, offres, actions }: Props) {
  const id = useId();
  const router = useRouter();
  const [ouverte, setOuverte] = useState<Geste | null>(null);
  const [commentaire, setCommentaire] = useState("");
  const [retour, setRetour] = useState<Retour | null>(null);
  const [enCours, lancer] = useTransition();
  const boutons = useRef<Partial<Record<Geste, HTMLButtonElement | null>>>({});
  const gestes = offres.filter((o): o is Offre & { geste: Geste } => o.geste !== "deposer");
  const offreOuverte = gestes.find((o) => o.geste === ouverte);

  function confirmer(offre: Offre & { geste: Geste }) {
    const entree = {
      demarrer: { phaseId, versionLue: version },
      soumettre: { phaseId, versionLue: version, empreinteLue: empreinte },
      valider: { phaseId, partie: offre.partie, empreinteLue: empreinte, commentaire },
      renvoyer: { phaseId, partie: offre.partie, empreinteLue: empreinte, commentaire },
    }[offre.geste];
    lancer(async () => {
      const r = await actions[offre.geste](entree);
      if (r.ok) {
        setRetour({ ok: true, message: messageSucces(offre.geste, dePhase, r.data) });
        setOuverte(null);
        setCommentaire("");
        router.refresh();
      } else {
        // La saisie reste : l'utilisateur corrige, ou relit la page après un CONFLIT.
        setRetour({ ok: false, message: r.message, champ: r.fieldErrors?.commentaire?.[0] ?? null });
      }
    });
  }

  if (gestes.length === 0 && !retour) return null;
  const t = offreOuverte ? texteConfirmation(offreOuverte.geste, dePhase, offreOuverte) : null;
  return (
    <div className={fr.cx("fr-mb-3w")}>
      <MessageStatut message={retour?.ok ? retour.message : null} />
      {retour && !retour.ok && <Alert small severity="error" description={retour.message} className={fr.cx("fr-mb-2w")} />}
      {offreOuverte && t ? (
        <ConfirmationEnLigne
          titre={t.titre}
          libelleConfirmer={t.bouton}
          libelleEnCours={t.enCours}
          iconId={offreOuverte.geste === "renvoyer" ? "fr-icon-arrow-go-back-line" : "fr-icon-check-line"}
          enCours={enCours}
          onConfirmer={() => confirmer(offreOuverte)}
          onAnnuler={() => {
            const geste = offreOuverte.geste;
            setOuverte(null);
            setRetour(null);
            requestAnimationFrame(() => boutons.current[geste]?.focus());
          }}
        >
          <p>{t.texte}</p>
          {(offreOuverte.geste === "valider" || offreOuverte.geste === "renvoyer") && (
            <Input
              textArea
              label={offreOuverte.commentaireRequis ? "Ce qu'il faut reprendre" : "Commentaire (facultatif)"}
              hintText={offreOuverte.commentaireRequis ? "Obligatoire : le pilote et l'autre co-pilote le liront." : undefined}
              state={retour && !retour.ok && retour.champ ? "error" : "default"}
              stateRelatedMessage={retour && !retour.ok ? (retour.champ ?? undefined) : undefined}
              nativeTextAreaProps={{ value: commentaire, onChange: (e) => setCommentaire(e.target.value), rows: 3, maxLength: 5000, required: offreOuverte.commentaireRequis }}
            />
          )}
        </ConfirmationEnLigne>
      ) : (
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left")}>
          {gestes.map((o) => (
            <li key={o.geste}>
              <Button
                ref={(b) => {
                  boutons.current[o.geste] = b;
                }}
                type="button"
                priority={o.geste === "renvoyer" ? "secondary" : "primary"}
                iconId={o.geste === "renvoyer" ? "fr-icon-arrow-go-back-line" : "fr-icon-check-line"}
                disabled={o.raison !== null}
                nativeButtonProps={o.raison ? { "aria-describedby": `${id}-${o.geste}-raison` } : undefined}
                onClick={() => {
                  setRetour(null);
                  setOuverte(o.geste);
                }}
              >
                {o.libelle}
              </Button>
              {o.raison && (
                <p id={`${id}-${o.geste}-raison`} className={fr.cx("fr-text--sm", "fr-mb-2w", "fr-hint-text")}>
                  {o.raison}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
