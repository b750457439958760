// Fenêtre fixe de limitation de débit : les instants d'une même tranche de `dureeMs`
// (alignée sur l'époque Unix) partagent un compteur. Pur, pour être testé sans base.

export type Fenetre = { debut: Date; fin: Date };

export function fenetreCourante(maintenant: Date, dureeMs: number): Fenetre {
  if (!Number.isInteger(dureeMs) || dureeMs <= 0) throw new Error(`Durée de fenêtre invalide : ${dureeMs}`);
  const debut = Math.floor(maintenant.getTime() / dureeMs) * dureeMs;
  return { debut: new Date(debut), fin: new Date(debut + dureeMs) };
}

/** Minutes entières (au moins 1) avant la fin de la fenêtre : « réessayez dans N minutes ». */
export function minutesAvantFin(maintenant: Date, fenetre: Fenetre): number {
  return Math.max(1, Math.ceil((fenetre.fin.getTime() - maintenant.getTime()) / 60_000));
}
