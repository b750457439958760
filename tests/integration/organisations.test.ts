// Organisations et membres sur une vraie base (référentiel importé, sans démonstration) : qui peut
// inviter qui, avec quel rôle ; changements de rôle et retraits audités ; dernier administrateur de
// la DGALN protégé ; liste paginée et recherche de l'administration.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { verifierChaine } from "@/lib/audit/journal";
import { prisma } from "@/lib/db";
import type { RoleAppartenance } from "@/lib/generated/prisma/client";
import { empreinteJeton, LIMITE_INVITATIONS } from "@/lib/invitations/jeton";
import { fenetreCourante } from "@/lib/limites/fenetre";
import { etatInvitation } from "@/lib/invitations/etat";
import { MESSAGE_GESTION_REFUSEE } from "@/lib/organisations/acces";
import { inviterMembre } from "@/lib/organisations/inviter-membre";
import { MESSAGE_NOM_REFERENTIEL, modifierOrganisation } from "@/lib/organisations/modifier-organisation";
import { MESSAGE_PROPRE_ROLE, modifierRole } from "@/lib/organisations/modifier-role";
import { retirerMembre } from "@/lib/organisations/retirer-membre";
import { detailOrganisation, listerOrganisations, trouverDetailOrganisation } from "@/lib/organisations/queries";
import { idDgaln, idServiceEtat, idStable } from "@/lib/referentiel/identifiants";
import { acteurDe } from "@/tests/helpers/acteurs";

const ANDOUILLE = idStable("commune:53005");
const LAVAL = idStable("commune:53130");
const DDT_53 = idServiceEtat("53");
const DGALN = idDgaln();

/** Un utilisateur neuf (adresse unique) membre d'une organisation avec ce rôle. */
async function membre(organisationId: string, role: RoleAppartenance, options: { actif?: boolean } = {}): Promise<Acteur> {
  const u = await prisma.utilisateur.create({
    data: {
      email: `${role}.${randomUUID().slice(0, 8)}@test.example`,
      prenom: "Camille",
      nom: `Test-${role}`,
      actif: options.actif ?? true,
      appartenances: { create: { organisationId, role } },
    },
  });
  return options.actif === false ? { id: u.id, email: u.email, prenom: u.prenom, nom: u.nom, appartenances: [], jury: [], expert: false } : acteurDe(u.id);
}

function adresse(): string {
  return `invite.${randomUUID().slice(0, 8)}@test.example`;
}

async function appartenanceDe(acteur: Acteur, organisationId: string) {
  return prisma.appartenance.findUniqueOrThrow({
    where: { utilisateurId_organisationId: { utilisateurId: acteur.id, organisationId } },
  });
}

/** Le jeton tel que le reçoit l'invité : dans le lien du dernier courriel qui lui a été adressé. */
async function jetonRecu(email: string): Promise<string> {
  const courriel = await prisma.courriel.findFirstOrThrow({ where: { destinataire: email }, orderBy: { creeLe: "desc" } });
  const jeton = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(courriel.texte)?.[1];
  if (!jeton) throw new Error(`Pas de lien d'invitation dans le courriel : ${courriel.texte}`);
  return jeton;
}

