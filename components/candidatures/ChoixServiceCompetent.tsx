"use client";
// R4 : pour une collectivité sur plusieurs départements, le créateur choisit le service de l'État
// compétent parmi ceux de ses départements ; celui du siège est coché par défaut.
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { ServiceCompetentPropose } from "@/lib/candidatures/services-competents";

type Props = {
  services: ServiceCompetentPropose[];
  valeur: string | null;
  onChange: (id: string) => void;
  erreur?: string;
  /** Par défaut « Service de l'État compétent », avec l'explication du choix. */
  legende?: string;
};

export function libelleDepartementService(s: ServiceCompetentPropose): string {
  return `${s.departement.nom} (${s.departement.code})${s.siege ? ", département du siège" : ""}`;
}

export function ChoixServiceCompetent({ services, valeur, onChange, erreur, legende }: Props) {
  if (services.length < 2) return null;
  return (
    <RadioButtons
      legend={legende ?? "Service de l'État compétent"}
      hintText={legende ? undefined : "La collectivité s'étend sur plusieurs départements : choisissez le service de l'État qui rédige et cosigne la candidature avec elle. Les services des autres départements pourront la consulter."}
      name="serviceEtatId"
      state={erreur ? "error" : "default"}
      stateRelatedMessage={erreur}
      options={services.map((s) => ({
        label: s.nom,
        hintText: libelleDepartementService(s),
        nativeInputProps: { value: s.id, checked: valeur === s.id, onChange: () => onChange(s.id) },
      }))}
    />
  );
}
