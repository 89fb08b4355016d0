-- AlterTable
ALTER TABLE "SimulatedBankAccount" ADD COLUMN     "payFailure" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "withdrawalLimit" DECIMAL(18,2);

-- AlterTable
ALTER TABLE "Withdrawal" ADD COLUMN     "payoutFailures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "presence" TEXT;

-- CreateTable
CREATE TABLE "PresenceCode" (
    "id" TEXT NOT NULL,
    "depositorId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedById" TEXT,
    "failedTries" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PresenceCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimulatedBankPayout" (
    "reference" TEXT NOT NULL,
    "bankRef" TEXT NOT NULL,
    "accountNo" TEXT NOT NULL,
    "payeeName" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimulatedBankPayout_pkey" PRIMARY KEY ("reference")
);

-- CreateIndex
CREATE INDEX "PresenceCode_depositorId_expiresAt_idx" ON "PresenceCode"("depositorId", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "SimulatedBankPayout_bankRef_key" ON "SimulatedBankPayout"("bankRef");
