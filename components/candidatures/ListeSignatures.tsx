import { fr } from "@codegouvfr/react-dsfr";
import type { AvisEtat, PartieSignataire } from "@/lib/generated/prisma/enums";
import { dateIso, formaterDateHeure } from "@/lib/format/dates";
import { AVIS } from "./libelles";

export type SignatureAffichee = {
  id: string;
  partie: PartieSignataire;
  hashContenu: string;
  avis: AvisEtat | null;
  avisTexte: string | null;
  signeeLe: Date;
  invalideeLe: Date | null;
  motifInvalidation: string | null;
  utilisateur: { prenom: string | null; nom: string | null; email: string };
  organisation: { nom: string };
};

const PARTIES: Record<PartieSignataire, string> = { collectivite: "Collectivité principale", etat: "Service de l'État" };

function nom(u: SignatureAffichee["utilisateur"]): string {
  return [u.prenom, u.nom].filter(Boolean).join(" ") || u.email;
}

/** Qui a signé, quand, avec quel avis ; les signatures annulées restent visibles, barrées, avec leur motif. */
export function ListeSignatures({ signatures, hashActuel }: { signatures: SignatureAffichee[]; hashActuel: string | null }) {
  return (
    <section aria-labelledby="titre-signatures" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-signatures">Signatures</h2>
      {signatures.length === 0 ? (
        <p>Aucune signature pour le moment : la collectivité principale et le service de l&apos;État signent chacun le contenu actuel.</p>
      ) : (
        <ul className={fr.cx("fr-raw-list")}>
          {signatures.map((s) => {
            const annulee = s.invalideeLe !== null;
            const perimee = !annulee && s.hashContenu !== hashActuel;
            return (
              <li key={s.id} className={fr.cx("fr-mb-2w")}>
                <p className={fr.cx("fr-mb-1v")}>
                  {annulee ? (
                    <del>
                      {PARTIES[s.partie]} : {nom(s.utilisateur)} ({s.organisation.nom}), le{" "}
                      <time dateTime={dateIso(s.signeeLe)}>{formaterDateHeure(s.signeeLe)}</time>
                    </del>
                  ) : (
                    <>
                      <strong>{PARTIES[s.partie]}</strong> : {nom(s.utilisateur)} ({s.organisation.nom}), le{" "}
                      <time dateTime={dateIso(s.signeeLe)}>{formaterDateHeure(s.signeeLe)}</time>
                    </>
                  )}
                </p>
                {s.avis && (
                  <p className={fr.cx("fr-text--sm", "fr-mb-1v")}>
                    {AVIS[s.avis]}
                    {s.avisTexte ? ` : ${s.avisTexte}` : ""}
                  </p>
                )}
                {annulee && s.invalideeLe && (
                  <p className={fr.cx("fr-text--sm", "fr-mb-0", "fr-error-text")}>
                    Signature annulée le {formaterDateHeure(s.invalideeLe)}
                    {s.motifInvalidation ? ` : ${s.motifInvalidation}` : "."}
                  </p>
                )}
                {perimee && <p className={fr.cx("fr-text--sm", "fr-mb-0", "fr-error-text")}>Cette signature porte sur un contenu antérieur.</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
