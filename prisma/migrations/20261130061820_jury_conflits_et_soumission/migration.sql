-- AlterTable
ALTER TABLE "affectation_jury" ADD COLUMN     "soumiseLe" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "session_ami" ADD COLUMN     "juresParCandidature" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "conflit_interet" (
    "membreJuryId" UUID NOT NULL,
    "candidatureId" UUID NOT NULL,
    "motif" TEXT NOT NULL,
    "declareLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "conflit_interet_pkey" PRIMARY KEY ("membreJuryId","candidatureId")
);

-- CreateIndex
CREATE INDEX "conflit_interet_candidatureId_idx" ON "conflit_interet"("candidatureId");

-- AddForeignKey
ALTER TABLE "conflit_interet" ADD CONSTRAINT "conflit_interet_membreJuryId_fkey" FOREIGN KEY ("membreJuryId") REFERENCES "membre_jury"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conflit_interet" ADD CONSTRAINT "conflit_interet_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;
