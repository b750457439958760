// L'horloge de l'application : une seule source de « maintenant » pour les échéances (clôture des
// sessions, relances, délais). Les cas d'usage la reçoivent en paramètre (par défaut l'horloge
// système) : les tests avancent le temps sans attendre.
export type Horloge = () => Date;

export const horlogeSysteme: Horloge = () => new Date();

/** Une horloge arrêtée à un instant (tests). */
export function horlogeFixe(instant: Date | string): Horloge {
  const t = new Date(instant).getTime();
  return () => new Date(t);
}
