import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { globalConfig } from "zod/v4/core";
import type { ResolverOptions } from "react-hook-form";
import { resolveurDiffere } from "./resolveur-differe";

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<{ email: string }>;

describe("resolveurDiffere", () => {
  it("charge le schéma à la première validation seulement, sans compilation, et valide en français", async () => {
    const charger = vi.fn(() => import("@/lib/auth/connexion.schema").then((m) => m.schemaDemandeLien));
    const resolver = resolveurDiffere(charger);
    expect(charger).not.toHaveBeenCalled();

    const refus = await resolver({ email: "pas une adresse" }, undefined, options);
    expect(globalConfig.jitless).toBe(true);
    expect(refus.errors.email?.message).toBe("Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.");

    // Sans `raw`, le formulaire reçoit la sortie du schéma (adresse nettoyée).
    const accord = await resolver({ email: "  prenom.nom@exemple.fr " }, undefined, options);
    expect(accord).toEqual({ errors: {}, values: { email: "prenom.nom@exemple.fr" } });
    expect(charger).toHaveBeenCalledOnce();
  });

  it("avec `raw`, rend la saisie telle quelle", async () => {
    const resolver = resolveurDiffere(() => import("@/lib/auth/connexion.schema").then((m) => m.schemaDemandeLien), { raw: true });
    expect(await resolver({ email: " prenom.nom@exemple.fr" }, undefined, options)).toEqual({ errors: {}, values: { email: " prenom.nom@exemple.fr" } });
  });

  it("si le chargement échoue, laisse le serveur vérifier une saisie brute et réessaie ensuite", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const charger = vi
      .fn<() => Promise<typeof import("@/lib/auth/connexion.schema").schemaDemandeLien>>()
      .mockRejectedValueOnce(new Error("réseau coupé"))
      .mockImplementation(() => import("@/lib/auth/connexion.schema").then((m) => m.schemaDemandeLien));
    const brut = resolveurDiffere(charger, { raw: true });
    expect(await brut({ email: "x" }, undefined, options)).toEqual({ errors: {}, values: { email: "x" } });
    expect((await brut({ email: "x" }, undefined, options)).errors.email).toBeDefined();
    expect(charger).toHaveBeenCalledTimes(2);

    const transforme = resolveurDiffere<{ email: string }, { email: string }>(() => Promise.reject(new Error("réseau coupé")));
    await expect(transforme({ email: "x" }, undefined, options)).rejects.toThrow("réseau coupé");
  });
});

// Le budget JavaScript (issue 10) : zod ne doit entrer dans aucun composant client par un import
// statique, même indirect. Les imports de types et les `import()` restent permis.
describe("composants clients", () => {
  const racine = path.resolve(import.meta.dirname, "../..");
  const fichiers = (dossier: string): string[] =>
    readdirSync(dossier, { withFileTypes: true }).flatMap((e) => {
      const chemin = path.join(dossier, e.name);
      if (e.isDirectory()) return e.name === "generated" ? [] : fichiers(chemin);
      return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [chemin] : [];
    });
  const importsStatiques = (fichier: string) =>
    [...readFileSync(fichier, "utf8").matchAll(/^(?:import|export)\s+(?!type\s)([^;]*?\bfrom\s+)?["']([^"']+)["']/gm)]
      .filter(([, clause]) => !/^\{\s*(?:type\s+\w+\s*,?\s*)+\}\s*from/.test(clause ?? ""))
      .map(([, , specifiant]) => specifiant!);
  const resoudre = (depuis: string, specifiant: string): string | null => {
    const base = specifiant.startsWith("@/") ? path.join(racine, specifiant.slice(2)) : specifiant.startsWith(".") ? path.resolve(path.dirname(depuis), specifiant) : null;
    if (!base) return null;
    return ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
  };
  const cheminVersZod = (fichier: string, vus = new Set<string>()): string[] | null => {
    if (vus.has(fichier)) return null;
    vus.add(fichier);
    for (const specifiant of importsStatiques(fichier)) {
      if (/^zod(\/|$)|^@hookform\/resolvers\/zod$/.test(specifiant)) return [specifiant];
      const suivant = resoudre(fichier, specifiant);
      const chemin = suivant && cheminVersZod(suivant, vus);
      if (chemin) return [path.relative(racine, suivant), ...chemin];
    }
    return null;
  };

  it("n'importent zod qu'à la première validation", () => {
    const clients = ["app", "components"].flatMap((d) => fichiers(path.join(racine, d))).filter((f) => /^["']use client["']/.test(readFileSync(f, "utf8")));
    expect(clients.length).toBeGreaterThan(10);
    const fautifs = clients.flatMap((f) => {
      const chemin = cheminVersZod(f);
      return chemin ? [[path.relative(racine, f), ...chemin].join(" → ")] : [];
    });
    expect(fautifs).toEqual([]);
  });
});
