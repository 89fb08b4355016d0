-- CreateEnum
CREATE TYPE "StaffChangeKind" AS ENUM ('HIRE', 'LEAVE', 'SEAL', 'UNSEAL');

-- CreateEnum
CREATE TYPE "StaffChangeStatus" AS ENUM ('PENDING', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RateChangeStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "StaffChange" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "kind" "StaffChangeKind" NOT NULL,
    "status" "StaffChangeStatus" NOT NULL,
    "channel" "CaseChannel" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "sealOn" DATE,
    "fromEmployerId" TEXT,
    "carriedBalance" DECIMAL(18,2),
    "reason" TEXT,
    "recordedById" TEXT NOT NULL,
    "windowId" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "StaffChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerRateChange" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "yearStart" INTEGER NOT NULL,
    "employerRatePercent" DECIMAL(5,2) NOT NULL,
    "personalRatePercent" DECIMAL(5,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "RateChangeStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "EmployerRateChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffChange_employerId_recordedAt_idx" ON "StaffChange"("employerId", "recordedAt");

-- CreateIndex
CREATE INDEX "StaffChange_status_sealOn_idx" ON "StaffChange"("status", "sealOn");

-- CreateIndex
CREATE INDEX "StaffChange_accountId_idx" ON "StaffChange"("accountId");

-- CreateIndex
CREATE INDEX "EmployerRateChange_employerId_status_idx" ON "EmployerRateChange"("employerId", "status");

-- AddForeignKey
ALTER TABLE "StaffChange" ADD CONSTRAINT "StaffChange_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffChange" ADD CONSTRAINT "StaffChange_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "DepositAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffChange" ADD CONSTRAINT "StaffChange_fromEmployerId_fkey" FOREIGN KEY ("fromEmployerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerRateChange" ADD CONSTRAINT "EmployerRateChange_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