describe("inviter un membre", () => {
  it("un signataire de commune invite un membre : invitation de 7 jours, jeton haché, courriel en français, événement d'audit", async () => {
    const maire = await membre(ANDOUILLE, "signataire");
    const email = adresse();
    const avant = Date.now();
    const resultat = await executerAction(inviterMembre, maire, { organisationId: ANDOUILLE, email: `  ${email.toUpperCase()} `, role: "membre" });
    expect(resultat).toMatchObject({ ok: true, data: { email, remplacees: 0, courrielEnvoye: true } });

    const jeton = await jetonRecu(email);
    const invitation = await prisma.invitation.findFirstOrThrow({ where: { organisationId: ANDOUILLE, email } });
    expect(invitation.jetonHash).toBe(empreinteJeton(jeton));
    expect(invitation.jetonHash).not.toContain(jeton);
    expect(invitation).toMatchObject({ role: "membre", utiliseeLe: null, invitantId: maire.id });
    const septJours = 7 * 86_400_000;
    expect(invitation.expireLe.getTime()).toBeGreaterThanOrEqual(avant + septJours - 1_000);
    expect(invitation.expireLe.getTime()).toBeLessThanOrEqual(Date.now() + septJours);

    const courriel = await prisma.courriel.findFirstOrThrow({ where: { destinataire: email } });
    expect(courriel.sujet).toBe("Invitation à rejoindre Andouillé sur Ateliers des territoires");
    expect(courriel.texte).toContain("Camille Test-signataire");
    expect(courriel.texte).toContain("Votre rôle : Membre, pour préparer et suivre les candidatures de la collectivité.");
    expect(courriel.texte).toContain("valable 7 jours");
    expect(courriel.html).toContain(`/invitation/${jeton}`);

    const evenement = await prisma.evenement.findFirstOrThrow({ where: { type: "invitation.envoyee", entiteId: ANDOUILLE, acteurId: maire.id } });
    expect(evenement.donnees).toMatchObject({ email, role: "membre", invitationId: invitation.id });
  });

  it("un signataire de commune peut attribuer membre et signataire, jamais un rôle de l'État ou de la DGALN", async () => {
    const maire = await membre(ANDOUILLE, "signataire");
    for (const role of ["membre", "signataire"] as const) {
      expect((await executerAction(inviterMembre, maire, { organisationId: ANDOUILLE, email: adresse(), role })).ok).toBe(true);
    }
    for (const role of ["agent", "signataire_etat", "referent", "administrateur"] as const) {
      const refus = await executerAction(inviterMembre, maire, { organisationId: ANDOUILLE, email: adresse(), role });
      expect(refus).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
      expect(refus.ok === false && refus.message).toMatch(/^Vous ne pouvez pas attribuer le rôle « .+ » dans Andouillé\. Rôles possibles : « Membre », « Signataire »\.$/);
      expect(refus.ok === false && refus.fieldErrors?.role).toHaveLength(1);
    }
  });

  it("un signataire de commune ne peut pas inviter dans une autre commune (qu'il ne voit pas)", async () => {
    const maire = await membre(ANDOUILLE, "signataire");
    const refus = await executerAction(inviterMembre, maire, { organisationId: LAVAL, email: adresse(), role: "membre" });
    expect(refus).toMatchObject({ ok: false, code: "INTROUVABLE", message: "Cet élément n'existe pas ou vous n'y avez pas accès." });
  });

  it("un simple membre ne peut pas inviter, même dans sa commune", async () => {
    const secretaire = await membre(ANDOUILLE, "membre");
    const email = adresse();
    const refus = await executerAction(inviterMembre, secretaire, { organisationId: ANDOUILLE, email, role: "membre" });
    expect(refus).toMatchObject({ ok: false, code: "ACCES_REFUSE", message: MESSAGE_GESTION_REFUSEE });
    expect(await prisma.invitation.count({ where: { email } })).toBe(0);
    expect(await prisma.courriel.count({ where: { destinataire: email } })).toBe(0);
  });

  it("un signataire de la DDT invite un agent dans son service, mais pas dans une collectivité", async () => {
    const directrice = await membre(DDT_53, "signataire_etat");
    expect(await executerAction(inviterMembre, directrice, { organisationId: DDT_53, email: adresse(), role: "agent" })).toMatchObject({ ok: true });
    expect(await executerAction(inviterMembre, directrice, { organisationId: DDT_53, email: adresse(), role: "membre" })).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    expect(await executerAction(inviterMembre, directrice, { organisationId: ANDOUILLE, email: adresse(), role: "membre" })).toMatchObject({ ok: false, code: "INTROUVABLE" });
    const agent = await membre(DDT_53, "agent");
    expect(await executerAction(inviterMembre, agent, { organisationId: DDT_53, email: adresse(), role: "agent" })).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
  });

  it("un administrateur de la DGALN invite dans toute organisation, avec les rôles de son type ; un référent ne peut pas", async () => {
    const admin = await membre(DGALN, "administrateur");
    expect(await executerAction(inviterMembre, admin, { organisationId: ANDOUILLE, email: adresse(), role: "signataire" })).toMatchObject({ ok: true });
    expect(await executerAction(inviterMembre, admin, { organisationId: DDT_53, email: adresse(), role: "signataire_etat" })).toMatchObject({ ok: true });
    expect(await executerAction(inviterMembre, admin, { organisationId: DGALN, email: adresse(), role: "administrateur" })).toMatchObject({ ok: true });
    expect(await executerAction(inviterMembre, admin, { organisationId: ANDOUILLE, email: adresse(), role: "administrateur" })).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    const referente = await membre(DGALN, "referent");
    expect(await executerAction(inviterMembre, referente, { organisationId: ANDOUILLE, email: adresse(), role: "membre" })).toMatchObject({
      ok: false,
      code: "ACCES_REFUSE",
    });
  });

  it("inviter de nouveau la même adresse remplace l'invitation en attente : l'ancien lien ne sert plus", async () => {
    const maire = await membre(ANDOUILLE, "signataire");
    const email = adresse();
    await executerAction(inviterMembre, maire, { organisationId: ANDOUILLE, email, role: "membre" });
    const premier = await jetonRecu(email);
    const second = await executerAction(inviterMembre, maire, { organisationId: ANDOUILLE, email, role: "signataire" });
    expect(second).toMatchObject({ ok: true, data: { remplacees: 1 } });
    const nouveau = await jetonRecu(email);
    expect(nouveau).not.toBe(premier);
    const ancienne = await prisma.invitation.findUniqueOrThrow({ where: { jetonHash: empreinteJeton(premier) } });
    expect(etatInvitation(ancienne)).toBe("expiree");
    const enAttente = await prisma.invitation.findMany({ where: { organisationId: ANDOUILLE, email, utiliseeLe: null, expireLe: { gt: new Date() } } });
    expect(enAttente.map((i) => i.role)).toEqual(["signataire"]);
  });

  it("refuse d'inviter quelqu'un qui est déjà membre, et une adresse mal formée, en français", async () => {
    const maire = await membre(ANDOUILLE, "signataire");
    const secretaire = await membre(ANDOUILLE, "membre");
    expect(await executerAction(inviterMembre, maire, { organisationId: ANDOUILLE, email: secretaire.email, role: "membre" })).toMatchObject({
      ok: false,
      code: "CONFLIT",
      message: "Cette personne fait déjà partie des membres (Andouillé, rôle « Membre ») : modifiez son rôle dans la liste des membres.",
    });
    expect(await executerAction(inviterMembre, maire, { organisationId: ANDOUILLE, email: "pas-une-adresse", role: "" })).toMatchObject({
      ok: false,
      code: "INVALIDE",
      fieldErrors: {
        email: ["Indiquez une adresse électronique valide, par exemple prenom.nom@mairie.fr."],
        role: ["Choisissez un rôle."],
      },
    });
  });

  it("au-delà de 50 invitations en une heure, l'invitant doit attendre", async () => {
    const maire = await membre(ANDOUILLE, "signataire");
    // 49 invitations déjà envoyées dans la fenêtre en cours : la 50e passe, la 51e non.
    const { debut } = fenetreCourante(new Date(), LIMITE_INVITATIONS.fenetreMs);
    await prisma.limiteDebit.create({ data: { cle: `invitation:${maire.id}`, fenetreDebut: debut, compteur: 49 } });
    expect(await executerAction(inviterMembre, maire, { organisationId: ANDOUILLE, email: adresse(), role: "membre" })).toMatchObject({ ok: true });
    const email = adresse();
    const refus = await executerAction(inviterMembre, maire, { organisationId: ANDOUILLE, email, role: "membre" });
    expect(refus).toMatchObject({ ok: false, code: "TROP_DE_TENTATIVES" });
    expect(refus.ok === false && refus.message).toMatch(/^Vous avez envoyé 50 invitations en moins d'une heure : réessayez dans \d+ minutes?\.$/);
    expect(await prisma.invitation.count({ where: { email } })).toBe(0);
  });
});

describe("modifier un rôle, retirer un membre", () => {
  it("un signataire promeut un membre : rôle changé et événement d'audit dans la chaîne", async () => {
    const maire = await membre(ANDOUILLE, "signataire");
    const adjoint = await membre(ANDOUILLE, "membre");
    const { id } = await appartenanceDe(adjoint, ANDOUILLE);
    const resultat = await executerAction(modifierRole, maire, { appartenanceId: id, role: "signataire" });
    expect(resultat).toMatchObject({ ok: true, data: { ancienRole: "membre", role: "signataire", organisationId: ANDOUILLE } });
    expect((await appartenanceDe(adjoint, ANDOUILLE)).role).toBe("signataire");
    const evenement = await prisma.evenement.findFirstOrThrow({ where: { type: "appartenance.role_modifie", entiteId: id } });
    expect(evenement).toMatchObject({ acteurId: maire.id, entite: "appartenance" });
    expect(evenement.resume).toBe("Camille Test-signataire fait passer Camille Test-membre de « Membre » à « Signataire » dans Andouillé.");
    expect(evenement.donnees).toMatchObject({ ancienRole: "membre", nouveauRole: "signataire", utilisateurId: adjoint.id });
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });

  it("on ne change pas son propre rôle, un membre ne change aucun rôle, un rôle d'un autre type est refusé", async () => {
    const maire = await membre(ANDOUILLE, "signataire");
    const secretaire = await membre(ANDOUILLE, "membre");
    const propre = await appartenanceDe(maire, ANDOUILLE);
    expect(await executerAction(modifierRole, maire, { appartenanceId: propre.id, role: "membre" })).toMatchObject({
      ok: false, code: "REGLE_NON_RESPECTEE", message: MESSAGE_PROPRE_ROLE,
    });
    expect(await executerAction(modifierRole, secretaire, { appartenanceId: propre.id, role: "membre" })).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    const cible = await appartenanceDe(secretaire, ANDOUILLE);
    expect(await executerAction(modifierRole, maire, { appartenanceId: cible.id, role: "agent" })).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    expect((await appartenanceDe(secretaire, ANDOUILLE)).role).toBe("membre");
    expect(await prisma.evenement.count({ where: { type: "appartenance.role_modifie", entiteId: { in: [propre.id, cible.id] } } })).toBe(0);
  });

  it("la DDT ne touche pas aux membres d'une commune", async () => {
    const directrice = await membre(DDT_53, "signataire_etat");
    const secretaire = await membre(ANDOUILLE, "membre");
    const { id } = await appartenanceDe(secretaire, ANDOUILLE);
    expect(await executerAction(modifierRole, directrice, { appartenanceId: id, role: "signataire" })).toMatchObject({ ok: false, code: "INTROUVABLE" });
    expect(await executerAction(retirerMembre, directrice, { appartenanceId: id })).toMatchObject({ ok: false, code: "INTROUVABLE" });
  });

  it("un signataire retire un membre : appartenance supprimée, événement d'audit", async () => {
    const maire = await membre(ANDOUILLE, "signataire");
    const ancien = await membre(ANDOUILLE, "membre");
    const { id } = await appartenanceDe(ancien, ANDOUILLE);
    expect(await executerAction(retirerMembre, maire, { appartenanceId: id })).toMatchObject({ ok: true });
    expect(await prisma.appartenance.count({ where: { id } })).toBe(0);
    const evenement = await prisma.evenement.findFirstOrThrow({ where: { type: "appartenance.retiree", entiteId: id } });
    expect(evenement.donnees).toMatchObject({ email: ancien.email, ancienRole: "membre" });
    expect(await executerAction(retirerMembre, maire, { appartenanceId: id })).toMatchObject({ ok: false, code: "INTROUVABLE" });
  });

  it("la DGALN garde au moins un administrateur, même si deux administrateurs se rétrogradent au même instant", async () => {
    const [a, b] = await Promise.all([membre(DGALN, "administrateur"), membre(DGALN, "administrateur")]);
    // Les autres tests ajoutent des administrateurs : on ne garde que ces deux-là.
    await prisma.appartenance.updateMany({ where: { organisationId: DGALN, role: "administrateur", utilisateurId: { notIn: [a.id, b.id] } }, data: { role: "referent" } });
    const [ida, idb] = [(await appartenanceDe(a, DGALN)).id, (await appartenanceDe(b, DGALN)).id];
    const resultats = await Promise.all([
      executerAction(modifierRole, a, { appartenanceId: idb, role: "referent" }),
      executerAction(modifierRole, b, { appartenanceId: ida, role: "referent" }),
    ]);
    expect(resultats.filter((r) => r.ok)).toHaveLength(1);
    expect(resultats.find((r) => !r.ok)).toMatchObject({
      code: "REGLE_NON_RESPECTEE",
      message: "La DGALN doit garder au moins un administrateur : nommez d'abord un autre administrateur.",
    });
    expect(await prisma.appartenance.count({ where: { organisationId: DGALN, role: "administrateur" } })).toBe(1);

    // Session chargée avant d'être rétrogradé : le dernier administrateur reste protégé.
    const perdant = resultats[0]!.ok ? b : a;
    const gagnant = perdant === a ? b : a;
    const dernier = (await appartenanceDe(gagnant, DGALN)).id;
    expect(await executerAction(retirerMembre, perdant, { appartenanceId: dernier })).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE" });
    expect(await executerAction(modifierRole, perdant, { appartenanceId: dernier, role: "referent" })).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE" });
    expect(await prisma.appartenance.count({ where: { organisationId: DGALN, role: "administrateur" } })).toBe(1);
  });
});

describe("modifier une organisation", () => {
  const andouille = () => prisma.organisation.findUniqueOrThrow({ where: { id: ANDOUILLE } });

  it("un administrateur de la DGALN modifie le courriel et le SIRET ; l'événement garde l'avant et l'après", async () => {
    const admin = await membre(DGALN, "administrateur");
    const avant = await andouille();
    const resultat = await executerAction(modifierOrganisation, admin, {
      organisationId: ANDOUILLE, modifieLe: avant.modifieLe.toISOString(), nom: avant.nom,
      courriel: " Mairie@Andouille.example ", siret: "215 300 054 00016",
    });
    expect(resultat).toMatchObject({ ok: true, data: { modifications: ["courriel", "siret"] } });
    expect(await andouille()).toMatchObject({ courriel: "mairie@andouille.example", siret: "21530005400016", codeInsee: "53005", nom: "Andouillé" });
    const evenement = await prisma.evenement.findFirstOrThrow({ where: { type: "organisation.modifiee", entiteId: ANDOUILLE }, orderBy: { id: "desc" } });
    expect(evenement.donnees).toMatchObject({ avant: { siret: avant.siret }, apres: { siret: "21530005400016", courriel: "mairie@andouille.example" } });

    // Le formulaire resté ouvert avec l'ancienne date ne l'écrase pas.
    expect(await executerAction(modifierOrganisation, admin, {
      organisationId: ANDOUILLE, modifieLe: avant.modifieLe.toISOString(), nom: avant.nom, courriel: "", siret: "",
    })).toMatchObject({ ok: false, code: "CONFLIT" });
    expect((await andouille()).siret).toBe("21530005400016");
  });

  it("refuse le renommage d'une commune du référentiel, un SIRET invalide ou d'un autre SIREN", async () => {
    const admin = await membre(DGALN, "administrateur");
    const o = await andouille();
    const base = { organisationId: ANDOUILLE, modifieLe: o.modifieLe.toISOString(), nom: o.nom, courriel: "", siret: "" };
    expect(await executerAction(modifierOrganisation, admin, { ...base, nom: "Andouillé-sur-Ernée" })).toMatchObject({
      ok: false, code: "REGLE_NON_RESPECTEE", message: MESSAGE_NOM_REFERENTIEL,
    });
    expect(await executerAction(modifierOrganisation, admin, { ...base, siret: "21530005400017" })).toMatchObject({
      ok: false, code: "INVALIDE", fieldErrors: { siret: ["Ce SIRET n'est pas valide : vérifiez les chiffres (la clé de contrôle ne correspond pas)."] },
    });
    expect(await executerAction(modifierOrganisation, admin, { ...base, siret: "1234" })).toMatchObject({
      ok: false, fieldErrors: { siret: ["Le SIRET compte 14 chiffres (9 du SIREN puis 5 de l'établissement)."] },
    });
    expect(await executerAction(modifierOrganisation, admin, { ...base, siret: "24530035500014" })).toMatchObject({
      ok: false, code: "INVALIDE", fieldErrors: { siret: ["Le SIRET doit commencer par le SIREN de l'organisation (215300054)."] },
    });
  });

  it("seul un administrateur de la DGALN modifie une organisation", async () => {
    const o = await andouille();
    const entree = { organisationId: ANDOUILLE, modifieLe: o.modifieLe.toISOString(), nom: o.nom, courriel: "x@andouille.example", siret: "" };
    const message = "Seuls les administrateurs de la DGALN peuvent modifier une organisation.";
    expect(await executerAction(modifierOrganisation, await membre(ANDOUILLE, "signataire"), entree)).toMatchObject({ ok: false, code: "ACCES_REFUSE", message });
    expect(await executerAction(modifierOrganisation, await membre(DGALN, "referent"), entree)).toMatchObject({ ok: false, code: "ACCES_REFUSE", message });
    expect(await executerAction(modifierOrganisation, await membre(DDT_53, "signataire_etat"), entree)).toMatchObject({ ok: false, code: "INTROUVABLE" });
    expect((await andouille()).courriel).not.toBe("x@andouille.example");
  });
});

describe("liste et détail des organisations", () => {
  it("la DGALN voit toutes les organisations, par pages de 20, dans l'ordre alphabétique, les 1 000 premières page par page", async () => {
    const referente = await membre(DGALN, "referent");
    const total = await prisma.organisation.count();
    expect(total).toBeGreaterThan(36_000);
    const debut = performance.now();
    const page1 = await listerOrganisations(referente, {});
    const duree = performance.now() - debut;
    // Pagination bornée : 50 pages de 20 se parcourent, la recherche et les filtres trouvent les autres.
    expect(page1).toMatchObject({ total, page: 1, parPage: 20, pages: 50, tronquee: true });
    expect(page1.organisations).toHaveLength(20);
    const page2 = await listerOrganisations(referente, { page: 2 });
    expect(page2.organisations[0]!.id).not.toBe(page1.organisations[0]!.id);
    const attendus = await prisma.organisation.findMany({ orderBy: [{ nomRecherche: "asc" }, { id: "asc" }], take: 40, select: { id: true } });
    expect([...page1.organisations, ...page2.organisations].map((o) => o.id)).toEqual(attendus.map((o) => o.id));
    const derniere = await listerOrganisations(referente, { page: 999_999 });
    expect(derniere.page).toBe(50);
    const attendusPage50 = await prisma.organisation.findMany({ orderBy: [{ nomRecherche: "asc" }, { id: "asc" }], skip: 980, take: 20, select: { id: true } });
    expect(derniere.organisations.map((o) => o.id)).toEqual(attendusPage50.map((o) => o.id));
    const departement = await listerOrganisations(referente, { departement: "53", type: "commune" });
    expect(departement).toMatchObject({ tronquee: false });
    expect(departement.pages).toBe(Math.ceil(departement.total / 20));
    console.log(`[mesure] listerOrganisations, ${total} organisations, page 1 : ${duree.toFixed(1)} ms`);
  });

  it("« andouille » trouve Andouillé d'abord, puis Andouillé-Neuville ; SIREN, code INSEE et filtres fonctionnent", async () => {
    const referente = await membre(DGALN, "referent");
    const resultat = await listerOrganisations(referente, { recherche: "andouille" });
    expect(resultat.organisations.map((o) => [o.nom, o.codeInsee])).toEqual([
      ["Andouillé", "53005"],
      ["Andouillé-Neuville", "35003"],
    ]);
    expect(resultat.total).toBe(2);
    expect((await listerOrganisations(referente, { recherche: "245300355" })).organisations.map((o) => o.nom)).toEqual(["CC de l'Ernée"]);
    expect((await listerOrganisations(referente, { recherche: "53005" })).organisations.map((o) => o.nom)).toEqual(["Andouillé"]);
    expect((await listerOrganisations(referente, { recherche: "ANDOUILLÉ", departement: "35" })).organisations.map((o) => o.codeInsee)).toEqual(["35003"]);
    const communes53 = await prisma.organisation.count({ where: { type: "commune", codeDepartement: "53" } });
    expect((await listerOrganisations(referente, { type: "commune", departement: "53" })).total).toBe(communes53);
    expect((await listerOrganisations(referente, { type: "service_etat" })).total).toBe(101);
    expect((await listerOrganisations(referente, { recherche: "%%%" })).total).toBe(0);
  });

  it("un membre de collectivité ne voit que sa collectivité", async () => {
    const secretaire = await membre(ANDOUILLE, "membre");
    const resultat = await listerOrganisations(secretaire, {});
    expect(resultat.total).toBe(1);
    expect(resultat.organisations[0]!.id).toBe(ANDOUILLE);
    expect((await listerOrganisations(secretaire, { recherche: "laval" })).total).toBe(0);
    expect(await trouverDetailOrganisation(secretaire, LAVAL)).toBeNull();
    expect(await trouverDetailOrganisation(secretaire, "pas-un-uuid")).toBeNull();
  });

  it("le détail donne les membres à tous, les invitations et les rôles attribuables aux seuls responsables", async () => {
    const maire = await membre(ANDOUILLE, "signataire");
    const secretaire = await membre(ANDOUILLE, "membre");
    const email = adresse();
    await executerAction(inviterMembre, maire, { organisationId: ANDOUILLE, email, role: "membre" });

    const pourMaire = await detailOrganisation(maire, ANDOUILLE);
    expect(pourMaire).toMatchObject({ peutGererMembres: true, peutAdministrer: false, rolesAttribuables: ["membre", "signataire"] });
    expect(pourMaire.membres.map((m) => m.email)).toEqual(expect.arrayContaining([maire.email, secretaire.email]));
    expect(pourMaire.membres.find((m) => m.email === maire.email)?.estActeur).toBe(true);
    expect(pourMaire.invitations.map((i) => i.email)).toContain(email);

    const pourSecretaire = await detailOrganisation(secretaire, ANDOUILLE);
    expect(pourSecretaire).toMatchObject({ peutGererMembres: false, invitations: [], rolesAttribuables: [] });
    expect(pourSecretaire.membres.length).toBe(pourMaire.membres.length);

    const admin = await membre(DGALN, "administrateur");
    expect(await detailOrganisation(admin, ANDOUILLE)).toMatchObject({ peutGererMembres: true, peutAdministrer: true });
  });
});
