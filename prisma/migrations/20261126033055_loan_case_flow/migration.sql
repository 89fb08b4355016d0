-- CreateEnum
CREATE TYPE "ContractKind" AS ENUM ('LOAN', 'MORTGAGE');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('WAITING', 'CALLED', 'DONE', 'NO_SHOW');

-- AlterEnum
ALTER TYPE "LoanStage" ADD VALUE 'SUBMITTED';

-- AlterTable
ALTER TABLE "CaseMatter" ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "missingMaterials" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "stageSince" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Loan" ADD COLUMN     "payeeAccount" TEXT,
ADD COLUMN     "payeeName" TEXT;

-- CreateTable
CREATE TABLE "LoanPolicy" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "rules" JSONB NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoanPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanContract" (
    "id" TEXT NOT NULL,
    "loanId" TEXT NOT NULL,
    "kind" "ContractKind" NOT NULL,
    "contractNo" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signedById" TEXT NOT NULL,

    CONSTRAINT "LoanContract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Disbursement" (
    "id" TEXT NOT NULL,
    "loanId" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "payeeName" TEXT NOT NULL,
    "payeeAccount" TEXT NOT NULL,
    "disbursedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disbursedById" TEXT NOT NULL,

    CONSTRAINT "Disbursement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueTicket" (
    "id" TEXT NOT NULL,
    "businessDate" DATE NOT NULL,
    "number" INTEGER NOT NULL,
    "ticketNo" TEXT NOT NULL,
    "idNumber" CHAR(18),
    "status" "TicketStatus" NOT NULL DEFAULT 'WAITING',
    "windowId" TEXT,
    "calledById" TEXT,
    "calledAt" TIMESTAMP(3),
    "caseId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QueueTicket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "LoanPolicy_version_key" ON "LoanPolicy"("version");

-- CreateIndex
CREATE UNIQUE INDEX "LoanContract_contractNo_key" ON "LoanContract"("contractNo");

-- CreateIndex
CREATE UNIQUE INDEX "LoanContract_loanId_kind_key" ON "LoanContract"("loanId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Disbursement_loanId_key" ON "Disbursement"("loanId");

-- CreateIndex
CREATE UNIQUE INDEX "QueueTicket_caseId_key" ON "QueueTicket"("caseId");

-- CreateIndex
CREATE INDEX "QueueTicket_businessDate_status_number_idx" ON "QueueTicket"("businessDate", "status", "number");

-- CreateIndex
CREATE UNIQUE INDEX "QueueTicket_businessDate_number_key" ON "QueueTicket"("businessDate", "number");

-- AddForeignKey
ALTER TABLE "LoanContract" ADD CONSTRAINT "LoanContract_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disbursement" ADD CONSTRAINT "Disbursement_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueTicket" ADD CONSTRAINT "QueueTicket_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "ServiceWindow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueTicket" ADD CONSTRAINT "QueueTicket_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;
