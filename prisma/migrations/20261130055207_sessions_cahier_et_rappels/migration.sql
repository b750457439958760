-- CreateEnum
CREATE TYPE "EcheanceRappel" AS ENUM ('j7', 'j2');

-- AlterTable
ALTER TABLE "session_ami" ADD COLUMN     "cahierDesChargesId" UUID,
ADD COLUMN     "cahierDesChargesNom" TEXT,
ADD COLUMN     "clotureeLe" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "rappel_session" (
    "sessionId" UUID NOT NULL,
    "echeance" "EcheanceRappel" NOT NULL,
    "envoyeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nombre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rappel_session_pkey" PRIMARY KEY ("sessionId","echeance")
);

-- AddForeignKey
ALTER TABLE "session_ami" ADD CONSTRAINT "session_ami_cahierDesChargesId_fkey" FOREIGN KEY ("cahierDesChargesId") REFERENCES "fichier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rappel_session" ADD CONSTRAINT "rappel_session_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "session_ami"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterEnum
ALTER TYPE "TypeNotification" ADD VALUE 'rappel_session';
