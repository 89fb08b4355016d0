/*
  Warnings:

  - A unique constraint covering the columns `[pendingKey]` on the table `DeductionAuthorization` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "DeductionAuthorization" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "confirmedById" TEXT,
ADD COLUMN     "confirmedWindowId" TEXT,
ADD COLUMN     "pendingKey" TEXT;

-- AlterTable
ALTER TABLE "Disbursement" ADD COLUMN     "bankRef" TEXT;

-- CreateTable
CREATE TABLE "WindowOccupancy" (
    "windowId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WindowOccupancy_pkey" PRIMARY KEY ("windowId")
);

-- CreateTable
CREATE TABLE "SimulatedDisbursement" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "payeeAccount" TEXT NOT NULL,
    "payeeName" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "bankRef" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimulatedDisbursement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WindowOccupancy_sessionId_key" ON "WindowOccupancy"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "SimulatedDisbursement_reference_key" ON "SimulatedDisbursement"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "SimulatedDisbursement_bankRef_key" ON "SimulatedDisbursement"("bankRef");

-- CreateIndex
CREATE UNIQUE INDEX "DeductionAuthorization_pendingKey_key" ON "DeductionAuthorization"("pendingKey");
