-- CreateEnum
CREATE TYPE "BatchRunStatus" AS ENUM ('RUNNING', 'COMPLETED');

-- CreateEnum
CREATE TYPE "CollectionCaseStatus" AS ENUM ('OPEN', 'CLOSED');

-- AlterTable
ALTER TABLE "Loan" ADD COLUMN     "consecutiveOverduePeriods" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "LoanInstallment" ADD COLUMN     "paidInterest" DECIMAL(18,2) NOT NULL DEFAULT 0,
ADD COLUMN     "paidPrincipal" DECIMAL(18,2) NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "PenaltyPosting" (
    "id" TEXT NOT NULL,
    "loanId" TEXT NOT NULL,
    "businessDate" DATE NOT NULL,
    "base" DECIMAL(18,2) NOT NULL,
    "ratePercent" DECIMAL(9,4) NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PenaltyPosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BatchRun" (
    "businessDate" DATE NOT NULL,
    "status" "BatchRunStatus" NOT NULL DEFAULT 'RUNNING',
    "step" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "counts" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "BatchRun_pkey" PRIMARY KEY ("businessDate")
);

-- CreateTable
CREATE TABLE "CollectionCase" (
    "id" TEXT NOT NULL,
    "loanId" TEXT NOT NULL,
    "status" "CollectionCaseStatus" NOT NULL DEFAULT 'OPEN',
    "openKey" TEXT,
    "openedOn" DATE NOT NULL,
    "closedOn" DATE,
    "collectorId" TEXT,
    "overduePeriodsAtOpen" INTEGER NOT NULL,

    CONSTRAINT "CollectionCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PenaltyPosting_businessDate_idx" ON "PenaltyPosting"("businessDate");

-- CreateIndex
CREATE UNIQUE INDEX "PenaltyPosting_loanId_businessDate_key" ON "PenaltyPosting"("loanId", "businessDate");

-- CreateIndex
CREATE UNIQUE INDEX "CollectionCase_openKey_key" ON "CollectionCase"("openKey");

-- CreateIndex
CREATE INDEX "CollectionCase_loanId_idx" ON "CollectionCase"("loanId");

-- CreateIndex
CREATE INDEX "CollectionCase_status_collectorId_idx" ON "CollectionCase"("status", "collectorId");

-- AddForeignKey
ALTER TABLE "PenaltyPosting" ADD CONSTRAINT "PenaltyPosting_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionCase" ADD CONSTRAINT "CollectionCase_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionCase" ADD CONSTRAINT "CollectionCase_collectorId_fkey" FOREIGN KEY ("collectorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
