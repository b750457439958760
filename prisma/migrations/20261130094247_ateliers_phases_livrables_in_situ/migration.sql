-- CreateEnum
CREATE TYPE "ThemeAtelierInSitu" AS ENUM ('diagnostic_enjeux', 'strategie', 'feuille_de_route', 'autre');

-- CreateEnum
CREATE TYPE "NatureFrais" AS ENUM ('logistique', 'restauration', 'location_salle', 'autre');

-- AlterEnum
ALTER TYPE "TypeNotification" ADD VALUE 'phase_atelier';

-- DropIndex
DROP INDEX "validation_phase_phaseId_partie_key";

-- AlterTable
ALTER TABLE "atelier_in_situ" ADD COLUMN     "codeInsee" TEXT,
ADD COLUMN     "compteRendu" TEXT,
ADD COLUMN     "participantsElus" INTEGER,
ADD COLUMN     "participantsHabitants" INTEGER,
ADD COLUMN     "participantsPartenaires" INTEGER,
ADD COLUMN     "participantsTechniciens" INTEGER,
ADD COLUMN     "theme" "ThemeAtelierInSitu";

-- AlterTable
ALTER TABLE "frais_materiel" ADD COLUMN     "atelierInSituId" UUID,
ADD COLUMN     "nature" "NatureFrais" NOT NULL DEFAULT 'autre';

-- AlterTable
ALTER TABLE "livrable" ADD COLUMN     "courant" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "publiable" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "publieLe" TIMESTAMP(3),
ADD COLUMN     "publieParId" UUID,
ADD COLUMN     "sha256" TEXT;

-- AlterTable
ALTER TABLE "validation_phase" ADD COLUMN     "empreinteLivrables" TEXT,
ADD COLUMN     "invalideeLe" TIMESTAMP(3),
ADD COLUMN     "motifInvalidation" TEXT;

-- CreateTable
CREATE TABLE "renvoi_phase" (
    "id" UUID NOT NULL,
    "phaseId" UUID NOT NULL,
    "partie" "PartieSignataire" NOT NULL,
    "organisationId" UUID NOT NULL,
    "utilisateurId" UUID NOT NULL,
    "commentaire" TEXT NOT NULL,
    "empreinteLivrables" TEXT,
    "renvoyeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "renvoi_phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_atelier_in_situ" (
    "id" UUID NOT NULL,
    "atelierInSituId" UUID NOT NULL,
    "nomFichier" TEXT NOT NULL,
    "fichierId" UUID NOT NULL,
    "deposeParId" UUID,
    "deposeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_atelier_in_situ_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "renvoi_phase_phaseId_renvoyeLe_idx" ON "renvoi_phase"("phaseId", "renvoyeLe");

-- CreateIndex
CREATE INDEX "support_atelier_in_situ_atelierInSituId_idx" ON "support_atelier_in_situ"("atelierInSituId");

-- CreateIndex
CREATE INDEX "frais_materiel_atelierInSituId_idx" ON "frais_materiel"("atelierInSituId");

-- CreateIndex
CREATE INDEX "livrable_phaseId_courant_idx" ON "livrable"("phaseId", "courant");

-- CreateIndex
CREATE UNIQUE INDEX "livrable_phaseId_type_version_key" ON "livrable"("phaseId", "type", "version");

-- CreateIndex
CREATE INDEX "validation_phase_phaseId_invalideeLe_idx" ON "validation_phase"("phaseId", "invalideeLe");

-- AddForeignKey
ALTER TABLE "renvoi_phase" ADD CONSTRAINT "renvoi_phase_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renvoi_phase" ADD CONSTRAINT "renvoi_phase_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "renvoi_phase" ADD CONSTRAINT "renvoi_phase_utilisateurId_fkey" FOREIGN KEY ("utilisateurId") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "atelier_in_situ" ADD CONSTRAINT "atelier_in_situ_codeInsee_fkey" FOREIGN KEY ("codeInsee") REFERENCES "commune"("codeInsee") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "livrable" ADD CONSTRAINT "livrable_publieParId_fkey" FOREIGN KEY ("publieParId") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_atelier_in_situ" ADD CONSTRAINT "support_atelier_in_situ_atelierInSituId_fkey" FOREIGN KEY ("atelierInSituId") REFERENCES "atelier_in_situ"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_atelier_in_situ" ADD CONSTRAINT "support_atelier_in_situ_fichierId_fkey" FOREIGN KEY ("fichierId") REFERENCES "fichier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_atelier_in_situ" ADD CONSTRAINT "support_atelier_in_situ_deposeParId_fkey" FOREIGN KEY ("deposeParId") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "frais_materiel" ADD CONSTRAINT "frais_materiel_atelierInSituId_fkey" FOREIGN KEY ("atelierInSituId") REFERENCES "atelier_in_situ"("id") ON DELETE SET NULL ON UPDATE CASCADE;
