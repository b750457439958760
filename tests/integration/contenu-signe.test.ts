// Le contenu signé, sur une vraie base : chaque champ de chaque section, enregistré par le vrai cas
// d'usage, change l'empreinte et se lit, en français, dans le contenu que montrent les pages de
// relecture et de détail ; une pièce aussi. L'empreinte montrée est celle que la signature attend.
// Un étranger à la candidature ne lit rien.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { SECTIONS, type SaisieSection, type Section } from "@/lib/candidatures/candidature.schema";
import { lireContenuSigne, type ContenuLisible } from "@/lib/candidatures/contenu-lisible";
import { creerCandidature } from "@/lib/candidatures/creer-candidature";
import { lireSections } from "@/lib/candidatures/lire-section";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { signerCandidature } from "@/lib/candidatures/signer-candidature";
import { prisma } from "@/lib/db";
import type { RoleAppartenance } from "@/lib/generated/prisma/client";
import { pdfDemonstration } from "@/lib/fichiers/pdf-demo";
import { deposerPiece } from "@/lib/pieces/deposer-piece";
import { chargerDonneesRecepisse } from "@/lib/recepisse/donnees";
import { idServiceEtat } from "@/lib/referentiel/identifiants";
import { acteurDe } from "@/tests/helpers/acteurs";
import { donnees } from "@/tests/helpers/candidatures";

async function personne(organisationId: string, role: RoleAppartenance): Promise<Acteur> {
  const u = await prisma.utilisateur.create({
    data: { email: `${role}.${randomUUID().slice(0, 8)}@test.example`, prenom: "Camille", nom: role, appartenances: { create: { organisationId, role } } },
  });
  return acteurDe(u.id);
}

const organisation = (siren: string) => prisma.organisation.findUniqueOrThrow({ where: { siren } });

/** Une nouvelle valeur par champ et ce que la page doit alors en montrer. Un champ ajouté à un schéma doit figurer ici. */
type Changements = { [S in Section]: { [K in keyof SaisieSection<S>]-?: { saisie: SaisieSection<S>[K]; attendu: string } } };

function champAffiche(contenu: ContenuLisible, section: Section, cle: string): string {
  const champ = contenu.sections.find((s) => s.section === section)?.champs.find((c) => c.cle === cle);
  if (!champ) throw new Error(`Champ absent du contenu affiché : ${section}.${cle}`);
  return JSON.stringify(champ);
}

async function empreinteEnBase(candidatureId: string) {
  return (await prisma.candidature.findUniqueOrThrow({ where: { id: candidatureId }, select: { hashContenu: true } })).hashContenu;
}

