// Le courriel du résumé quotidien : les notifications groupées par candidature (dans l'ordre de leur
// première notification), chacune avec son titre, sa date (heure de Paris), son texte et son lien ;
// puis un bouton vers toutes les notifications et le rappel de la préférence. Module pur.
import { echapperHtml } from "@/lib/courriels/html";
import { formaterDate, formaterDateHeure } from "@/lib/format/dates";
import { adresseAbsolue, boutonHtml, gabaritCourriel, type ContenuCourriel } from "./gabarit-courriel";

export type NotificationResumee = {
  id: string;
  titre: string;
  texte: string;
  lien: string;
  creeLe: Date;
  candidatureId: string | null;
  candidature: { reference: string; titre: string } | null;
};

type Groupe = { titre: string; lien: string | null; notifications: NotificationResumee[] };

/** Par candidature, dans l'ordre de la première notification ; les notifications sans candidature à la fin. */
function grouper(notifications: NotificationResumee[]): Groupe[] {
  const groupes = new Map<string, Groupe>();
  const autres: Groupe = { titre: "Autres notifications", lien: null, notifications: [] };
  for (const n of notifications) {
    if (!n.candidatureId || !n.candidature) {
      autres.notifications.push(n);
      continue;
    }
    const groupe = groupes.get(n.candidatureId) ?? {
      titre: `Candidature ${n.candidature.reference} — ${n.candidature.titre}`,
      lien: `/candidatures/${n.candidatureId}`,
      notifications: [],
    };
    groupe.notifications.push(n);
    groupes.set(n.candidatureId, groupe);
  }
  return [...groupes.values(), ...(autres.notifications.length ? [autres] : [])];
}

const pluriel = (n: number, mot: string) => `${n} ${mot}${n > 1 ? "s" : ""}`;

export function contenuResume(notifications: NotificationResumee[], maintenant: Date): ContenuCourriel {
  const sujet = `Votre résumé du ${formaterDate(maintenant)} : ${pluriel(notifications.length, "notification")}`;
  const introduction = `Voici ${notifications.length > 1 ? `les ${notifications.length} notifications reçues` : "la notification reçue"} sur les Ateliers des territoires depuis votre dernier résumé.`;
  const preference = "Vous recevez ce résumé chaque matin parce que vous l'avez choisi. Pour recevoir plutôt un courriel à chaque événement, modifiez vos préférences sur la page « Mon compte ».";
  const toutes = adresseAbsolue("/notifications");
  const groupes = grouper(notifications);

  const texte = [
    introduction,
    "",
    ...groupes.flatMap((g) => [
      `■ ${g.titre}`,
      ...(g.lien ? [`  ${adresseAbsolue(g.lien)}`] : []),
      ...g.notifications.flatMap((n) => [`  • ${n.titre} (${formaterDateHeure(n.creeLe)})`, `    ${n.texte}`, `    ${adresseAbsolue(n.lien)}`]),
      "",
    ]),
    `Toutes vos notifications : ${toutes}`,
    "",
    preference,
  ];
  const html = [
    `<p>${echapperHtml(introduction)}</p>`,
    ...groupes.map(
      (g) => `<h2 style="font-size: 18px; margin: 24px 0 8px;">${g.lien ? `<a href="${echapperHtml(adresseAbsolue(g.lien))}">${echapperHtml(g.titre)}</a>` : echapperHtml(g.titre)}</h2>
<ul>
${g.notifications
  .map(
    (n) =>
      `<li style="margin-bottom: 8px;"><a href="${echapperHtml(adresseAbsolue(n.lien))}"><strong>${echapperHtml(n.titre)}</strong></a> <span style="color: #666666;">(${echapperHtml(formaterDateHeure(n.creeLe))})</span><br>${echapperHtml(n.texte)}</li>`,
  )
  .join("\n")}
</ul>`,
    ),
    boutonHtml(toutes, "Voir toutes mes notifications"),
    `<p style="font-size: 14px;">${echapperHtml(preference)}</p>`,
  ].join("\n");
  return gabaritCourriel(sujet, { texte, html });
}
