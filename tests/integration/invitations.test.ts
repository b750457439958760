// Acceptation des invitations sur une vraie base : la bonne adresse seulement, avant l'expiration,
// une seule fois — y compris quand dix demandes arrivent en même temps.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { verifierChaine } from "@/lib/audit/journal";
import { prisma } from "@/lib/db";
import type { RoleAppartenance } from "@/lib/generated/prisma/client";
import { MESSAGES_INVITATION } from "@/lib/invitations/etat";
import { empreinteJeton } from "@/lib/invitations/jeton";
import { aUneInvitationEnAttente, lireInvitation } from "@/lib/invitations/queries";
import { accepterInvitation } from "@/lib/organisations/accepter-invitation";
import { inviterMembre } from "@/lib/organisations/inviter-membre";
import { idServiceEtat, idStable } from "@/lib/referentiel/identifiants";
import { acteurDe } from "@/tests/helpers/acteurs";

const ANDOUILLE = idStable("commune:53005");
const DDT_53 = idServiceEtat("53");

async function utilisateur(appartenance?: { organisationId: string; role: RoleAppartenance }): Promise<Acteur> {
  const u = await prisma.utilisateur.create({
    data: {
      email: `personne.${randomUUID().slice(0, 8)}@test.example`,
      prenom: "Dominique",
      nom: "Essai",
      ...(appartenance ? { appartenances: { create: appartenance } } : {}),
    },
  });
  return acteurDe(u.id);
}

/** Invite `email` dans Andouillé (par un signataire neuf) et renvoie le jeton reçu par courriel. */
async function inviter(email: string, role: RoleAppartenance = "membre", organisationId = ANDOUILLE): Promise<string> {
  const invitant = await utilisateur({ organisationId, role: organisationId === ANDOUILLE ? "signataire" : "signataire_etat" });
  const resultat = await executerAction(inviterMembre, invitant, { organisationId, email, role });
  if (!resultat.ok) throw new Error(resultat.message);
  const courriel = await prisma.courriel.findFirstOrThrow({ where: { destinataire: email }, orderBy: { creeLe: "desc" } });
  return /\/invitation\/([A-Za-z0-9_-]{43})/.exec(courriel.texte)![1]!;
}

async function roleDans(acteur: Acteur, organisationId: string) {
  const a = await prisma.appartenance.findUnique({
    where: { utilisateurId_organisationId: { utilisateurId: acteur.id, organisationId } },
    select: { role: true },
  });
  return a?.role ?? null;
}

