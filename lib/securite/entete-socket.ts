// En-tête interne où `instrumentation.ts` recopie l'adresse de la socket TCP (voir lib/auth/requete.ts).
export const ENTETE_ADRESSE_SOCKET = "x-adresse-socket";
