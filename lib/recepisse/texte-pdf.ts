// Extraction du texte d'un PDF produit par pdfkit SANS compression (le récépissé) : on relit les
// tables ToUnicode des polices incorporées et les opérateurs de texte (Tf, Tm, TJ, Tj). Ce n'est
// pas un lecteur PDF général : il sert aux tests et à la vérification d'un récépissé archivé.

type Table = Map<number, string>;

/** Valeur UTF-16 d'une CMap ; pdfkit écrit les paires de substitution (émojis) avec une espace : « <d83d de00> ». */
function utf16(valeur: string): string {
  const hex = valeur.replace(/\s+/g, "");
  let texte = "";
  for (let i = 0; i + 4 <= hex.length; i += 4) texte += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return texte;
}

/** Table code de glyphe → texte, d'après les blocs bfrange et bfchar d'une CMap ToUnicode. */
function lireCmap(cmap: string): Table {
  const table: Table = new Map();
  for (const [, bloc] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, debut, fin, suite] of bloc!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f\s]+>)/gi)) {
      const a = Number.parseInt(debut!, 16);
      const b = Number.parseInt(fin!, 16);
      if (suite!.startsWith("[")) {
        [...suite!.matchAll(/<([0-9a-f\s]+)>/gi)].forEach(([, u], i) => table.set(a + i, utf16(u!)));
      } else {
        const base = Number.parseInt(suite!.slice(1, -1).replace(/\s+/g, ""), 16);
        for (let code = a; code <= b; code++) table.set(code, String.fromCharCode(base + code - a));
      }
    }
  }
  for (const [, bloc] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, u] of bloc!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f\s]+)>/gi)) table.set(Number.parseInt(code!, 16), utf16(u!));
  }
  return table;
}

function decoder(hex: string, table: Table | undefined): string {
  // Police incorporée (Identity-H) : codes de 2 octets ; police standard : 1 octet WinAnsi.
  const largeur = table ? 4 : 2;
  let texte = "";
  for (let i = 0; i + largeur <= hex.length; i += largeur) {
    const code = Number.parseInt(hex.slice(i, i + largeur), 16);
    texte += table ? (table.get(code) ?? "\ufffd") : String.fromCharCode(code);
  }
  return texte;
}

export function extraireTextePdf(pdf: Uint8Array): string {
  const source = Buffer.from(pdf).toString("latin1");
  const objets = new Map<number, string>();
  for (const [, numero, corps] of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)\s*endobj/g)) objets.set(Number(numero), corps!);
  const flux = (corps: string | undefined) => /stream\r?\n([\s\S]*?)\r?\nendstream/.exec(corps ?? "")?.[1] ?? "";

  const polices = new Map<string, Table | undefined>();
  for (const corps of objets.values()) {
    const dictionnaire = /\/Font\s*<<([\s\S]*?)>>/.exec(corps)?.[1];
    if (!dictionnaire) continue;
    for (const [, nom, ref] of dictionnaire.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objets.get(Number(ref)) ?? "")?.[1];
      polices.set(nom!, toUnicode ? lireCmap(Buffer.from(flux(objets.get(Number(toUnicode))), "latin1").toString("utf8")) : undefined);
    }
  }

  const lignes: string[] = [];
  const numeros = [...objets.keys()].sort((a, b) => a - b);
  for (const numero of numeros) {
    const contenu = flux(objets.get(numero));
    if (!/\bTf\b/.test(contenu) || !/\bT[Jj]\b/.test(contenu)) continue;
    let police: Table | undefined;
    let y: string | null = null;
    let ligne = "";
    for (const m of contenu.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|[\d.-]+\s+[\d.-]+\s+[\d.-]+\s+[\d.-]+\s+[\d.-]+\s+([\d.-]+)\s+Tm|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (m[1]) police = polices.get(m[1]);
      else if (m[2] !== undefined) {
        if (y !== null && m[2] !== y) {
          lignes.push(ligne);
          ligne = "";
        }
        y = m[2];
      } else if (m[3] !== undefined) ligne += [...m[3].matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => decoder(hex!, police)).join("");
      else if (m[4] !== undefined) ligne += decoder(m[4], police);
    }
    lignes.push(ligne);
  }
  return lignes.join("\n");
}
