-- CreateIndex
CREATE INDEX "organisation_nomRecherche_id_idx" ON "organisation"("nomRecherche", "id");
