-- AlterEnum
ALTER TYPE "StatutCandidature" ADD VALUE 'liste_complementaire';

-- AlterEnum
ALTER TYPE "TypeDecision" ADD VALUE 'liste_complementaire';

-- AlterTable
ALTER TABLE "session_ami" ADD COLUMN     "resultatsPubliesLe" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "projet_decision" (
    "candidatureId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "type" "TypeDecision" NOT NULL,
    "motivation" TEXT NOT NULL,
    "decideParId" UUID NOT NULL,
    "decideeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "projet_decision_pkey" PRIMARY KEY ("candidatureId")
);

-- CreateIndex
CREATE INDEX "projet_decision_sessionId_idx" ON "projet_decision"("sessionId");

-- AddForeignKey
ALTER TABLE "projet_decision" ADD CONSTRAINT "projet_decision_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projet_decision" ADD CONSTRAINT "projet_decision_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "session_ami"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projet_decision" ADD CONSTRAINT "projet_decision_decideParId_fkey" FOREIGN KEY ("decideParId") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
