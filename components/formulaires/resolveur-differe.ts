"use client";

// Le schéma zod d'un formulaire, chargé à sa première validation plutôt qu'avec la page (issue 10,
// budget JavaScript) : zod pèse plus de 40 Kio gzip, que chaque page à formulaire téléchargeait avant
// même la première frappe. Le schéma reste le seul, partagé avec l'action serveur qui revérifie tout ;
// le navigateur ne fait qu'en donner l'écho plus tôt. Aucun composant client n'importe donc un module
// `*.schema.ts` autrement que par `import()` (les imports de types, effacés, restent permis).
import type { FieldValues, Resolver } from "react-hook-form";

/** Ce que `zodResolver` lit d'un schéma zod 4 : ses types d'entrée et de sortie (sans importer zod). */
type SchemaZod<Entree, Sortie> = { _zod: { input: Entree; output: Sortie } };
type Mode = { mode?: "async" | "sync" };

/**
 * `zodResolver(schema, undefined, options)` construit au premier appel, une fois pour toutes, puis
 * appelé à chaque validation. À créer une fois par formulaire (niveau module ou `useMemo`).
 * `raw: true` : le formulaire reçoit la saisie telle quelle, le serveur la nettoie.
 */
export function resolveurDiffere<Entree extends FieldValues, Sortie>(
  charger: () => Promise<SchemaZod<Entree, Sortie>>,
  options: Mode & { raw: true },
): Resolver<Entree, unknown, Entree>;
export function resolveurDiffere<Entree extends FieldValues, Sortie>(
  charger: () => Promise<SchemaZod<Entree, Sortie>>,
  options?: Mode & { raw?: false },
): Resolver<Entree, unknown, Sortie>;
export function resolveurDiffere<Entree extends FieldValues, Sortie>(
  charger: () => Promise<SchemaZod<Entree, Sortie>>,
  options: Mode & { raw?: boolean } = {},
): Resolver<Entree, unknown, Entree | Sortie> {
  let resolveur: Promise<Resolver<Entree, unknown, Entree | Sortie>> | undefined;
  return async (valeurs, contexte, optionsChamps) => {
    resolveur ??= preparer(charger, options);
    let valider: Resolver<Entree, unknown, Entree | Sortie>;
    try {
      valider = await resolveur;
    } catch (erreur) {
      // Chargement impossible (réseau coupé, nouvelle version déployée) : on réessaiera à la
      // validation suivante. Saisie brute : le serveur, qui valide de toute façon, répondra avec
      // ses messages. Saisie transformée : sans schéma, pas de valeurs à donner au formulaire.
      resolveur = undefined;
      if (!options.raw) throw erreur;
      console.error("Validation dans le navigateur indisponible, le serveur vérifiera la saisie.", erreur);
      return { values: valeurs, errors: {} };
    }
    return valider(valeurs, contexte, optionsChamps);
  };
}

async function preparer<Entree extends FieldValues, Sortie>(
  charger: () => Promise<SchemaZod<Entree, Sortie>>,
  options: Mode & { raw?: boolean },
): Promise<Resolver<Entree, unknown, Entree | Sortie>> {
  // Avant que le module du schéma ne construise le moindre objet : zod sans compilation (CSP).
  await import("./zod-sans-compilation");
  const [schema, { zodResolver }] = await Promise.all([charger(), import("@hookform/resolvers/zod")]);
  // `zodResolver` n'accepte qu'un littéral pour `raw` (deux surcharges) : le type de retour est celui
  // que déclarent les surcharges de `resolveurDiffere`.
  return zodResolver(schema, undefined, { mode: options.mode, raw: options.raw === true } as { raw: true }) as Resolver<Entree, unknown, Entree | Sortie>;
}
