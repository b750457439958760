import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PageDemandeExpert } from "@/components/avis/PageDemandeExpert";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { avisServiceEtat, trouverMaDemandeAvis } from "@/lib/avis/queries";
import { rendreAvisAction } from "../actions";

type Parametres = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Une lecture par requête, partagée par le titre et la page.
const demande = cache(async (id: string) => {
  const acteur = await getActeur();
  return acteur ? trouverMaDemandeAvis(acteur, id) : null;
});

export async function generateMetadata({ params }: Parametres): Promise<Metadata> {
  const d = await demande((await params).id);
  return { title: d ? `Avis sur la candidature ${d.candidature.reference}` : "Demande d'avis introuvable" };
}

/** Une demande d'avis adressée à la personne connectée ; toute autre (ou annulée) : introuvable. */
export default async function PageDemandeAvis({ params, searchParams }: Parametres) {
  const { id } = await params;
  const acteur = await requireActeur(`/mes-avis/${id}`);
  const d = await demande(id);
  if (!d) notFound();
  const avisEtat = await avisServiceEtat(acteur, d.candidature.id);
  const annonce = (await searchParams).avis === "ok";
  return <PageDemandeExpert acteur={acteur} demande={d} avisEtat={avisEtat} annonce={annonce} maintenant={new Date()} rendre={rendreAvisAction} />;
}
