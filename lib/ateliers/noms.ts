/** « Camille Martin », ou l'adresse électronique quand le nom n'est pas connu. Pur. */
export const nomDe = (u: { email: string; prenom: string | null; nom: string | null }) => [u.prenom, u.nom].filter(Boolean).join(" ") || u.email;
