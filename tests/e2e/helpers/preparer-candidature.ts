// Prépare, par les vrais cas d'usage, une candidature flash complète d'une commune libre d'un
// département (la Mayenne par défaut) avec ses quatre acteurs neufs (membre et maire de la commune,
// agent et signataire du service de l'État), signée par aucune, une ou deux parties, voire déposée.
// Lancé par la fixture `preparerCandidature` (tests/e2e/helpers/fixtures.ts) :
//   DATABASE_URL=… node --conditions=react-server --import tsx tests/e2e/helpers/preparer-candidature.ts '{"signatures":["collectivite"]}'
// Écrit sur la sortie standard le JSON de la candidature et des acteurs.
const options = JSON.parse(process.argv[2] ?? "{}") as {
  signatures?: ("collectivite" | "etat")[];
  communeSansCompte?: boolean;
  departement?: string;
  depot?: boolean;
  sessionId?: string;
  /** Déposée, déclarée recevable puis retenue par une référente DGALN : l'atelier existe. */
  retenue?: boolean;
  /** Une commune libre membre de cet EPCI (SIREN), par exemple la CC des Coëvrons (200033298). */
  epci?: string;
};
const departement = options.departement ?? "53";
// La sortie standard porte le JSON du résultat : le journal du serveur n'y écrit que les erreurs.
process.env.LOG_LEVEL ??= "warn";

const { prisma } = await import("../../../lib/db");
const { executerAction } = await import("../../../lib/actions/pipeline");
const { signerCandidature } = await import("../../../lib/candidatures/signer-candidature");
const { deposerCandidature } = await import("../../../lib/candidatures/deposer-candidature");
const { deciderRecevabilite } = await import("../../../lib/instruction/decider");
const { idDgaln, idServiceEtat } = await import("../../../lib/referentiel/identifiants");
const { candidatureComplete, donnees, personne } = await import("../../../scripts/lib/candidature-complete");

const membresEpci = options.epci ? (await prisma.commune.findMany({ where: { epciSiren: options.epci }, select: { codeInsee: true } })).map((c) => c.codeInsee) : null;
const [commune] = await prisma.organisation.findMany({
  where: {
    type: "commune",
    codeDepartement: departement,
    ...(membresEpci ? { codeInsee: { in: membresEpci } } : {}),
    appartenances: { none: {} },
    candidaturesPrincipales: { none: {} },
    candidaturesPorteuses: { none: {} },
  },
  select: { id: true, nom: true, codeInsee: true },
  orderBy: { population: "asc" },
  skip: Math.floor(Math.random() * (membresEpci ? 5 : 150)),
  take: 1,
});
if (!commune) throw new Error(`Plus de commune libre dans le département ${departement}.`);
const ddt = idServiceEtat(departement);
const suffixe = () => Math.random().toString(36).slice(2, 8);
const agent = await personne(ddt, "agent", "e2e", { prenom: "Paul", nom: `Agent-${suffixe()}` });
const signataireEtat = await personne(ddt, "signataire_etat", "e2e", { prenom: "Anne", nom: `Signataire-${suffixe()}` });
// Commune sans compte : c'est la DDT qui crée et rédige, comme pour une commune qui n'est pas encore sur la plateforme.
const membre = options.communeSansCompte ? agent : await personne(commune.id, "membre", "e2e", { prenom: "Claire", nom: `Membre-${suffixe()}` });
const maire = options.communeSansCompte ? null : await personne(commune.id, "signataire", "e2e", { prenom: "Jean", nom: `Maire-${suffixe()}` });
const c = await candidatureComplete({ communeId: commune.id, membre, agent, titre: `${commune.nom} : le centre-bourg`, sessionId: options.sessionId });
// Un dépôt suppose les deux signatures sur le contenu actuel (R6).
const depot = options.depot || options.retenue;
const signatures = depot ? (["collectivite", "etat"] as const) : (options.signatures ?? []);
for (const partie of signatures) {
  const signataire = partie === "collectivite" ? maire! : signataireEtat;
  donnees(await executerAction(signerCandidature, signataire, { candidatureId: c.id, hashContenu: c.hash, partie, ...(partie === "etat" ? { avis: "favorable" } : {}) }));
}
if (depot) donnees(await executerAction(deposerCandidature, signataireEtat, { candidatureId: c.id, hashContenu: c.hash }));
// La vraie sélection « au fil de l'eau » d'un flash (lib/instruction/decider.ts) : elle crée l'atelier.
let atelierId: string | undefined;
if (options.retenue) {
  const referente = await personne(idDgaln(), "referent", "e2e", { prenom: "Élise", nom: `Referente-${suffixe()}` });
  donnees(await executerAction(deciderRecevabilite, referente, { candidatureId: c.id, decision: "declarer_recevable", statutLu: "deposee", depotLu: 1 }));
  const motivation = "Le projet de centre-bourg est clair, porté par la commune et la DDT.";
  donnees(await executerAction(deciderRecevabilite, referente, { candidatureId: c.id, decision: "retenir", statutLu: "en_instruction", depotLu: 1, motivation }));
  atelierId = (await prisma.atelier.findUniqueOrThrow({ where: { candidatureId: c.id }, select: { id: true } })).id;
}
const utilisateur = (a: typeof membre) => ({ id: a.id, email: a.email, prenom: a.prenom ?? "", nom: a.nom ?? "", nomComplet: `${a.prenom} ${a.nom}` });
console.log(
  JSON.stringify({
    id: c.id,
    reference: c.reference,
    atelierId,
    commune: commune.nom,
    codeInsee: commune.codeInsee,
    utilisateurs: {
      ...(options.communeSansCompte ? {} : { membre: utilisateur(membre), maire: utilisateur(maire!) }),
      agent: utilisateur(agent),
      signataireEtat: utilisateur(signataireEtat),
    },
  }),
);
await prisma.$disconnect();
export {};
