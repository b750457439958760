-- Portée d'un service de l'État : « serviceEtatId = … OR codeDepartement = … » (issue 10).
-- CreateIndex
CREATE INDEX "candidature_serviceEtatId_idx" ON "candidature"("serviceEtatId");

-- CreateIndex
CREATE INDEX "atelier_serviceEtatId_idx" ON "atelier"("serviceEtatId");
