// Limitation de débit partagée par toutes les instances : un compteur par clé et par fenêtre
// fixe dans PostgreSQL (table limite_debit). L'incrément est un seul INSERT … ON CONFLICT DO
// UPDATE … RETURNING : PostgreSQL verrouille la ligne, deux requêtes simultanées (même sur deux
// instances) lisent donc deux valeurs différentes et jamais plus de `limite` ne passent.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fenetreCourante, minutesAvantFin } from "./fenetre";

type Client = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

export type Limite = { limite: number; fenetreMs: number };

export type Decision = {
  autorise: boolean;
  /** Rang de cette demande dans la fenêtre (1 pour la première). */
  compteur: number;
  /** Vrai pour la première demande refusée de la fenêtre : on ne journalise qu'elle. */
  premierRefus: boolean;
  reessayerDansMinutes: number;
};

/** Les fenêtres échues sont purgées de temps en temps, pas à chaque appel. */
const PROBABILITE_PURGE = 0.01;
const CONSERVATION_MS = 24 * 60 * 60 * 1000;

export async function consommer(prisma: Client, cle: string, { limite, fenetreMs }: Limite, maintenant = new Date()): Promise<Decision> {
  const fenetre = fenetreCourante(maintenant, fenetreMs);
  const [ligne] = await prisma.$queryRaw<{ compteur: number }[]>`
    INSERT INTO limite_debit (cle, "fenetreDebut", compteur) VALUES (${cle}, ${fenetre.debut}, 1)
    ON CONFLICT (cle, "fenetreDebut") DO UPDATE SET compteur = limite_debit.compteur + 1
    RETURNING compteur`;
  const compteur = Number(ligne!.compteur);
  if (Math.random() < PROBABILITE_PURGE) {
    await prisma.$executeRaw`DELETE FROM limite_debit WHERE "fenetreDebut" < ${new Date(maintenant.getTime() - CONSERVATION_MS)}`;
  }
  return {
    autorise: compteur <= limite,
    compteur,
    premierRefus: compteur === limite + 1,
    reessayerDansMinutes: minutesAvantFin(maintenant, fenetre),
  };
}
