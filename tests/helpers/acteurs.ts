// L'acteur d'un utilisateur de test, chargé comme le fait la connexion (lib/auth/acteur-chargement).
import type { Acteur } from "@/lib/auth/acteur";
import { chargerActeur } from "@/lib/auth/acteur-chargement";
import { prisma } from "@/lib/db";

export async function acteurDe(utilisateurId: string): Promise<Acteur> {
  const acteur = await chargerActeur(prisma, utilisateurId);
  if (!acteur) throw new Error(`Utilisateur de test introuvable ou inactif : ${utilisateurId}`);
  return acteur;
}
