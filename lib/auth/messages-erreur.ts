// Messages français des erreurs de connexion : codes de next-auth (?error=…) et codes propres.

export const MESSAGES_ERREUR_CONNEXION: Record<string, { titre: string; message: string }> = {
  Verification: {
    titre: "Lien de connexion invalide",
    message:
      "Ce lien a expiré ou a déjà été utilisé. Un lien de connexion n'est valable que 15 minutes et ne fonctionne qu'une seule fois : demandez-en un nouveau.",
  },
  AccessDenied: {
    titre: "Connexion refusée",
    message: "Ce compte ne peut pas se connecter. Si vous pensez qu'il s'agit d'une erreur, contactez l'assistance.",
  },
  CompteDesactive: {
    titre: "Compte désactivé",
    message: "Ce compte a été désactivé. Adressez-vous à l'administrateur de votre organisation ou à la DGALN.",
  },
  SessionActive: {
    titre: "Vous êtes déjà connecté",
    message: "Vous êtes déjà connecté avec un autre compte. Déconnectez-vous d'abord pour changer de compte.",
  },
  Configuration: {
    titre: "Connexion indisponible",
    message: "La connexion est momentanément indisponible. Réessayez dans quelques instants ; si le problème persiste, contactez l'assistance.",
  },
  EmailSignin: {
    titre: "Lien non envoyé",
    message: "Le courriel de connexion n'a pas pu être envoyé. Vérifiez l'adresse saisie, puis réessayez dans quelques minutes.",
  },
  OAuthSignin: {
    titre: "ProConnect indisponible",
    message: "La connexion avec ProConnect n'a pas pu démarrer. Réessayez dans quelques instants ou recevez un lien de connexion par courriel.",
  },
  OAuthCallback: {
    titre: "Connexion ProConnect interrompue",
    message: "ProConnect n'a pas confirmé votre identité (connexion annulée ou expirée). Réessayez.",
  },
  OAuthCreateAccount: {
    titre: "Compte non créé",
    message: "Votre compte n'a pas pu être créé à partir de votre identité ProConnect. Réessayez ; si le problème persiste, contactez l'assistance.",
  },
  EmailCreateAccount: {
    titre: "Compte non créé",
    message: "Votre compte n'a pas pu être créé. Réessayez ; si le problème persiste, contactez l'assistance.",
  },
  OAuthAccountNotLinked: {
    titre: "Identité déjà associée",
    message: "Cette identité ProConnect est déjà associée à un autre compte. Contactez l'assistance.",
  },
  Callback: {
    titre: "Connexion interrompue",
    message: "La connexion n'a pas pu aboutir. Réessayez dans quelques instants.",
  },
  SessionRequired: {
    titre: "Connexion requise",
    message: "Connectez-vous pour accéder à cette page.",
  },
};

export const MESSAGE_ERREUR_CONNEXION_PAR_DEFAUT = {
  titre: "Connexion impossible",
  message: "La connexion n'a pas pu aboutir. Réessayez ; si le problème persiste, contactez l'assistance.",
};

export function messageErreurConnexion(code: string | undefined) {
  return (code && MESSAGES_ERREUR_CONNEXION[code]) || MESSAGE_ERREUR_CONNEXION_PAR_DEFAUT;
}

export function messageTropDeDemandes(minutes: number): string {
  return `Trop de demandes de connexion ont été faites en peu de temps. Par sécurité, aucun nouveau lien n'est envoyé pour l'instant : réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`;
}
