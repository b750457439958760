// Les libellés du COG abrègent la nature des intercommunalités (« CC des Coëvrons ») : pour le
// public, on écrit le nom en entier (une abréviation non expliquée gêne la lecture, RGAA 8.x/AAA).
const SIGLES: [RegExp, string][] = [
  [/^CC /, "Communauté de communes "],
  [/^CA /, "Communauté d'agglomération "],
  [/^CU /, "Communauté urbaine "],
];

/** « CC des Coëvrons » → « Communauté de communes des Coëvrons » ; les autres noms sont inchangés. */
export function nomCollectiviteDeveloppe(nom: string): string {
  for (const [sigle, developpe] of SIGLES) {
    if (sigle.test(nom)) return nom.replace(sigle, developpe);
  }
  return nom;
}

/**
 * Complément de nom d'une organisation : « de la Communauté de communes des Coëvrons »,
 * « d'Andouillé », « de Nantes Métropole », « de la DDT de la Mayenne ».
 */
export function deNom(nom: string, options: { service?: boolean } = {}): string {
  const developpe = nomCollectiviteDeveloppe(nom);
  if (options.service || /^(Communauté|Métropole |Direction|Unité)/.test(developpe)) return `de la ${developpe}`;
  // Article contracté des noms de communes : « du Gâvre », « des Sables-d'Olonne » (« de La Baule »).
  if (developpe.startsWith("Le ")) return `du ${developpe.slice(3)}`;
  if (developpe.startsWith("Les ")) return `des ${developpe.slice(4)}`;
  return /^[AEIOUYÂÊÎÔÛÉÈ]/i.test(developpe) ? `d'${developpe}` : `de ${developpe}`;
}
