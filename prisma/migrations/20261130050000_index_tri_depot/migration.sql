-- Tri par défaut du tableau d'instruction (issue 11) : ORDER BY "deposeeLe" DESC NULLS LAST, id.
-- Sans cet index, PostgreSQL lisait toute la table (50 Mo à 20 000 candidatures) pour en garder 20.
DROP INDEX IF EXISTS "candidature_deposeeLe_idx";
CREATE INDEX "candidature_deposeeLe_id_idx" ON "candidature"("deposeeLe" DESC NULLS LAST, "id");
