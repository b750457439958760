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
