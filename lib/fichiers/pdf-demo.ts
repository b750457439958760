// Un PDF d'une page, valide et lisible, pour les pièces des données de démonstration.
// (Les vrais documents viennent des utilisateurs ; le récépissé a son propre générateur.)
function echapper(texte: string): string {
  // Police standard en WinAnsi : on translittère ce qui n'y figure pas.
  return texte
    .normalize("NFC")
    .replace(/[’]/g, "'")
    .replace(/[–—]/g, "-")
    .replace(/[\\()]/g, (c) => `\\${c}`)
    .replace(/[^\x20-\xff]/g, "?");
}

export function pdfDemonstration(lignes: string[]): Buffer {
  const texte = lignes
    .map((ligne, i) => `BT /F1 ${i === 0 ? 16 : 11} Tf 56 ${780 - i * 22} Td (${echapper(ligne)}) Tj ET`)
    .join("\n");
  const flux = Buffer.from(texte, "latin1");
  const objets = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  const morceaux: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const positions: number[] = [];
  let taille = morceaux[0]!.length;
  const ajouter = (b: Buffer) => {
    morceaux.push(b);
    taille += b.length;
  };
  objets.forEach((objet, i) => {
    positions.push(taille);
    ajouter(Buffer.from(`${i + 1} 0 obj\n${objet}\nendobj\n`, "latin1"));
  });
  positions.push(taille);
  ajouter(Buffer.concat([Buffer.from(`5 0 obj\n<< /Length ${flux.length} >>\nstream\n`, "latin1"), flux, Buffer.from("\nendstream\nendobj\n", "latin1")]));
  const xref = taille;
  const entrees = positions.map((p) => `${String(p).padStart(10, "0")} 00000 n \n`).join("");
  ajouter(Buffer.from(`xref\n0 6\n0000000000 65535 f \n${entrees}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, "latin1"));
  return Buffer.concat(morceaux);
}
