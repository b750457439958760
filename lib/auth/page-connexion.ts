// Ce que la page /connexion affiche, d'après l'adresse (?callbackUrl, ?error, ?erreur…) et la
// configuration : pur, pour être testé sans navigateur.
import { schemaDemandeLien } from "./connexion.schema";
import { messageErreurConnexion, messageTropDeDemandes } from "./messages-erreur";
import { cheminDeRetour } from "./requete";

/** Après connexion, sans destination demandée : l'espace de travail de l'utilisateur (app/mon-espace). */
export const DESTINATION_PAR_DEFAUT = "/mon-espace";

export type ParametresConnexion = Record<string, string | string[] | undefined>;

const premier = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function lireParametresConnexion(parametres: ParametresConnexion, origine?: string) {
  const demande = premier(parametres.callbackUrl);
  const callbackUrl = demande ? cheminDeRetour(demande, origine) : DESTINATION_PAR_DEFAUT;
  const codeErreur = premier(parametres.erreur) ?? premier(parametres.error);
  let erreur: { titre: string; message: string } | null = null;
  if (codeErreur === "TropDeDemandes") {
    const minutes = Math.min(60, Math.max(1, Number.parseInt(premier(parametres.attente) ?? "15", 10) || 15));
    erreur = { titre: "Trop de demandes de connexion", message: messageTropDeDemandes(minutes) };
  } else if (codeErreur) {
    erreur = messageErreurConnexion(codeErreur);
  }
  // Adresse d'une invitation : proposée dans le formulaire de lien de connexion (jamais imposée).
  const propose = schemaDemandeLien.safeParse({ email: premier(parametres.email) ?? "" });
  const emailPropose = propose.success ? propose.data.email : "";
  return { callbackUrl, erreur, deconnecte: premier(parametres.deconnecte) === "1", emailPropose };
}