describe("contenu signé d'une candidature", () => {
  it("chaque champ de chaque section change l'empreinte et apparaît, en français, dans le contenu relu", async () => {
    const andouille = await organisation("215300054");
    const ernee = await organisation("245300355");
    const membre = await personne(andouille.id, "membre");
    // Un atelier local : la dérogation à l'échelle n'a de sens (et n'est acceptée) que pour lui.
    const cree = donnees(await executerAction(creerCandidature, membre, { collectiviteId: andouille.id, format: "local" }));
    const id = cree.candidatureId;

    const changements: Changements = {
      porteurs: { porteuses: { saisie: [ernee.id], attendu: "Communauté de communes de l'Ernée" } },
      perimetre: {
        communes: { saisie: ["53005", "53130"], attendu: "Laval (INSEE 53130)" },
        epci: { saisie: ["245300355"], attendu: "(SIREN 245300355, " },
        derogationDemandee: { saisie: true, attendu: "Demandée" },
      },
      note: {
        titre: { saisie: "Réinvestir le centre-bourg d'Andouillé", attendu: "Réinvestir le centre-bourg d'Andouillé" },
        localisation: { saisie: "Le centre-bourg, autour de l'église", attendu: "autour de l'église" },
        objet: { saisie: "Une esquisse de plan-guide", attendu: "Une esquisse de plan-guide" },
        objectifs: { saisie: "Partager un diagnostic", attendu: "Partager un diagnostic" },
        ressources: { saisie: "PLUi de l'Ernée", attendu: "PLUi de l'Ernée" },
        dynamiquesTerritoire: { saisie: "Commerces fermés", attendu: "Commerces fermés" },
        dynamiquesAmenagement: { saisie: "Opération de revitalisation", attendu: "Opération de revitalisation" },
      },
      calendrier: {
        debutPrevu: { saisie: "2027-09-01", attendu: "1er septembre 2027" },
        dureeMois: { saisie: "12", attendu: "12\u00a0mois" },
      },
      livrables: {
        livrablesAttendus: { saisie: "Esquisse de plan-guide", attendu: "Esquisse de plan-guide" },
        disciplinesSouhaitees: { saisie: ["urbanisme", "paysage"], attendu: "paysage" },
        budgetMaterielEuros: { saisie: "2 500", attendu: "2\u202f500\u00a0€" },
      },
      contacts: {
        contacts: {
          saisie: [{ partie: "etat", nom: "Anne Roux", fonction: "Directrice", email: "anne.roux@ddt.example", telephone: "02 43 00 00 00" }],
          attendu: "Pour le service de l'État compétent",
        },
      },
    };

    const lues = await lireSections(membre, id);
    let version = lues!.version;
    let empreinte = lues!.hashContenu;
    for (const section of SECTIONS) {
      const saisie: Record<string, unknown> = { ...lues!.valeurs[section] };
      for (const [cle, { saisie: valeur, attendu }] of Object.entries(changements[section] as Record<string, { saisie: unknown; attendu: string }>)) {
        const avant = await lireContenuSigne(membre, id);
        expect(champAffiche(avant!, section, cle), `${section}.${cle} avant`).not.toContain(attendu);

        saisie[cle] = valeur;
        const r = donnees(await executerAction(modifierCandidature, membre, { candidatureId: id, version, section, ...saisie } as never));
        expect(r.champs, `${section}.${cle}`).toEqual([cle]);
        expect(r.hashContenu, `${section}.${cle} change l'empreinte`).not.toBe(empreinte);

        const apres = await lireContenuSigne(membre, id);
        expect(champAffiche(apres!, section, cle), `${section}.${cle} après`).toContain(attendu);
        expect(apres!.hashContenu).toBe(r.hashContenu);
        expect(await empreinteEnBase(id)).toBe(r.hashContenu);
        version = r.version;
        empreinte = r.hashContenu;
      }
    }

    // Les noms plutôt que les identifiants, le résumé du périmètre, l'en-tête.
    const contenu = (await lireContenuSigne(membre, id))!;
    const texte = JSON.stringify(contenu);
    expect(texte).not.toContain(ernee.id);
    expect(texte).toContain("Atelier local");
    expect(texte).toContain("Andouillé (Commune · INSEE 53005");
    expect(texte).toMatch(/Le périmètre couvre \d+\u00a0communes \([\d\u202f]+ habitants\), dans le département Mayenne \(53\)\./);

    // Le récépissé reprend les mêmes champs, lus par la même liste.
    const recepisse = JSON.stringify(
      await prisma.$transaction((tx) =>
        chargerDonneesRecepisse(tx, id, { numero: 1, numeroRecepisse: "R-D1", deposeLe: new Date(), hashContenu: empreinte!, deposePar: { email: "x@test.example", prenom: null, nom: null } }),
      ),
    );
    for (const attendu of ["Communauté de communes de l'Ernée", "Laval (53130)", "autour de l'église", "Une esquisse de plan-guide", "Partager un diagnostic", "PLUi de l'Ernée", "Commerces fermés", "Opération de revitalisation", "2027-09-01", '"dureeMois":12', "Esquisse de plan-guide", "paysage", '"budgetMaterielEuros":2500', "anne.roux@ddt.example", '"derogationDemandee":true']) {
      expect(recepisse).toContain(attendu);
    }
    expect(JSON.parse(recepisse)).toMatchObject({ titre: "Réinvestir le centre-bourg d'Andouillé" });
  });

  it("une pièce jointe change l'empreinte et figure dans le contenu relu, avec son nom, sa version et sa taille", async () => {
    const embrun = await organisation("210500468");
    const membre = await personne(embrun.id, "membre");
    const cree = donnees(await executerAction(creerCandidature, membre, { collectiviteId: embrun.id, format: "flash" }));
    const avant = (await lireContenuSigne(membre, cree.candidatureId))!;
    expect(avant.pieces).toEqual([]);

    const nomFichier = "note-d-opportunite-de-la-commune-d-embrun-version-definitive-relue-par-la-ddt.pdf";
    const contenuPdf = pdfDemonstration(["Note d'opportunité"]);
    donnees(await executerAction(deposerPiece, membre, { candidatureId: cree.candidatureId, type: "note_opportunite", nomFichier, contenu: contenuPdf }));
    const apres = (await lireContenuSigne(membre, cree.candidatureId))!;
    expect(apres.hashContenu).not.toBe(avant.hashContenu);
    expect(apres.hashContenu).toBe(await empreinteEnBase(cree.candidatureId));
    expect(apres.pieces).toMatchObject([{ type: "note_opportunite", nomFichier, version: 1, fichier: { taille: contenuPdf.length, typeMime: "application/pdf" } }]);
  });

  it("l'empreinte montrée est celle que la signature accepte ; une empreinte dépassée est refusée", async () => {
    const coevrons = await organisation("200033298");
    const signataire = await personne(coevrons.id, "signataire");
    const cree = donnees(await executerAction(creerCandidature, signataire, { collectiviteId: coevrons.id, format: "flash" }));
    const montre = (await lireContenuSigne(signataire, cree.candidatureId))!;
    const lues = (await lireSections(signataire, cree.candidatureId))!;
    donnees(
      await executerAction(modifierCandidature, signataire, {
        candidatureId: cree.candidatureId,
        version: lues.version,
        section: "note",
        ...lues.valeurs.note,
        objet: "Un objet écrit après la relecture",
      }),
    );
    const refus = await executerAction(signerCandidature, signataire, { candidatureId: cree.candidatureId, hashContenu: montre.hashContenu, partie: "collectivite" });
    expect(refus.ok).toBe(false);
    expect(refus.ok ? null : refus.code).toBe("CONFLIT");

    const relu = (await lireContenuSigne(signataire, cree.candidatureId))!;
    expect(JSON.stringify(relu.sections)).toContain("Un objet écrit après la relecture");
    const r = await executerAction(signerCandidature, signataire, { candidatureId: cree.candidatureId, hashContenu: relu.hashContenu, partie: "collectivite" });
    // Le contenu relu est signable : seules les règles du dépôt (pièces, calendrier…) pourraient encore le bloquer.
    expect(r.ok ? "ok" : r.code).not.toBe("CONFLIT");
  });

  it("un étranger à la candidature ne lit pas son contenu", async () => {
    const andouille = await organisation("215300054");
    const membre = await personne(andouille.id, "membre");
    const cree = donnees(await executerAction(creerCandidature, membre, { collectiviteId: andouille.id, format: "flash" }));
    const voisine = await personne((await organisation("245300355")).id, "signataire");
    const ddtVoisine = await personne(idServiceEtat("44"), "signataire_etat");
    expect(await lireContenuSigne(voisine, cree.candidatureId)).toBeNull();
    expect(await lireContenuSigne(ddtVoisine, cree.candidatureId)).toBeNull();
    expect(await lireContenuSigne(membre, cree.candidatureId)).not.toBeNull();
    expect(await lireContenuSigne(membre, "pas-un-identifiant")).toBeNull();
    expect(await lireContenuSigne(await personne(idServiceEtat("53"), "agent"), cree.candidatureId)).not.toBeNull();
  });
});
