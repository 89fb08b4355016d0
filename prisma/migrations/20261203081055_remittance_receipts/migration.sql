/*
  Warnings:

  - A unique constraint covering the columns `[paymentReference]` on the table `Remittance` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[creditedReceiptId]` on the table `Remittance` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[employerId,month,retiredSeq]` on the table `Remittance` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "RemittanceStatus" AS ENUM ('AWAITING_APPROVAL', 'PENDING_PAYMENT', 'CREDITED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "RemittanceReceiptOutcome" AS ENUM ('CREDITED', 'MISMATCH', 'UNKNOWN_REFERENCE', 'DUPLICATE');

-- DropIndex
DROP INDEX "Remittance_employerId_month_key";

-- AlterTable
ALTER TABLE "Remittance" ADD COLUMN     "backPayReason" TEXT,
ADD COLUMN     "creditedAt" TIMESTAMP(3),
ADD COLUMN     "creditedById" TEXT,
ADD COLUMN     "creditedReceiptId" TEXT,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "decisionNote" TEXT,
ADD COLUMN     "mismatchReason" TEXT,
ADD COLUMN     "paymentReference" TEXT,
ADD COLUMN     "retiredSeq" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "status" "RemittanceStatus" NOT NULL DEFAULT 'PENDING_PAYMENT';

-- Remittances posted before this change were credited when posted.
UPDATE "Remittance" SET "status" = 'CREDITED', "creditedAt" = "postedAt", "creditedById" = "postedById";

-- CreateTable
CREATE TABLE "RemittanceLine" (
    "id" TEXT NOT NULL,
    "remittanceId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "base" DECIMAL(18,2) NOT NULL,
    "employerAmount" DECIMAL(18,2) NOT NULL,
    "personalAmount" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "RemittanceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemittanceReceipt" (
    "id" TEXT NOT NULL,
    "bankRef" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "payerName" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "remittanceId" TEXT,
    "outcome" "RemittanceReceiptOutcome" NOT NULL,
    "reason" TEXT,
    "importedById" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RemittanceReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimulatedIncomingTransfer" (
    "bankRef" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "payerName" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimulatedIncomingTransfer_pkey" PRIMARY KEY ("bankRef")
);

-- CreateIndex
CREATE INDEX "RemittanceLine_remittanceId_idx" ON "RemittanceLine"("remittanceId");

-- CreateIndex
CREATE UNIQUE INDEX "RemittanceReceipt_bankRef_key" ON "RemittanceReceipt"("bankRef");

-- CreateIndex
CREATE INDEX "RemittanceReceipt_remittanceId_idx" ON "RemittanceReceipt"("remittanceId");

-- CreateIndex
CREATE INDEX "RemittanceReceipt_importedAt_idx" ON "RemittanceReceipt"("importedAt");

-- CreateIndex
CREATE INDEX "SimulatedIncomingTransfer_receivedOn_idx" ON "SimulatedIncomingTransfer"("receivedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Remittance_paymentReference_key" ON "Remittance"("paymentReference");

-- CreateIndex
CREATE UNIQUE INDEX "Remittance_creditedReceiptId_key" ON "Remittance"("creditedReceiptId");

-- CreateIndex
CREATE INDEX "Remittance_status_idx" ON "Remittance"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Remittance_employerId_month_retiredSeq_key" ON "Remittance"("employerId", "month", "retiredSeq");

-- AddForeignKey
ALTER TABLE "RemittanceLine" ADD CONSTRAINT "RemittanceLine_remittanceId_fkey" FOREIGN KEY ("remittanceId") REFERENCES "Remittance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
