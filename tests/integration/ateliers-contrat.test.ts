// Contrat et équipe d'un atelier (issue 14, point 2), sur une vraie base : le pilote les renseigne,
// la DGALN les corrige, deux enregistrements simultanés donnent une seule écriture (l'autre lit qui
// l'a précédé), une saisie invalide n'écrit rien, et les autres rôles sont refusés.
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import { lireContratASaisir } from "@/lib/ateliers/contrat/lecture";
import { MESSAGE_REFUS_CONTRAT, renseignerContrat } from "@/lib/ateliers/contrat/renseigner-contrat";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import { idDgaln } from "@/lib/referentiel/identifiants";
import { acteurDe } from "@/tests/helpers/acteurs";
import { donnees } from "@/tests/helpers/candidatures";
import * as f from "@/tests/helpers/factories";

type Role = Parameters<typeof f.creerMembre>[1];
const acteur = async (organisation: { id: string }, role: Role, nom?: string) => acteurDe((await f.creerMembre(organisation, role, nom)).id);

async function unAtelier() {
  const [principale, ddt] = await Promise.all([f.commune("53005"), f.serviceEtat("53")]);
  const c = await f.creerCandidature({ collectivitePrincipale: principale, statut: "retenue" });
  const atelier = await f.creerAtelier(c);
  return { atelier, pilote: await acteur(ddt, "agent", "Pilote"), maire: await acteur(principale, "signataire", "Maire") };
}

const saisie = (atelierId: string, version: number, autre: Record<string, unknown> = {}) => ({
  atelierId,
  version,
  typeContrat: "bon_de_commande",
  referenceContrat: "Bon de commande n° 2026-53-04",
  coutEquipeEuros: "20 000",
  equipe: [
    { role: "mandataire", structure: "Atelier d'architecture et d'urbanisme", disciplines: "architecture, urbanisme, paysage", contact: "Léa Martin, lea.martin@atelier.example" },
    { role: "cotraitant", structure: "Bureau d'études en économie territoriale", disciplines: "économie", contact: "" },
  ],
  ...autre,
});

