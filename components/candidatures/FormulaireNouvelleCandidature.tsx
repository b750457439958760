"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { ResultatAction } from "@/lib/errors";
import type { FormatAtelier } from "@/lib/generated/prisma/enums";
import type { ServiceCompetentPropose } from "@/lib/candidatures/services-competents";
import { ChoixCollectivite, type Collectivite } from "./ChoixCollectivite";
import { ChoixServiceCompetent } from "./ChoixServiceCompetent";
import { FORMATS } from "./libelles";
import { texteAteliersInSitu, texteBornesDuree } from "@/lib/candidatures/regles/formats";

export type SessionProposee = { id: string; theme: string; cloture: string };
type Similaire = { id: string; reference: string; titre: string; statut: string };

type Props = {
  collectivitesPropres: Collectivite[];
  rechercheEtat: boolean;
  sessions: SessionProposee[];
  creer: (entree: unknown) => Promise<ResultatAction<{ candidatureId: string }>>;
  rechercher: (texte: string) => Promise<Collectivite[] | null>;
  similaires: (entree: { collectiviteId: string; format: FormatAtelier; sessionId: string | null }) => Promise<Similaire[] | null>;
  servicesCompetents: (collectiviteId: string) => Promise<ServiceCompetentPropose[] | null>;
};

const EXPLICATIONS: Record<FormatAtelier, string> = {
  flash:
    `Un accompagnement court, de ${texteBornesDuree("flash")}, sur un site très local (commune, quartier, îlot, jusqu'à l'intercommunalité) : une esquisse de plan-guide et une feuille de route. Candidature au fil de l'eau.`,
  local:
    `Un accompagnement de ${texteBornesDuree("local")} à l'échelle d'un grand territoire, au moins celle d'un EPCI, avec ${texteAteliersInSitu("local")}, pour aboutir à une note de cadrage, un plan-guide et une feuille de route. Candidature au fil de l'eau, éligibilité vérifiée par la DGALN.`,
  national:
    `Un accompagnement de ${texteBornesDuree("national")} sur un grand territoire, dans le cadre d'un appel à manifestation d'intérêt national sur un thème : possible seulement pendant qu'une session est ouverte, avant sa date de clôture.`,
};

const MESSAGE_SESSION_EXPIREE = "Votre session a expiré : reconnectez-vous (le lien s'ouvre dans un nouvel onglet), puis réessayez. Vos choix sont conservés.";