describe("accepter une invitation", () => {
  it("l'utilisateur connecté avec l'adresse invitée devient membre ; l'invitation est marquée utilisée et journalisée", async () => {
    const invite = await utilisateur();
    const jeton = await inviter(invite.email, "membre");
    expect(await lireInvitation(jeton)).toMatchObject({ etat: "valide", email: invite.email, role: "membre", organisation: { id: ANDOUILLE, nom: "Andouillé" } });
    expect(await aUneInvitationEnAttente(invite.email.toUpperCase())).toBe(true);

    const resultat = await executerAction(accepterInvitation, invite, { jeton });
    expect(resultat).toMatchObject({ ok: true, data: { organisationId: ANDOUILLE, organisationNom: "Andouillé", role: "membre", roleAnterieur: null } });
    expect(await roleDans(invite, ANDOUILLE)).toBe("membre");
    const invitation = await prisma.invitation.findUniqueOrThrow({ where: { jetonHash: empreinteJeton(jeton) } });
    expect(invitation.utiliseeLe).not.toBeNull();
    expect(await lireInvitation(jeton)).toMatchObject({ etat: "utilisee", organisation: { nom: "Andouillé" } });
    expect(await aUneInvitationEnAttente(invite.email)).toBe(false);
    const types = (await prisma.evenement.findMany({ where: { acteurId: invite.id }, orderBy: { id: "asc" } })).map((e) => e.type);
    expect(types).toEqual(["invitation.acceptee", "appartenance.creee"]);
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });

  it("dix acceptations simultanées : une seule appartenance, neuf refus en français", async () => {
    const invite = await utilisateur();
    const jeton = await inviter(invite.email, "signataire");
    const resultats = await Promise.all(Array.from({ length: 10 }, () => executerAction(accepterInvitation, invite, { jeton })));
    expect(resultats.filter((r) => r.ok)).toHaveLength(1);
    const refus = resultats.filter((r) => !r.ok);
    expect(refus).toHaveLength(9);
    for (const r of refus) expect(r).toMatchObject({ code: "ETAT_INCOMPATIBLE", message: MESSAGES_INVITATION.utilisee });
    expect(await prisma.appartenance.count({ where: { utilisateurId: invite.id } })).toBe(1);
    expect(await prisma.evenement.count({ where: { acteurId: invite.id, type: "invitation.acceptee" } })).toBe(1);
  });

  it("refuse une autre adresse que celle invitée, sans consommer l'invitation", async () => {
    const invite = await utilisateur();
    const intrus = await utilisateur();
    const jeton = await inviter(invite.email);
    expect(await executerAction(accepterInvitation, intrus, { jeton })).toEqual({
      ok: false,
      code: "ACCES_REFUSE",
      message: "Cette invitation a été envoyée à une autre adresse électronique. Déconnectez-vous, puis connectez-vous avec l'adresse qui a reçu l'invitation.",
    });
    expect(await roleDans(intrus, ANDOUILLE)).toBeNull();
    expect(await executerAction(accepterInvitation, invite, { jeton })).toMatchObject({ ok: true });
  });

  it("refuse une invitation expirée, inconnue ou mal formée, avec un message en français", async () => {
    const invite = await utilisateur();
    const jeton = await inviter(invite.email);
    await prisma.invitation.update({ where: { jetonHash: empreinteJeton(jeton) }, data: { expireLe: new Date(Date.now() - 1_000) } });
    expect(await executerAction(accepterInvitation, invite, { jeton })).toEqual({ ok: false, code: "ETAT_INCOMPATIBLE", message: MESSAGES_INVITATION.expiree });
    expect(await lireInvitation(jeton)).toMatchObject({ etat: "expiree" });
    expect(await roleDans(invite, ANDOUILLE)).toBeNull();

    const inconnu = "A".repeat(43);
    expect(await executerAction(accepterInvitation, invite, { jeton: inconnu })).toEqual({ ok: false, code: "INTROUVABLE", message: MESSAGES_INVITATION.introuvable });
    expect(await lireInvitation(inconnu)).toEqual({ etat: "introuvable" });
    expect(await lireInvitation("tronque")).toEqual({ etat: "introuvable" });
    expect(await executerAction(accepterInvitation, invite, { jeton: "tronque" })).toMatchObject({
      ok: false, code: "INVALIDE", fieldErrors: { jeton: ["Ce lien d'invitation n'est pas valide : vérifiez qu'il est complet."] },
    });
  });

  it("le lien d'une invitation remplacée ne sert plus ; celui de la nouvelle, si", async () => {
    const invite = await utilisateur();
    const ancien = await inviter(invite.email, "membre");
    const nouveau = await inviter(invite.email, "signataire");
    expect(await executerAction(accepterInvitation, invite, { jeton: ancien })).toMatchObject({ ok: false, message: MESSAGES_INVITATION.expiree });
    expect(await executerAction(accepterInvitation, invite, { jeton: nouveau })).toMatchObject({ ok: true, data: { role: "signataire" } });
  });

  it("une invitation fait monter un membre déjà présent, jamais descendre", async () => {
    const agent = await utilisateur({ organisationId: DDT_53, role: "agent" });
    const directrice = await utilisateur({ organisationId: DDT_53, role: "signataire_etat" });
    // Invitations émises avant que ces personnes ne soient membres (sinon l'invitation est refusée).
    await prisma.appartenance.deleteMany({ where: { utilisateurId: { in: [agent.id, directrice.id] } } });
    const promotion = await inviter(agent.email, "signataire_etat", DDT_53);
    const sansEffet = await inviter(directrice.email, "agent", DDT_53);
    await prisma.appartenance.createMany({
      data: [
        { utilisateurId: agent.id, organisationId: DDT_53, role: "agent" },
        { utilisateurId: directrice.id, organisationId: DDT_53, role: "signataire_etat" },
      ],
    });

    expect(await executerAction(accepterInvitation, agent, { jeton: promotion })).toMatchObject({ ok: true, data: { role: "signataire_etat", roleAnterieur: "agent" } });
    expect(await roleDans(agent, DDT_53)).toBe("signataire_etat");
    const evenement = await prisma.evenement.findFirstOrThrow({ where: { acteurId: agent.id, type: "appartenance.role_modifie" } });
    expect(evenement.donnees).toMatchObject({ ancienRole: "agent", nouveauRole: "signataire_etat" });

    expect(await executerAction(accepterInvitation, directrice, { jeton: sansEffet })).toMatchObject({ ok: true, data: { role: "signataire_etat", roleAnterieur: "signataire_etat" } });
    expect(await roleDans(directrice, DDT_53)).toBe("signataire_etat");
    expect(await prisma.evenement.count({ where: { acteurId: directrice.id, type: { startsWith: "appartenance." } } })).toBe(0);
  });

  it("sans session, l'acceptation est refusée avant toute lecture", async () => {
    const invite = await utilisateur();
    const jeton = await inviter(invite.email);
    expect(await executerAction(accepterInvitation, null, { jeton })).toMatchObject({ ok: false, code: "NON_AUTHENTIFIE" });
    expect(await lireInvitation(jeton)).toMatchObject({ etat: "valide" });
  });
});
