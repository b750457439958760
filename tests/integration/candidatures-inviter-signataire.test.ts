// Inviter le signataire de l'autre partie (issue 9, point 4) : une DDT qui crée la candidature d'une
// commune sans compte invite son signataire ; les bornes sont celles des invitations (rôle de
// signataire du type de l'organisation, seulement sans signataire existant, jamais pour la partie
// de l'invitant, jamais hors de portée) ; l'invitation figure dans la chronologie.
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import { checklistCandidature } from "@/lib/candidatures/checklist";
import { inviterSignataire } from "@/lib/candidatures/inviter-signataire";
import { prisma } from "@/lib/db";
import type { Organisation } from "@/lib/generated/prisma/client";
import { acteurDe } from "@/tests/helpers/acteurs";
import { creerCandidature, creerMembre, serviceEtat } from "@/tests/helpers/factories";

/** Une commune de Loire-Atlantique que personne n'a encore rejointe, comme Guérande dans la marche. */
async function communeSansCompte(): Promise<Organisation> {
  const [commune] = await prisma.organisation.findMany({
    where: { type: "commune", codeDepartement: "44", appartenances: { none: {} }, candidaturesPrincipales: { none: {} } },
    orderBy: { population: "asc" },
    skip: Math.floor(Math.random() * 100),
    take: 1,
  });
  return commune!;
}

async function contexte() {
  const commune = await communeSansCompte();
  const ddt = await serviceEtat("44");
  const agent = await acteurDe((await creerMembre(ddt, "agent")).id);
  const candidature = await creerCandidature({ collectivitePrincipale: commune, serviceEtat: ddt, format: "flash", creePar: agent });
  return { commune, ddt, agent, candidature };
}

describe("inviter le signataire de l'autre partie", () => {
  it("l'agent de la DDT invite le signataire d'une commune sans compte : invitation au rôle de signataire, courriel, chronologie", async () => {
    const { commune, agent, candidature } = await contexte();
    const avant = await checklistCandidature(agent, candidature.id);
    expect(avant?.aUnSignataire.collectivite).toBe(false);
    expect(avant?.invitationsPossibles).toContain("collectivite");
    expect(avant?.prochaineEtape.description).toMatch(/n'(a|ont) encore aucun signataire sur la plateforme : invitez-en un\./);

    const r = await executerAction(inviterSignataire, agent, { candidatureId: candidature.id, partie: "collectivite", email: " Maire@Commune.example " });
    expect(r).toMatchObject({ ok: true, data: { email: "maire@commune.example", organisation: commune.nom } });
    const invitation = await prisma.invitation.findFirstOrThrow({ where: { organisationId: commune.id, email: "maire@commune.example" } });
    expect(invitation.role).toBe("signataire");
    expect(await prisma.courriel.count({ where: { destinataire: "maire@commune.example" } })).toBe(1);
    const evenement = await prisma.evenement.findFirstOrThrow({ where: { candidatureId: candidature.id, type: "invitation.envoyee" } });
    expect(evenement.resume).toContain(`pour signer la candidature ${candidature.reference}`);
  });

  it("refuse quand l'autre partie a déjà un signataire, et pour la partie de l'invitant", async () => {
    const { commune, agent, candidature } = await contexte();
    await creerMembre(commune, "signataire");
    const deja = await executerAction(inviterSignataire, agent, { candidatureId: candidature.id, partie: "collectivite", email: "autre@commune.example" });
    expect(deja).toMatchObject({ ok: false, code: "CONFLIT" });
    expect((await checklistCandidature(agent, candidature.id))?.invitationsPossibles).toEqual([]);

    // L'agent n'invite pas pour son propre service : c'est le rôle de ses signataires (page « Membres »).
    const propre = await executerAction(inviterSignataire, agent, { candidatureId: candidature.id, partie: "etat", email: "chef@ddt.example" });
    expect(propre).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    expect(await prisma.invitation.count({ where: { email: { in: ["autre@commune.example", "chef@ddt.example"] } } })).toBe(0);
  });

  it("ne laisse inviter ni un service d'un autre département, ni la DGALN, ni un juré", async () => {
    const { candidature } = await contexte();
    const etrangers = [
      await creerMembre(await serviceEtat("53"), "signataire_etat"),
      await creerMembre(await prisma.organisation.findFirstOrThrow({ where: { type: "dgaln" } }), "administrateur"),
      await creerMembre(await serviceEtat("35"), "agent"),
    ];
    for (const u of etrangers) {
      const r = await executerAction(inviterSignataire, await acteurDe(u.id), { candidatureId: candidature.id, partie: "collectivite", email: "x@commune.example" });
      expect(r.ok).toBe(false);
      expect(r.ok ? null : r.code).toMatch(/^(INTROUVABLE|ACCES_REFUSE)$/);
    }
    expect(await prisma.invitation.count({ where: { email: "x@commune.example" } })).toBe(0);
  });

  it("refuse une adresse invalide avec un message de champ en français", async () => {
    const { agent, candidature } = await contexte();
    const r = await executerAction(inviterSignataire, agent, { candidatureId: candidature.id, partie: "collectivite", email: "pas-une-adresse" });
    expect(r).toMatchObject({ ok: false, code: "INVALIDE" });
    expect(r.ok ? [] : r.fieldErrors?.email).toEqual([expect.stringContaining("adresse électronique valide")]);
  });
});
