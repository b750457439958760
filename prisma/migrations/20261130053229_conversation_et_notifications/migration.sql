-- CreateEnum
CREATE TYPE "StatutCourriel" AS ENUM ('en_attente', 'envoye', 'echec');

-- CreateEnum
CREATE TYPE "FrequenceCourriels" AS ENUM ('immediat', 'quotidien');

-- CreateEnum
CREATE TYPE "TypeNotification" AS ENUM ('message', 'signatures_annulees', 'signature', 'depot', 'corrections_demandees', 'decision', 'retrait', 'avis_demande', 'avis_rendu', 'invitation');

-- CreateEnum
CREATE TYPE "SensAvis" AS ENUM ('favorable', 'reserve', 'defavorable');

-- AlterTable
ALTER TABLE "courriel" ADD COLUMN     "categorie" TEXT,
ADD COLUMN     "contenuChiffre" TEXT,
ADD COLUMN     "derniereTentativeLe" TIMESTAMP(3),
ADD COLUMN     "statut" "StatutCourriel" NOT NULL DEFAULT 'en_attente';

-- AlterTable
ALTER TABLE "utilisateur" ADD COLUMN     "frequenceCourriels" "FrequenceCourriels" NOT NULL DEFAULT 'immediat';

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "utilisateurId" UUID NOT NULL,
    "type" "TypeNotification" NOT NULL,
    "candidatureId" UUID,
    "titre" TEXT NOT NULL,
    "texte" TEXT NOT NULL,
    "lien" TEXT NOT NULL,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lueLe" TIMESTAMP(3),
    "courrielId" UUID,
    "resumeLe" TIMESTAMP(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resume_quotidien" (
    "utilisateurId" UUID NOT NULL,
    "jour" DATE NOT NULL,
    "courrielId" UUID,
    "nombre" INTEGER NOT NULL DEFAULT 0,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resume_quotidien_pkey" PRIMARY KEY ("utilisateurId","jour")
);

-- CreateTable
CREATE TABLE "piece_jointe_message" (
    "id" UUID NOT NULL,
    "messageId" UUID NOT NULL,
    "nomFichier" TEXT NOT NULL,
    "fichierId" UUID NOT NULL,

    CONSTRAINT "piece_jointe_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message_lu" (
    "messageId" UUID NOT NULL,
    "utilisateurId" UUID NOT NULL,
    "luLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_lu_pkey" PRIMARY KEY ("messageId","utilisateurId")
);

-- CreateTable
CREATE TABLE "demande_avis" (
    "id" UUID NOT NULL,
    "candidatureId" UUID NOT NULL,
    "demandeParId" UUID NOT NULL,
    "expertId" UUID,
    "emailExpert" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "echeance" TIMESTAMP(3) NOT NULL,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sens" "SensAvis",
    "avis" TEXT,
    "renduLe" TIMESTAMP(3),
    "annuleeLe" TIMESTAMP(3),
    "jetonHash" TEXT,
    "jetonExpireLe" TIMESTAMP(3),

    CONSTRAINT "demande_avis_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notification_utilisateurId_lueLe_creeLe_idx" ON "notification"("utilisateurId", "lueLe", "creeLe");

-- CreateIndex
CREATE INDEX "notification_utilisateurId_resumeLe_idx" ON "notification"("utilisateurId", "resumeLe");

-- CreateIndex
CREATE INDEX "piece_jointe_message_messageId_idx" ON "piece_jointe_message"("messageId");

-- CreateIndex
CREATE INDEX "message_lu_utilisateurId_idx" ON "message_lu"("utilisateurId");

-- CreateIndex
CREATE UNIQUE INDEX "demande_avis_jetonHash_key" ON "demande_avis"("jetonHash");

-- CreateIndex
CREATE INDEX "demande_avis_candidatureId_idx" ON "demande_avis"("candidatureId");

-- CreateIndex
CREATE INDEX "demande_avis_expertId_idx" ON "demande_avis"("expertId");

-- CreateIndex
CREATE INDEX "courriel_statut_creeLe_idx" ON "courriel"("statut", "creeLe");

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_utilisateurId_fkey" FOREIGN KEY ("utilisateurId") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resume_quotidien" ADD CONSTRAINT "resume_quotidien_utilisateurId_fkey" FOREIGN KEY ("utilisateurId") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "piece_jointe_message" ADD CONSTRAINT "piece_jointe_message_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "piece_jointe_message" ADD CONSTRAINT "piece_jointe_message_fichierId_fkey" FOREIGN KEY ("fichierId") REFERENCES "fichier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_lu" ADD CONSTRAINT "message_lu_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_lu" ADD CONSTRAINT "message_lu_utilisateurId_fkey" FOREIGN KEY ("utilisateurId") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_avis" ADD CONSTRAINT "demande_avis_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_avis" ADD CONSTRAINT "demande_avis_demandeParId_fkey" FOREIGN KEY ("demandeParId") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_avis" ADD CONSTRAINT "demande_avis_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Les courriels antérieurs à la file durable ont tous été traités dans la requête qui les a produits.
UPDATE "courriel" SET "statut" = 'envoye' WHERE "erreur" IS NULL;
UPDATE "courriel" SET "statut" = 'echec' WHERE "erreur" IS NOT NULL AND "envoyeLe" IS NULL;
