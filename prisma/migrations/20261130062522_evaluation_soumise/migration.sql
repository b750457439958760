-- AlterTable
ALTER TABLE "evaluation" ADD COLUMN     "soumiseLe" TIMESTAMP(3);

-- Les évaluations antérieures étaient toutes définitives.
UPDATE "evaluation" SET "soumiseLe" = "modifieLe";
UPDATE "affectation_jury" a SET "soumiseLe" = e.m
  FROM (SELECT "membreJuryId", "candidatureId", max("modifieLe") AS m FROM "evaluation" GROUP BY 1, 2) e
  WHERE e."membreJuryId" = a."membreJuryId" AND e."candidatureId" = a."candidatureId";
