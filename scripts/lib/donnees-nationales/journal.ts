// Journal d'audit du banc : des connexions complètent les événements des candidatures jusqu'au
// volume visé, puis tout est trié par date et chaîné ici, en JS, avec la fonction d'empreinte de
// l'application (même contenu canonique qu'`enregistrerEvenement`), à la suite du dernier
// événement déjà en base (données de démonstration). Insertion par lots, puis `setval`.
import { createHash } from "node:crypto";
import type pg from "pg";
import { empreinteEvenement, HASH_ORIGINE, jsonCanonique } from "@/lib/audit/journal";
import { libelleMethode, type MethodeConnexion } from "@/lib/auth/journal-connexion";
import type { Contexte, Personne } from "./contexte";
import { iso, Table } from "./sql";

const DEBUT = new Date("2007-01-02T07:00:00Z").getTime();

export function completerParDesConnexions(ctx: Contexte, cible: number) {
  const { alea } = ctx;
  const personnes: Personne[] = [...new Set([...[...ctx.membres.values()].flatMap((m) => [...m.signataires, ...m.membres]), ...ctx.jures])];
  const etendue = ctx.maintenant.getTime() - 3_600_000 - DEBUT;
  for (let i = ctx.journal.length; i < cible; i++) {
    const p = alea.choix(personnes);
    const methode: MethodeConnexion = alea.vrai(0.3) ? "proconnect" : "lien";
    ctx.journal.push({
      acteurId: p.id, type: "connexion.reussie", entite: "utilisateur", entiteId: p.id, survenuLe: new Date(DEBUT + Math.floor(alea.reel() * etendue)),
      resume: `Connexion par ${libelleMethode(methode)}`, donnees: { methode, ip: `10.${alea.entier(0, 255)}.${alea.entier(0, 255)}.${alea.entier(1, 254)}` },
    });
  }
}

export async function ecrireJournal(ctx: Contexte, client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ id: string | null; hash: string | null }>(`SELECT id::text AS id, hash FROM evenement ORDER BY evenement.id DESC LIMIT 1`);
  let id = BigInt(rows[0]?.id ?? 0);
  let precedent = rows[0]?.hash ?? HASH_ORIGINE;
  // Tri stable : à date égale, l'ordre d'écriture (création avant modification…) est gardé.
  const evenements = ctx.journal.sort((a, b) => a.survenuLe.getTime() - b.survenuLe.getTime());
  const nouvelleTable = () => new Table("evenement", [
    ["id", "bigint"], ["survenuLe", "timestamp(3)"], ["acteurId", "uuid"], ["type", "text"], ["entite", "text"], ["entiteId", "text"],
    ["candidatureId", "uuid"], ["atelierId", "uuid"], ["resume", "text"], ["donnees", "jsonb"], ["hashPrecedent", "text"], ["hash", "text"],
  ]);
  // Par tranches : les empreintes de la tranche suivante se calculent pendant l'insertion de la
  // précédente (la chaîne reste séquentielle : chaque tranche repart du dernier hash calculé).
  const TRANCHE = 20_000;
  let enCours: Promise<unknown> = Promise.resolve();
  for (let debut = 0; debut < evenements.length; debut += TRANCHE) {
    const table = nouvelleTable();
    for (let i = debut; i < Math.min(debut + TRANCHE, evenements.length); i++) {
      const e = evenements[i]!;
      id += 1n;
      const contenu = {
        acteurId: e.acteurId ?? null, type: e.type, entite: e.entite, entiteId: e.entiteId, candidatureId: e.candidatureId ?? null,
        atelierId: e.atelierId ?? null, resume: e.resume, donnees: (e.donnees ?? {}) as Record<string, unknown>, survenuLe: iso(e.survenuLe),
      };
      const hash = empreinte(precedent, contenu, i === debut);
      table.ajouter(String(id), contenu.survenuLe, contenu.acteurId, contenu.type, contenu.entite, contenu.entiteId, contenu.candidatureId,
        contenu.atelierId, contenu.resume, JSON.stringify(contenu.donnees), precedent, hash);
      precedent = hash;
    }
    await enCours;
    enCours = table.inserer(client, TRANCHE);
  }
  await enCours;
  await client.query(`SELECT setval(pg_get_serial_sequence('evenement', 'id'), $1::bigint)`, [String(id)]);
  return evenements.length;
}

type Contenu = Parameters<typeof empreinteEvenement>[1];

/**
 * `empreinteEvenement` sans trier ni filtrer les clés de premier niveau à chaque événement : elles
 * sont toujours les mêmes, écrites ici dans l'ordre de jsonCanonique ; seules les données passent
 * par jsonCanonique. Le premier événement de chaque tranche est comparé à la fonction de l'application.
 */
function empreinte(precedent: string, c: Contenu, verifier: boolean): string {
  const s = JSON.stringify;
  const json = `{"acteurId":${s(c.acteurId)},"atelierId":${s(c.atelierId)},"candidatureId":${s(c.candidatureId)},"donnees":${jsonCanonique(c.donnees)},` +
    `"entite":${s(c.entite)},"entiteId":${s(c.entiteId)},"resume":${s(c.resume)},"survenuLe":${s(c.survenuLe)},"type":${s(c.type)}}`;
  const hash = createHash("sha256").update(precedent).update("\n").update(json).digest("hex");
  if (verifier && hash !== empreinteEvenement(precedent, c)) throw new Error("Empreinte d'événement différente de celle de l'application.");
  return hash;
}
