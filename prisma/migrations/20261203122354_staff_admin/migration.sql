-- CreateEnum
CREATE TYPE "StaffLimitKind" AS ENUM ('LOAN_APPROVAL', 'WITHDRAWAL');

-- CreateEnum
CREATE TYPE "StaffLimitChangeStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'REJECTED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "StaffLimitChange" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "StaffLimitKind" NOT NULL,
    "fromAmount" DECIMAL(18,2),
    "toAmount" DECIMAL(18,2),
    "status" "StaffLimitChangeStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "StaffLimitChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParameterVersion" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "value" JSONB NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParameterVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffLimitChange_userId_kind_status_idx" ON "StaffLimitChange"("userId", "kind", "status");

-- CreateIndex
CREATE INDEX "StaffLimitChange_status_idx" ON "StaffLimitChange"("status");

-- CreateIndex
CREATE INDEX "ParameterVersion_key_effectiveFrom_idx" ON "ParameterVersion"("key", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "ParameterVersion_key_version_key" ON "ParameterVersion"("key", "version");
