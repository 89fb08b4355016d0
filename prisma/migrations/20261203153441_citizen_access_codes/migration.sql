-- CreateEnum
CREATE TYPE "CitizenAccessPurpose" AS ENUM ('ACTIVATE', 'RESET');

-- CreateTable
CREATE TABLE "CitizenAccessCode" (
    "id" TEXT NOT NULL,
    "depositorId" TEXT NOT NULL,
    "purpose" "CitizenAccessPurpose" NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "failedTries" INTEGER NOT NULL DEFAULT 0,
    "usedAt" TIMESTAMP(3),
    "outboxId" TEXT,
    "scrubbedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CitizenAccessCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CitizenAccessCode_depositorId_createdAt_idx" ON "CitizenAccessCode"("depositorId", "createdAt");

-- CreateIndex
CREATE INDEX "CitizenAccessCode_scrubbedAt_expiresAt_idx" ON "CitizenAccessCode"("scrubbedAt", "expiresAt");
