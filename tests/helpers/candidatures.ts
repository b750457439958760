// Candidatures prêtes pour les cas d'usage : les lignes viennent des fabriques, puis l'empreinte du
// contenu, les signatures et le dépôt viennent des vrais cas d'usage (jamais recalculés ici), si
// bien qu'une candidature « prête » l'est au sens des règles de l'application.
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { deposerCandidature } from "@/lib/candidatures/deposer-candidature";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { piecesRequises } from "@/lib/candidatures/pieces-requises";
import { signerCandidature } from "@/lib/candidatures/signer-candidature";
import { prisma } from "@/lib/db";
import type { ResultatAction } from "@/lib/errors";
import type { Organisation, RoleAppartenance } from "@/lib/generated/prisma/client";
import { empreinteJeton, expirationInvitation, nouveauJeton } from "@/lib/invitations/jeton";
import * as f from "./factories";

type Ref = { id: string };

/** Les données d'une action réussie ; une action refusée fait échouer la préparation avec son code. */
export function donnees<T>(resultat: ResultatAction<T>): T {
  if (!resultat.ok) throw new Error(`Action refusée pendant la préparation : ${resultat.code} — ${resultat.message}`);
  return resultat.data;
}

export type CandidaturePrete = Awaited<ReturnType<typeof f.creerCandidature>> & {
  session: Awaited<ReturnType<typeof f.creerSession>>;
  version: number;
  hashContenu: string;
};

/**
 * Une candidature nationale complète, seule dans sa session ouverte (R7 ne la confond avec aucune
 * autre) : la commune principale pour périmètre, pièces exigées jointes, calendrier enregistré par le rédacteur avec le vrai cas d'usage,
 * qui calcule l'empreinte. Elle peut être signée par les deux parties.
 */
export async function candidaturePrete(options: { principale: Organisation; porteuses?: Ref[]; redacteur: Acteur }): Promise<CandidaturePrete> {
  const session = await f.creerSession({ statut: "ouverte" });
  const c = await f.creerCandidature({ collectivitePrincipale: options.principale, porteuses: options.porteuses, session, format: "national" });
  // Le périmètre initial, comme à la création : la commune principale.
  const { codeInsee } = options.principale;
  if (!codeInsee) throw new Error("candidaturePrete : la collectivité principale doit être une commune.");
  await prisma.perimetreCommune.create({ data: { candidatureId: c.id, codeInsee } });
  for (const type of piecesRequises("national", session)) await f.creerPiece({ candidature: c, type });
  const modifiee = donnees(
    await executerAction(modifierCandidature, options.redacteur, {
      candidatureId: c.id,
      version: c.version,
      section: "calendrier",
      debutPrevu: "2027-03-01",
      dureeMois: 18,
    }),
  );
  return { ...c, session, version: modifiee.version, hashContenu: modifiee.hashContenu! };
}

/** Une candidature prête, signée par les deux parties avec le vrai cas d'usage (statut « signée »). */
export async function candidatureSignee(options: {
  principale: Organisation;
  porteuses?: Ref[];
  redacteur: Acteur;
  signataireCollectivite: Acteur;
  signataireEtat: Acteur;
}): Promise<CandidaturePrete> {
  const c = await candidaturePrete(options);
  const { hashContenu } = c;
  donnees(await executerAction(signerCandidature, options.signataireCollectivite, { candidatureId: c.id, partie: "collectivite", hashContenu }));
  const etat = donnees(
    await executerAction(signerCandidature, options.signataireEtat, { candidatureId: c.id, partie: "etat", hashContenu, avis: "favorable" }),
  );
  if (etat.statut !== "signee") throw new Error(`Candidature non signée après les deux signatures : ${etat.statut}`);
  return c;
}

/** Une candidature signée puis déposée par le signataire du service compétent (récépissé compris). */
export async function candidatureDeposee(options: Parameters<typeof candidatureSignee>[0]): Promise<CandidaturePrete> {
  const c = await candidatureSignee(options);
  donnees(await executerAction(deposerCandidature, options.signataireEtat, { candidatureId: c.id, hashContenu: c.hashContenu }));
  return c;
}

/** Le juré siège au jury de la session de la candidature et lui est affecté. */
export async function affecterJure(jure: Ref, candidature: { id: string; session: Ref }) {
  const { membreJury } = await f.ajouterJure(candidature.session, jure);
  return f.affecter(membreJury, candidature);
}

/** Une invitation en attente, et le jeton que son courriel aurait porté. */
export async function creerInvitation(options: { organisation: Ref; invitant: Ref; role: RoleAppartenance; email?: string }) {
  const jeton = nouveauJeton();
  const invitation = await prisma.invitation.create({
    data: {
      organisationId: options.organisation.id,
      email: options.email ?? `${f.unique("invite")}@test.example`,
      role: options.role,
      jetonHash: empreinteJeton(jeton),
      expireLe: expirationInvitation(),
      invitantId: options.invitant.id,
    },
  });
  return { invitation, jeton };
}

/** Le contenu d'un PDF minimal, unique (son empreinte diffère d'un appel à l'autre). */
export function pdf(texte = "pièce de test"): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(`%PDF-1.7\n% ${texte} ${f.unique("pdf")}\n%%EOF\n`));
}
