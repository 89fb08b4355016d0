-- CreateEnum
CREATE TYPE "FundTransferDirection" AS ENUM ('OUT', 'IN');

-- CreateEnum
CREATE TYPE "FundTransferStatus" AS ENUM ('SUBMITTED', 'REQUESTED', 'REJECTED', 'REFUSED', 'COMPLETED');

-- CreateTable
CREATE TABLE "FundTransfer" (
    "id" TEXT NOT NULL,
    "transferNo" TEXT NOT NULL,
    "direction" "FundTransferDirection" NOT NULL,
    "status" "FundTransferStatus" NOT NULL,
    "depositorId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "otherCenterCode" TEXT NOT NULL,
    "otherCenterName" TEXT NOT NULL,
    "channel" "CaseChannel" NOT NULL,
    "windowId" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "inFlightKey" TEXT,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "platformRef" TEXT,
    "amount" DECIMAL(18,2),
    "closingInterest" DECIMAL(18,2),
    "months" INTEGER,
    "receiptRef" TEXT,
    "completedAt" TIMESTAMP(3),
    "refusalReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FundTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransferPlatformMessage" (
    "messageId" TEXT NOT NULL,
    "transferId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "handledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TransferPlatformMessage_pkey" PRIMARY KEY ("messageId")
);

-- CreateTable
CREATE TABLE "SimulatedPlatformRequest" (
    "platformRef" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "centerCode" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimulatedPlatformRequest_pkey" PRIMARY KEY ("platformRef")
);

-- CreateTable
CREATE TABLE "SimulatedPlatformMessage" (
    "messageId" TEXT NOT NULL,
    "platformRef" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT,
    "amount" DECIMAL(18,2),
    "months" INTEGER,
    "receiptRef" TEXT,
    "account" TEXT,
    "accountName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimulatedPlatformMessage_pkey" PRIMARY KEY ("messageId")
);

-- CreateTable
CREATE TABLE "SimulatedRemoteAccount" (
    "centerCode" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "balance" DECIMAL(18,2) NOT NULL,
    "months" INTEGER NOT NULL,

    CONSTRAINT "SimulatedRemoteAccount_pkey" PRIMARY KEY ("centerCode","idNumber")
);

-- CreateIndex
CREATE UNIQUE INDEX "FundTransfer_transferNo_key" ON "FundTransfer"("transferNo");

-- CreateIndex
CREATE UNIQUE INDEX "FundTransfer_idempotencyKey_key" ON "FundTransfer"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "FundTransfer_inFlightKey_key" ON "FundTransfer"("inFlightKey");

-- CreateIndex
CREATE UNIQUE INDEX "FundTransfer_platformRef_key" ON "FundTransfer"("platformRef");

-- CreateIndex
CREATE UNIQUE INDEX "FundTransfer_receiptRef_key" ON "FundTransfer"("receiptRef");

-- CreateIndex
CREATE INDEX "FundTransfer_depositorId_idx" ON "FundTransfer"("depositorId");

-- CreateIndex
CREATE INDEX "FundTransfer_status_direction_idx" ON "FundTransfer"("status", "direction");

-- CreateIndex
CREATE UNIQUE INDEX "SimulatedPlatformRequest_reference_key" ON "SimulatedPlatformRequest"("reference");

-- CreateIndex
CREATE INDEX "SimulatedPlatformMessage_platformRef_idx" ON "SimulatedPlatformMessage"("platformRef");
