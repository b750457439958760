// Mettre une tâche en file dans la transaction de l'appelant : la tâche n'existe que si l'action qui
// la produit est validée (pas de courriel annonçant ce qui n'a pas eu lieu), et elle est visible de
// tous les travailleurs dès la validation. pg-boss écrit par le client Prisma fourni (`db`).
import PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SCHEMA_FILE } from "./files";

type ClientSql = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

/** pg-boss passe des objets (données de la tâche) et des dates : le pilote les reçoit en texte. */
function parametre(valeur: unknown): unknown {
  if (valeur instanceof Date) return valeur.toISOString();
  if (valeur !== null && typeof valeur === "object") return JSON.stringify(valeur);
  return valeur;
}

export function adaptateurSql(client: ClientSql): PgBoss.Db {
  return {
    async executeSql(texte: string, valeurs: unknown[] = []) {
      const rows = await client.$queryRawUnsafe<unknown[]>(texte, ...valeurs.map(parametre));
      return { rows };
    },
  };
}

// Un objet pg-boss jamais démarré : il ne sert qu'à écrire les tâches par le client de l'appelant.
let producteur: PgBoss | undefined;
function pgBoss(): PgBoss {
  producteur ??= new PgBoss({ db: { executeSql: () => Promise.reject(new Error("client de l'appelant requis")) }, schema: SCHEMA_FILE });
  return producteur;
}

export type OptionsTache = Pick<PgBoss.SendOptions, "retryLimit" | "retryDelay" | "retryBackoff" | "startAfter" | "singletonKey" | "deadLetter" | "expireInSeconds">;

export async function mettreEnFile(client: ClientSql, file: string, donnees: object, options: OptionsTache = {}): Promise<string | null> {
  return pgBoss().send(file, donnees, { ...options, db: adaptateurSql(client) });
}
