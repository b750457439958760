-- AlterTable
ALTER TABLE "candidature" ADD COLUMN     "correctionsEcheance" TIMESTAMP(3),
ADD COLUMN     "decideeLe" TIMESTAMP(3),
ADD COLUMN     "motifRetrait" TEXT,
ADD COLUMN     "recherche" tsvector,
ADD COLUMN     "retireeLe" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "decision" ADD COLUMN     "depotNumero" INTEGER,
ADD COLUMN     "echeance" TIMESTAMP(3),
ADD COLUMN     "lettreId" UUID,
ADD COLUMN     "points" TEXT[];

-- AlterTable
ALTER TABLE "depot" ADD COLUMN     "contenu" JSONB;

-- CreateTable
CREATE TABLE "vue_enregistree" (
    "id" UUID NOT NULL,
    "utilisateurId" UUID NOT NULL,
    "ecran" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "parametres" TEXT NOT NULL,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vue_enregistree_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "vue_enregistree_utilisateurId_ecran_nom_key" ON "vue_enregistree"("utilisateurId", "ecran", "nom");

-- CreateIndex
CREATE INDEX "candidature_recherche_idx" ON "candidature" USING GIN ("recherche");

-- CreateIndex
CREATE INDEX "candidature_deposeeLe_idx" ON "candidature"("deposeeLe");

-- CreateIndex
CREATE INDEX "candidature_correctionsEcheance_idx" ON "candidature"("correctionsEcheance");

-- AddForeignKey
ALTER TABLE "vue_enregistree" ADD CONSTRAINT "vue_enregistree_utilisateurId_fkey" FOREIGN KEY ("utilisateurId") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_lettreId_fkey" FOREIGN KEY ("lettreId") REFERENCES "fichier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ─── Recherche plein texte du tableau d'instruction (issue 11) ───────────────────────────────
-- Configuration française qui ignore les accents et la casse : « andouille », « ANDOUILLÉ » et
-- « Andouillé » donnent le même lexème. `unaccent` est une extension « trusted » (PostgreSQL ≥ 13) :
-- le propriétaire de la base peut la créer sans être superutilisateur.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION fr_sans_accents (COPY = french);
ALTER TEXT SEARCH CONFIGURATION fr_sans_accents
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- Le document de recherche d'une candidature : référence et titre (poids A), collectivités
-- porteuses (A), territoire — communes et EPCI du périmètre, département, région (B) —, texte de la
-- note d'opportunité (C). Recalculé par l'application après chaque écriture du contenu.
CREATE FUNCTION candidature_document_recherche(cid uuid) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT
    setweight(to_tsvector('fr_sans_accents', concat_ws(' ', c.reference, replace(c.reference, '-', ' '), c.titre)), 'A')
    || setweight(to_tsvector('fr_sans_accents', concat_ws(' ', o.nom,
         (SELECT string_agg(p.nom, ' ') FROM candidature_porteuse cp JOIN organisation p ON p.id = cp."organisationId" WHERE cp."candidatureId" = c.id))), 'A')
    || setweight(to_tsvector('fr_sans_accents', concat_ws(' ',
         (SELECT string_agg(m.nom, ' ') FROM perimetre_commune pc JOIN commune m ON m."codeInsee" = pc."codeInsee" WHERE pc."candidatureId" = c.id),
         (SELECT string_agg(e.nom, ' ') FROM perimetre_epci pe JOIN epci e ON e.siren = pe."epciSiren" WHERE pe."candidatureId" = c.id),
         (SELECT d.nom FROM departement d WHERE d.code = c."codeDepartement"),
         (SELECT r.nom FROM region r WHERE r.code = c."codeRegion"))), 'B')
    || setweight(to_tsvector('fr_sans_accents', concat_ws(' ', c.localisation, c.objet, c.objectifs, c.ressources,
         c."dynamiquesTerritoire", c."dynamiquesAmenagement", c."livrablesAttendus")), 'C')
  FROM candidature c JOIN organisation o ON o.id = c."collectivitePrincipaleId"
  WHERE c.id = cid
$$;

UPDATE candidature SET recherche = candidature_document_recherche(id);