export function FormulaireNouvelleCandidature({ collectivitesPropres, rechercheEtat, sessions, creer, rechercher, similaires, servicesCompetents }: Props) {
  const router = useRouter();
  const [format, setFormat] = useState<FormatAtelier | null>(null);
  const [sessionId, setSessionId] = useState<string>(sessions[0]?.id ?? "");
  const [collectivite, setCollectivite] = useState<Collectivite | null>(collectivitesPropres.length === 1 && !rechercheEtat ? collectivitesPropres[0]! : null);
  // Résultat R7 rattaché à la combinaison vérifiée : un changement de choix le rend caduc.
  const [verifiees, setVerifiees] = useState<{ cle: string; lignes: Similaire[] } | null>(null);
  const [erreur, setErreur] = useState<{ message: string; connexion: boolean } | null>(null);
  const [enCours, demarrer] = useTransition();
  const session = format === "national" ? sessionId || null : null;
  const cle = `${format}|${collectivite?.id}|${session}`;
  const existantes = verifiees?.cle === cle ? verifiees.lignes : null;
  // R4 : services proposés pour la collectivité choisie, et celui retenu (le siège par défaut).
  const [services, setServices] = useState<{ collectiviteId: string; liste: ServiceCompetentPropose[] } | null>(null);
  const [serviceChoisi, setServiceChoisi] = useState<{ collectiviteId: string; id: string } | null>(null);
  const servicesProposes = services && services.collectiviteId === collectivite?.id ? services.liste : [];
  const serviceEtatId = serviceChoisi && serviceChoisi.collectiviteId === collectivite?.id ? serviceChoisi.id : (servicesProposes[0]?.id ?? null);
  const [erreurService, setErreurService] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!collectivite) return;
    let actuel = true;
    servicesCompetents(collectivite.id).then((r) => {
      if (actuel && r) setServices({ collectiviteId: collectivite.id, liste: r });
    });
    return () => {
      actuel = false;
    };
  }, [collectivite, servicesCompetents]);

  useEffect(() => {
    if (!format || !collectivite) return;
    let actuel = true;
    similaires({ collectiviteId: collectivite.id, format, sessionId: session }).then((r) => {
      if (!actuel) return;
      if (r === null) setErreur({ message: MESSAGE_SESSION_EXPIREE, connexion: true });
      else setVerifiees({ cle: `${format}|${collectivite.id}|${session}`, lignes: r });
    });
    return () => {
      actuel = false;
    };
  }, [format, collectivite, session, similaires]);

  function soumettre() {
    if (!format || !collectivite) return;
    setErreur(null);
    demarrer(async () => {
      const r = await creer({ collectiviteId: collectivite.id, format, sessionId: session, serviceEtatId: servicesProposes.length > 1 ? serviceEtatId : null });
      if (r.ok) return router.push(`/candidatures/${r.data.candidatureId}`);
      setErreurService(r.fieldErrors?.serviceEtatId?.[0]);
      setErreur({ message: r.code === "NON_AUTHENTIFIE" ? MESSAGE_SESSION_EXPIREE : r.message, connexion: r.code === "NON_AUTHENTIFIE" });
    });
  }

  const pret = format !== null && collectivite !== null && existantes !== null && existantes.length === 0 && (format !== "national" || !!sessionId);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        soumettre();
      }}
    >
      <RadioButtons
        legend="Format de l'atelier"
        name="format"
        options={(["flash", "local", "national"] as const).map((f) => ({
          label: FORMATS[f],
          hintText: f === "national" && sessions.length === 0 ? `${EXPLICATIONS[f]} Aucune session n'est ouverte en ce moment.` : EXPLICATIONS[f],
          nativeInputProps: { value: f, checked: format === f, onChange: () => setFormat(f), disabled: f === "national" && sessions.length === 0 },
        }))}
      />
      {format === "national" && sessions.length > 0 && (
        <Select label="Session nationale ouverte" nativeSelectProps={{ value: sessionId, onChange: (e) => setSessionId(e.target.value) }}>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.theme} — clôture le {s.cloture}
            </option>
          ))}
        </Select>
      )}
      <ChoixCollectivite propres={collectivitesPropres} rechercheEtat={rechercheEtat} valeur={collectivite} onChange={setCollectivite} rechercher={rechercher} />
      {collectivite && (
        <ChoixServiceCompetent
          services={servicesProposes}
          valeur={serviceEtatId}
          erreur={erreurService}
          onChange={(id) => {
            setErreurService(undefined);
            setServiceChoisi({ collectiviteId: collectivite.id, id });
          }}
        />
      )}
      {existantes && existantes.length > 0 && (
        <Alert
          severity="warning"
          className={fr.cx("fr-mb-3w")}
          title="Une candidature est déjà en cours pour cette collectivité et ce format"
          description={
            <>
              <p>Reprenez-la plutôt que d&apos;en commencer une seconde (une seule candidature active par collectivité et par format) :</p>
              <ul>
                {existantes.map((c) => (
                  <li key={c.id}>
                    <Link href={`/candidatures/${c.id}`}>
                      {c.reference} — {c.titre}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          }
        />
      )}
      {erreur && (
        <Alert
          severity="error"
          className={fr.cx("fr-mb-3w")}
          title="La candidature n'a pas été créée"
          description={
            <>
              {erreur.message}
              {erreur.connexion && (
                <>
                  {" "}
                  <a href="/connexion" target="_blank" rel="noopener">
                    Se connecter (nouvel onglet)
                  </a>
                </>
              )}
            </>
          }
        />
      )}
      <Button type="submit" disabled={!pret || enCours} iconId="fr-icon-check-line" iconPosition="left">
        {enCours ? "Création en cours…" : "Créer la candidature"}
      </Button>
    </form>
  );
}
