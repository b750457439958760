// Découpe un texte en morceaux écrits chacun dans une police qui a tous ses caractères : Marianne
// d'abord, DejaVu Sans en secours. Ce qu'aucune n'a (émojis, idéogrammes chinois ou japonais…) est
// remplacé par « □ », visible, plutôt que laissé en blanc (issue 9, point 14). Le découpage se fait par
// graphème : un émoji composé (famille, drapeau, couleur de peau) devient un seul « □ ».

export const CARACTERE_REMPLACE = "□";

export type Morceau = { police: "principale" | "secours"; texte: string };

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const ESPACE = /^\s+$/u;
const DROITE_A_GAUCHE = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const segmenteur = new Intl.Segmenter("fr", { granularity: "grapheme" });

/**
 * pdfkit écrit de gauche à droite ; fontkit retourne chaque morceau arabe ou hébreu qu'on lui donne,
 * espaces comprises. Un passage écrit de droite à gauche est donc donné mot à mot, mots et espaces
 * dans l'ordre inverse : il se lit juste sur une ligne. Les espaces finales restent après lui.
 */
function ordreVisuel(police: Morceau["police"], texte: string): Morceau[] {
  const [, corps = "", fin = ""] = /^([\s\S]*?)(\s*)$/u.exec(texte) ?? [];
  const mots = corps.split(/(\s+)/u).filter(Boolean).reverse();
  return [...mots, ...(fin ? [fin] : [])].map((t) => ({ police, texte: t }));
}

export function decouperParPolice(
  texte: string,
  couvre: Record<Morceau["police"], (codePoint: number) => boolean>,
): { morceaux: Morceau[]; remplaces: number } {
  const bruts: (Morceau & { rtl: boolean })[] = [];
  let remplaces = 0;
  const ajouter = (police: Morceau["police"], rtl: boolean, morceau: string) => {
    const dernier = bruts.at(-1);
    if (dernier && dernier.police === police && dernier.rtl === rtl) dernier.texte += morceau;
    else bruts.push({ police, rtl, texte: morceau });
  };
  for (const { segment } of segmenteur.segment(texte.normalize("NFC"))) {
    const dernier = bruts.at(-1);
    if (ESPACE.test(segment)) {
      ajouter(dernier?.police ?? "principale", dernier?.rtl ?? false, segment);
      continue;
    }
    const caracteres = [...segment];
    const utiles = caracteres.filter((c) => !IGNORABLE.test(c));
    if (utiles.length === 0) continue;
    const police = (["principale", "secours"] as const).find((p) => utiles.every((c) => couvre[p](c.codePointAt(0)!)));
    if (!police) {
      remplaces++;
      ajouter("secours", false, CARACTERE_REMPLACE);
      continue;
    }
    // Un caractère invisible que la police n'a pas (sélecteur de variante…) s'écrirait en glyphe manquant.
    const ecrits = caracteres.filter((c) => !IGNORABLE.test(c) || couvre[police](c.codePointAt(0)!)).join("");
    ajouter(police, DROITE_A_GAUCHE.test(segment), ecrits);
  }
  return { morceaux: bruts.flatMap(({ police, rtl, texte: t }) => (rtl ? ordreVisuel(police, t) : [{ police, texte: t }])), remplaces };
}
