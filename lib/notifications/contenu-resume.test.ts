import { describe, expect, it, vi } from "vitest";
import { contenuResume, type NotificationResumee } from "./contenu-resume";

vi.mock("@/lib/invitations/courriel", () => ({ originePublique: () => "https://ateliers.example" }));

const C1 = "00000000-0000-4000-8000-000000000001";
const C2 = "00000000-0000-4000-8000-000000000002";

function n(i: number, candidature: 1 | 2 | null, titre = `Titre ${i}`): NotificationResumee {
  const id = candidature === 1 ? C1 : candidature === 2 ? C2 : null;
  return {
    id: `n${i}`,
    titre,
    texte: `Texte ${i}.`,
    lien: id ? `/candidatures/${id}` : "/mon-compte",
    creeLe: new Date(Date.UTC(2027, 2, 27, 16, i)),
    candidatureId: id,
    candidature: id ? { reference: `ADT-2027-0000${candidature}`, titre: `Projet ${candidature}` } : null,
  };
}

describe("courriel du résumé quotidien", () => {
  it("groupe par candidature, dans l'ordre de leur première notification, les autres à la fin", () => {
    const c = contenuResume([n(1, 2), n(2, null), n(3, 1), n(4, 2)], new Date("2027-03-28T06:00:00Z"));
    expect(c.sujet).toBe("Votre résumé du 28 mars 2027 : 4 notifications");
    const t = c.texte;
    expect(t.startsWith("Bonjour,\n\nVoici les 4 notifications reçues")).toBe(true);
    const positions = ["■ Candidature ADT-2027-00002 — Projet 2", "■ Candidature ADT-2027-00001 — Projet 1", "■ Autres notifications"].map((x) => t.indexOf(x));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Les deux notifications de la candidature 2 sont dans son groupe, à l'heure de Paris.
    expect(t.indexOf("Titre 4")).toBeLessThan(t.indexOf("■ Candidature ADT-2027-00001"));
    expect(t).toContain("• Titre 1 (27 mars 2027 à 17\u00a0h\u00a001)");
    expect(t).toContain(`https://ateliers.example/candidatures/${C2}`);
    expect(t).toContain("Toutes vos notifications : https://ateliers.example/notifications");
    expect(t).toContain("« Mon compte »");
  });

  it("accorde au singulier et échappe le HTML des titres", () => {
    const c = contenuResume([n(1, 1, `Dépôt <script>alert("x")</script> & co`)], new Date("2027-10-31T07:00:00Z"));
    expect(c.sujet).toBe("Votre résumé du 31 octobre 2027 : 1 notification");
    expect(c.texte).toContain("Voici la notification reçue");
    expect(c.html).not.toContain("<script>");
    expect(c.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(c.html).toContain('<html lang="fr">');
    expect(c.html).toContain('href="https://ateliers.example/notifications"');
  });
});
