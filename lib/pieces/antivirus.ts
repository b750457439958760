// Analyse antivirus des pièces par un démon ClamAV (clamd), protocole INSTREAM, quand CLAMAV_URL est
// définie (docs/decisions/018-antivirus.md). Client écrit ici plutôt que pris sur npm : il ne faut
// que INSTREAM, avec un refus net (« fermé par défaut ») sur toute réponse inattendue, une coupure
// ou un délai dépassé — ce que les clients disponibles ne garantissent pas (voir la décision).
import "server-only";
import { connect, type Socket } from "node:net";

export type ResultatAntivirus =
  | { statut: "sain" }
  | { statut: "infecte"; signature: string }
  | { statut: "indisponible"; raison: string };

/** Taille des morceaux envoyés (clamd accepte jusqu'à StreamMaxLength au total, 25 Mo par défaut). */
const MORCEAU = 64 * 1024;
const DELAI_PAR_DEFAUT_MS = 30_000;

/** `tcp://hote:port` ou `unix:///chemin/clamd.ctl` → options de connexion ; `null` si illisible. */
export function cibleClamav(url: string): { host: string; port: number } | { path: string } | null {
  try {
    const u = new URL(url);
    if (u.protocol === "unix:") return u.pathname ? { path: decodeURIComponent(u.pathname) } : null;
    if (u.protocol !== "tcp:" || !u.hostname) return null;
    return { host: u.hostname.replace(/^\[|\]$/g, ""), port: u.port ? Number(u.port) : 3310 };
  } catch {
    return null;
  }
}

/** Antivirus configuré ? (pour /api/sante et la décision d'analyser). */
export function antivirusConfigure(env: Record<string, string | undefined> = process.env): boolean {
  return !!env.CLAMAV_URL?.trim();
}

/** Lit la réponse de clamd : « stream: OK », « stream: <signature> FOUND », sinon indisponible. */
export function lireReponseClamd(reponse: string): ResultatAntivirus {
  const texte = reponse.replace(/\0/g, "").trim();
  if (/^(stream: )?OK$/.test(texte)) return { statut: "sain" };
  const trouve = /^(?:stream: )?(.+) FOUND$/.exec(texte);
  if (trouve) return { statut: "infecte", signature: trouve[1]!.trim().slice(0, 200) };
  return { statut: "indisponible", raison: texte ? `réponse de clamd : ${texte.slice(0, 200)}` : "connexion fermée sans réponse" };
}

/**
 * Envoie le contenu à clamd (INSTREAM) et rend son verdict. Ne lève jamais : démon injoignable,
 * coupure, délai dépassé ou réponse inattendue donnent `indisponible`.
 */
export function analyserContenu(contenu: Uint8Array, url: string, delaiMs = Number(process.env.CLAMAV_DELAI_MS) || DELAI_PAR_DEFAUT_MS): Promise<ResultatAntivirus> {
  const cible = cibleClamav(url);
  if (!cible) return Promise.resolve({ statut: "indisponible", raison: "CLAMAV_URL illisible (tcp://hôte:port ou unix:///chemin)" });
  return new Promise((resoudre) => {
    let fini = false;
    const morceaux: Buffer[] = [];
    const socket: Socket = connect(cible);
    const terminer = (resultat: ResultatAntivirus) => {
      if (fini) return;
      fini = true;
      clearTimeout(minuterie);
      socket.destroy();
      resoudre(resultat);
    };
    const minuterie = setTimeout(() => terminer({ statut: "indisponible", raison: `pas de réponse en ${delaiMs} ms` }), delaiMs);
    socket.on("error", (e: NodeJS.ErrnoException) => terminer({ statut: "indisponible", raison: `clamd injoignable (${e.code ?? e.message})` }));
    socket.on("data", (d: Buffer) => {
      morceaux.push(d);
      // clamd termine sa réponse par un octet nul (commande préfixée par « z »).
      if (d.includes(0)) terminer(lireReponseClamd(Buffer.concat(morceaux).toString("utf8")));
    });
    socket.on("close", () => terminer(lireReponseClamd(Buffer.concat(morceaux).toString("utf8"))));
    socket.on("connect", async () => {
      const ecrire = (b: Uint8Array) => new Promise<void>((ok) => (socket.write(b) ? ok() : socket.once("drain", () => ok())));
      await ecrire(Buffer.from("zINSTREAM\0"));
      for (let debut = 0; debut < contenu.length && !fini; debut += MORCEAU) {
        const tranche = contenu.subarray(debut, debut + MORCEAU);
        const longueur = Buffer.alloc(4);
        longueur.writeUInt32BE(tranche.length);
        await ecrire(longueur);
        await ecrire(tranche);
      }
      if (!fini) await ecrire(Buffer.alloc(4)); // longueur nulle : fin du flux
    });
  });
}

/** Analyse si CLAMAV_URL est définie ; `null` sinon (développement : pas d'analyse). */
export async function analyserSiConfigure(contenu: Uint8Array, env: Record<string, string | undefined> = process.env): Promise<ResultatAntivirus | null> {
  return antivirusConfigure(env) ? analyserContenu(contenu, env.CLAMAV_URL!.trim()) : null;
}
