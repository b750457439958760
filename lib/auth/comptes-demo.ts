// Connexion en un clic aux comptes de démonstration (prisma/seed/comptes-demo.ts). Activée
// seulement sur la base embarquée (ATELIERS_BASE_EMBARQUEE=1) ou sur demande explicite
// (COMPTES_DEMO=1), et limitée aux adresses de démonstration : même activée, elle n'ouvre jamais
// un autre compte. La session créée est une session next-auth ordinaire (ligne session_connexion
// + cookie), révocable et soumise aux mêmes échéances.
import type { PrismaClient, RoleAppartenance } from "@/lib/generated/prisma/client";
import { COMPTES_DEMO, JURE_DEMO } from "@/prisma/seed/comptes-demo";
import { journaliserConnexionReussie } from "./journal-connexion";
import { LIBELLES_ROLE } from "./libelles";
import { genererJetonSession } from "./jeton-session";
import { echeanceSession } from "./parametres";

type Env = Record<string, string | undefined>;

export function demoActivee(env: Env = process.env): boolean {
  return env.ATELIERS_BASE_EMBARQUEE === "1" || env.COMPTES_DEMO === "1";
}

const ADRESSES_DEMO = new Set([...COMPTES_DEMO.map((c) => c.email), JURE_DEMO.email]);
const FONCTIONS = new Map([...COMPTES_DEMO.map((c) => [c.email, c.libelle] as const), [JURE_DEMO.email, JURE_DEMO.libelle]]);

export type GroupeDemo = "collectivites" | "etat" | "dgaln" | "jury";

export const TITRES_GROUPES_DEMO: Record<GroupeDemo, string> = {
  collectivites: "Collectivités",
  etat: "Services de l'État",
  dgaln: "DGALN",
  jury: "Jury",
};

const GROUPE_DU_ROLE: Record<RoleAppartenance, GroupeDemo> = {
  membre: "collectivites",
  signataire: "collectivites",
  agent: "etat",
  signataire_etat: "etat",
  referent: "dgaln",
  administrateur: "dgaln",
};

export type CompteDemoAffiche = {
  email: string;
  nom: string;
  fonction: string;
  organisation: string;
  role: string;
};

/** Comptes de démonstration présents en base, par groupe, dans l'ordre du jeu de données. */
export async function listerComptesDemo(prisma: PrismaClient): Promise<{ groupe: GroupeDemo; titre: string; comptes: CompteDemoAffiche[] }[]> {
  const utilisateurs = await prisma.utilisateur.findMany({
    where: { email: { in: [...ADRESSES_DEMO] }, actif: true },
    select: {
      email: true,
      prenom: true,
      nom: true,
      appartenances: { select: { role: true, organisation: { select: { nom: true } } }, orderBy: { creeLe: "asc" } },
      membresJury: { select: { id: true } },
    },
  });
  const ordre = [...ADRESSES_DEMO];
  utilisateurs.sort((a, b) => ordre.indexOf(a.email) - ordre.indexOf(b.email));
  const groupes = new Map<GroupeDemo, CompteDemoAffiche[]>((Object.keys(TITRES_GROUPES_DEMO) as GroupeDemo[]).map((g) => [g, []]));
  for (const u of utilisateurs) {
    const appartenance = u.appartenances[0];
    const groupe = appartenance ? GROUPE_DU_ROLE[appartenance.role] : "jury";
    groupes.get(groupe)!.push({
      email: u.email,
      nom: [u.prenom, u.nom].filter(Boolean).join(" "),
      fonction: FONCTIONS.get(u.email) ?? "",
      organisation: appartenance?.organisation.nom ?? (u.membresJury.length ? "Jury des sessions nationales" : "—"),
      role: appartenance ? LIBELLES_ROLE[appartenance.role] : "Membre du jury",
    });
  }
  return [...groupes]
    .filter(([, comptes]) => comptes.length > 0)
    .map(([groupe, comptes]) => ({ groupe, titre: TITRES_GROUPES_DEMO[groupe], comptes }));
}

/** Ouvre une session pour un compte de démonstration ; null si l'adresse n'en est pas un. */
export async function ouvrirSessionDemo(
  prisma: PrismaClient,
  { email, ip }: { email: string; ip?: string },
  maintenant = new Date(),
): Promise<{ jeton: string; expires: Date } | null> {
  const adresse = email.toLowerCase();
  if (!ADRESSES_DEMO.has(adresse)) return null;
  const utilisateur = await prisma.utilisateur.findUnique({ where: { email: adresse }, select: { id: true, actif: true } });
  if (!utilisateur?.actif) return null;
  const jeton = genererJetonSession();
  const expires = echeanceSession(maintenant, maintenant);
  await prisma.sessionConnexion.create({ data: { sessionToken: jeton, utilisateurId: utilisateur.id, expires, creeLe: maintenant } });
  await journaliserConnexionReussie(prisma, { utilisateurId: utilisateur.id, methode: "demo", ip });
  return { jeton, expires };
}
