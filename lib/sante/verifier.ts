import "server-only";
import { prisma } from "@/lib/db";
import { antivirusConfigure } from "@/lib/pieces/antivirus";

export type EtatSante = {
  statut: "ok" | "degrade";
  application: { nom: string; version: string; instant: string };
  base: { statut: "ok" | "injoignable"; latenceMs?: number; migrations?: number; message?: string };
  /** Analyse des pièces par ClamAV (CLAMAV_URL) ; sans elle, les pièces ne sont pas analysées. */
  antivirus: { configure: boolean };
};

const DELAI_MAX_MS = 2_000;

// Sonde de santé : l'application répond, et la base répond à une requête dans le délai.
export async function verifierSante(): Promise<EtatSante> {
  const application = {
    nom: "Ateliers des territoires",
    version: process.env.npm_package_version ?? "0.1.0",
    instant: new Date().toISOString(),
  };
  const antivirus = { configure: antivirusConfigure() };
  const debut = performance.now();
  try {
    const lignes = await Promise.race([
      prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
      new Promise<never>((_, rejeter) => setTimeout(() => rejeter(new Error("délai dépassé")), DELAI_MAX_MS)),
    ]);
    return {
      statut: "ok",
      application,
      antivirus,
      base: { statut: "ok", latenceMs: Math.round(performance.now() - debut), migrations: Number(lignes[0]?.n ?? 0) },
    };
  } catch {
    return { statut: "degrade", application, antivirus, base: { statut: "injoignable", message: "La base de données ne répond pas." } };
  }
}
