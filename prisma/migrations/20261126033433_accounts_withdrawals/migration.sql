-- CreateEnum
CREATE TYPE "RemittanceSource" AS ENUM ('CSV', 'SCREEN');

-- CreateEnum
CREATE TYPE "WithdrawalStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'REJECTED', 'PAID');

-- CreateTable
CREATE TABLE "Remittance" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "employerTotal" DECIMAL(18,2) NOT NULL,
    "personalTotal" DECIMAL(18,2) NOT NULL,
    "total" DECIMAL(18,2) NOT NULL,
    "source" "RemittanceSource" NOT NULL,
    "fileSha256" CHAR(64),
    "postedById" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Remittance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterestSettlement" (
    "id" TEXT NOT NULL,
    "yearEnd" INTEGER NOT NULL,
    "ratePercent" DECIMAL(6,3) NOT NULL,
    "accountCount" INTEGER NOT NULL,
    "totalInterest" DECIMAL(18,2) NOT NULL,
    "postedById" TEXT,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterestSettlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepositCertificate" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "DepositCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Withdrawal" (
    "id" TEXT NOT NULL,
    "withdrawalNo" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "depositorId" TEXT NOT NULL,
    "reasonCode" CHAR(2) NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "claim" JSONB NOT NULL,
    "status" "WithdrawalStatus" NOT NULL DEFAULT 'SUBMITTED',
    "channel" "CaseChannel" NOT NULL,
    "bankName" TEXT NOT NULL,
    "bankAccount" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "inFlightKey" TEXT,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decideBy" DATE NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "paidById" TEXT,
    "paidAt" TIMESTAMP(3),
    "payoutRef" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Withdrawal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UploadedDocument" (
    "id" TEXT NOT NULL,
    "withdrawalId" TEXT,
    "kind" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UploadedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Remittance_employerId_month_key" ON "Remittance"("employerId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "InterestSettlement_yearEnd_key" ON "InterestSettlement"("yearEnd");

-- CreateIndex
CREATE UNIQUE INDEX "DepositCertificate_code_key" ON "DepositCertificate"("code");

-- CreateIndex
CREATE INDEX "DepositCertificate_accountId_idx" ON "DepositCertificate"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Withdrawal_withdrawalNo_key" ON "Withdrawal"("withdrawalNo");

-- CreateIndex
CREATE UNIQUE INDEX "Withdrawal_idempotencyKey_key" ON "Withdrawal"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Withdrawal_inFlightKey_key" ON "Withdrawal"("inFlightKey");

-- CreateIndex
CREATE INDEX "Withdrawal_depositorId_reasonCode_idx" ON "Withdrawal"("depositorId", "reasonCode");

-- CreateIndex
CREATE INDEX "Withdrawal_status_decideBy_idx" ON "Withdrawal"("status", "decideBy");

-- CreateIndex
CREATE INDEX "UploadedDocument_sha256_idx" ON "UploadedDocument"("sha256");

-- CreateIndex
CREATE INDEX "UploadedDocument_withdrawalId_idx" ON "UploadedDocument"("withdrawalId");

-- AddForeignKey
ALTER TABLE "Remittance" ADD CONSTRAINT "Remittance_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepositCertificate" ADD CONSTRAINT "DepositCertificate_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "DepositAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Withdrawal" ADD CONSTRAINT "Withdrawal_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "DepositAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Withdrawal" ADD CONSTRAINT "Withdrawal_depositorId_fkey" FOREIGN KEY ("depositorId") REFERENCES "Depositor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UploadedDocument" ADD CONSTRAINT "UploadedDocument_withdrawalId_fkey" FOREIGN KEY ("withdrawalId") REFERENCES "Withdrawal"("id") ON DELETE SET NULL ON UPDATE CASCADE;
