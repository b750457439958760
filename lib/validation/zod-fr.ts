// Messages d'erreur de zod en français quand un schéma n'en donne pas : un formulaire ne produit
// jamais ces cas (type inattendu, clé de section inconnue…), mais une requête forgée si, et
// l'utilisateur ne doit jamais lire « Invalid input: expected object ». Importé par chaque
// *.schema.ts, côté serveur comme côté navigateur ; sans `server-only`.
import { z } from "zod";

type Issue = Parameters<NonNullable<NonNullable<Parameters<typeof z.config>[0]>["localeError"]>>[0];

function message(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "Ce champ est obligatoire." : "Ce champ n'a pas le format attendu.";
    case "too_small":
      return issue.origin === "string" ? "Ce texte est trop court." : issue.origin === "array" ? "Ajoutez au moins un élément." : "Cette valeur est trop petite.";
    case "too_big":
      return issue.origin === "string" ? "Ce texte est trop long." : issue.origin === "array" ? "Il y a trop d'éléments." : "Cette valeur est trop grande.";
    case "unrecognized_keys":
      return "Ce champ n'est pas attendu.";
    case "invalid_value":
    case "invalid_union":
      return "Choisissez l'une des valeurs proposées.";
    default:
      return "Ce champ n'a pas le format attendu.";
  }
}

z.config({ localeError: (issue) => message(issue) });
