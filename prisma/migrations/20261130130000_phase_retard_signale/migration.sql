-- AlterTable
ALTER TABLE "phase" ADD COLUMN     "retardSignaleLe" TIMESTAMP(3),
ADD COLUMN     "retardSignalePour" DATE;
