// Personnes du banc : la DGALN (référents, administrateurs), des experts du jury sans organisation,
// les agents et signataires de chaque service de l'État, un signataire (et souvent un membre) pour
// chaque collectivité de l'échantillon. Chaque appartenance a son événement « appartenance.creee ».
import { LIBELLES_ROLE } from "@/lib/auth/libelles";
import type { RoleAppartenance } from "@/lib/generated/prisma/enums";
import { identifiantCourriel, NOMS, PRENOMS } from "./alea";
import { type Contexte, type Org, type Personne, plus } from "./contexte";
import { iso } from "./sql";

/** Ouverture de l'historique reconstitué : les comptes existent avant la première candidature (2007). */
const INSCRIPTIONS = new Date("2006-10-02T08:00:00Z");

export function creerPersonnes(ctx: Contexte) {
  const { alea } = ctx;
  const utilisateurs = ctx.table("utilisateur", [
    ["id", "uuid"], ["email", "text"], ["emailVerifieLe", "timestamp(3)"], ["prenom", "text"], ["nom", "text"],
    ["creeLe", "timestamp(3)"], ["modifieLe", "timestamp(3)"],
  ]);
  const appartenances = ctx.table("appartenance", [
    ["id", "uuid"], ["utilisateurId", "uuid"], ["organisationId", "uuid"], ["role", '"RoleAppartenance"'], ["creeLe", "timestamp(3)"],
  ]);
  let numero = 0;

  const personne = (domaine: string, org?: Org, role?: RoleAppartenance): Personne => {
    numero += 1;
    const prenom = alea.choix(PRENOMS);
    const nom = alea.choix(NOMS);
    const id = alea.uuid();
    const le = new Date(plus(INSCRIPTIONS, alea.entier(0, 80)).getTime() + alea.entier(0, 36_000) * 1000);
    // Le numéro rend l'adresse unique (et distincte des comptes de démonstration).
    utilisateurs.ajouter(id, `${identifiantCourriel(prenom, nom)}.${String(numero).padStart(5, "0")}@${domaine}`, iso(le), prenom, nom, iso(le), iso(le));
    const p = { id, nom: `${prenom} ${nom}` };
    if (org && role) {
      appartenances.ajouter(alea.uuid(), id, org.id, role, iso(le));
      const m = ctx.membres.get(org.id) ?? ctx.membres.set(org.id, { signataires: [], membres: [] }).get(org.id)!;
      (role === "signataire" || role === "signataire_etat" ? m.signataires : m.membres).push(p);
      ctx.journal.push({
        acteurId: id, type: "appartenance.creee", entite: "organisation", entiteId: org.id, survenuLe: le,
        resume: `${p.nom} rejoint ${org.nom} (${LIBELLES_ROLE[role]}).`,
        donnees: { organisationId: org.id, utilisateurId: id, ancienRole: null, nouveauRole: role },
      });
    }
    return p;
  };

  const dgaln = ctx.ref.dgaln;
  for (let i = 0; i < ctx.n(30, 3); i++) ctx.referents.push(personne("dgaln.example", dgaln, "referent"));
  for (let i = 0; i < ctx.n(10, 1); i++) personne("dgaln.example", dgaln, "administrateur");
  // Experts des jurys nationaux : comptes sans organisation, comme la jurée de démonstration.
  const experts = Array.from({ length: ctx.n(60, 10) }, () => personne("jury.example"));
  ctx.jures = [...ctx.referents, ...experts];

  for (const d of ctx.ref.departements) {
    const domaine = `${d.service.nom.split(" ")[0]!.toLowerCase()}-${d.code.toLowerCase()}.example`;
    for (let i = 0; i < ctx.n(3); i++) personne(domaine, d.service, "agent");
    for (let i = 0; i < ctx.n(2); i++) personne(domaine, d.service, "signataire_etat");
    for (const org of [...d.pool.departement, ...d.pool.epci, ...d.pool.commune]) {
      const domaine = `${org.type}-${(org.codeInsee ?? org.siren ?? d.code).toLowerCase()}.example`;
      personne(domaine, org, "signataire");
      if (alea.vrai(0.5)) personne(domaine, org, "membre");
    }
  }
}