describe("contrat et équipe d'un atelier", () => {
  it("le pilote renseigne contrat et équipe ; la fiche et le journal les portent ; la DGALN corrige", async () => {
    const a = await unAtelier();
    const r = donnees(await executerAction(renseignerContrat, a.pilote, saisie(a.atelier.id, a.atelier.version)));
    expect(r.version).toBe(a.atelier.version + 1);
    const lu = await prisma.atelier.findUniqueOrThrow({ where: { id: a.atelier.id }, include: { equipe: { orderBy: { role: "asc" } } } });
    expect(lu).toMatchObject({ typeContrat: "bon_de_commande", referenceContrat: "Bon de commande n° 2026-53-04", coutEquipeEuros: 20_000 });
    expect(lu.equipe.map((m) => [m.role, m.structure, m.disciplines, m.contact])).toEqual([
      ["mandataire", "Atelier d'architecture et d'urbanisme", ["architecture", "urbanisme", "paysage"], "Léa Martin, lea.martin@atelier.example"],
      ["cotraitant", "Bureau d'études en économie territoriale", ["économie"], null],
    ]);
    const evenement = await prisma.evenement.findFirstOrThrow({ where: { atelierId: a.atelier.id, type: "atelier.contrat_renseigne" } });
    expect(evenement.resume).toContain("Bon de commande n° 2026-53-04");

    // La DGALN relit la saisie (valeurs du formulaire) et remplace l'équipe d'un bloc.
    const dgaln = await acteur({ id: idDgaln() }, "referent", "Référente");
    const formulaire = (await lireContratASaisir(dgaln, a.atelier.id))!;
    expect(formulaire.valeurs.equipe).toHaveLength(2);
    donnees(
      await executerAction(
        renseignerContrat,
        dgaln,
        saisie(a.atelier.id, formulaire.valeurs.version as number, { equipe: [{ role: "mandataire", structure: "Agence de paysage", disciplines: "paysage", contact: "" }] }),
      ),
    );
    expect(await prisma.membreEquipe.count({ where: { atelierId: a.atelier.id } })).toBe(1);
  });

  it("saisie refusée en français, rien d'écrit : montant illisible, pas de mandataire, deux mandataires", async () => {
    const a = await unAtelier();
    const montant = await executerAction(renseignerContrat, a.pilote, saisie(a.atelier.id, a.atelier.version, { coutEquipeEuros: "vingt mille" }));
    expect(montant).toMatchObject({ ok: false, code: "INVALIDE" });
    expect(!montant.ok && montant.fieldErrors?.coutEquipeEuros?.[0]).toBe("Indiquez le montant en euros, en chiffres, sans centimes (par exemple 20 000).");
    const sansMandataire = await executerAction(
      renseignerContrat,
      a.pilote,
      saisie(a.atelier.id, a.atelier.version, { equipe: [{ role: "cotraitant", structure: "Agence", disciplines: "paysage", contact: "" }] }),
    );
    expect(!sansMandataire.ok && sansMandataire.fieldErrors?.equipe?.[0]).toBe("L'équipe a une structure mandataire : choisissez-la.");
    const deux = await executerAction(
      renseignerContrat,
      a.pilote,
      saisie(a.atelier.id, a.atelier.version, {
        equipe: [
          { role: "mandataire", structure: "Agence A", disciplines: "paysage", contact: "" },
          { role: "mandataire", structure: "Agence B", disciplines: "urbanisme", contact: "" },
        ],
      }),
    );
    expect(deux.ok).toBe(false);
    expect(await prisma.atelier.findUniqueOrThrow({ where: { id: a.atelier.id } })).toMatchObject({ referenceContrat: null, version: a.atelier.version });
    expect(await prisma.membreEquipe.count({ where: { atelierId: a.atelier.id } })).toBe(0);
  });

  it("deux enregistrements simultanés sur la même version : un seul écrit, l'autre lit qui l'a précédé", async () => {
    const a = await unAtelier();
    const dgaln = await acteur({ id: idDgaln() }, "administrateur", "Administratrice");
    const resultats = await Promise.all([
      executerAction(renseignerContrat, a.pilote, saisie(a.atelier.id, a.atelier.version, { referenceContrat: "Bon de commande n° 2026-53-05" })),
      executerAction(renseignerContrat, dgaln, saisie(a.atelier.id, a.atelier.version, { referenceContrat: "Bon de commande n° 2026-53-06" })),
    ]);
    expect(resultats.filter((r) => r.ok)).toHaveLength(1);
    const perdant = resultats.find((r) => !r.ok)!;
    expect(perdant).toMatchObject({ ok: false, code: "CONFLIT" });
    expect(!perdant.ok && perdant.message).toMatch(/renseigne le contrat \(Bon de commande n° 2026-53-0[56]\).*Votre saisie n'a pas été enregistrée/);
    expect(await prisma.evenement.count({ where: { atelierId: a.atelier.id, type: "atelier.contrat_renseigne" } })).toBe(1);
  });

  it("la collectivité lit pourquoi ; une autre DDT, une autre collectivité et un juré reçoivent « introuvable »", async () => {
    const a = await unAtelier();
    const maire = await executerAction(renseignerContrat, a.maire, saisie(a.atelier.id, a.atelier.version));
    expect(maire).toMatchObject({ ok: false, code: "ACCES_REFUSE", message: MESSAGE_REFUS_CONTRAT });
    expect(await lireContratASaisir(a.maire, a.atelier.id)).toBeNull();
    const autres = [
      await acteur(await f.serviceEtat("44"), "agent", "Autre DDT"),
      await acteur(await f.commune("53130"), "signataire", "Autre maire"),
      await acteurDe((await f.ajouterJure(await f.creerSession())).utilisateur.id),
    ];
    for (const autre of autres) {
      expect(await executerAction(renseignerContrat, autre, saisie(a.atelier.id, a.atelier.version))).toMatchObject({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
      expect(await lireContratASaisir(autre, a.atelier.id)).toBeNull();
    }
    expect(await prisma.atelier.findUniqueOrThrow({ where: { id: a.atelier.id } })).toMatchObject({ referenceContrat: null });
  });
});
