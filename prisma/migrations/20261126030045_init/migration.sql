-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CITIZEN', 'EMPLOYER_AGENT', 'TELLER', 'REVIEWER', 'RISK_OFFICER', 'ADMIN');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "MaritalStatus" AS ENUM ('SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED');

-- CreateEnum
CREATE TYPE "AccountStatus" AS ENUM ('NORMAL', 'SEALED', 'CLOSED');

-- CreateEnum
CREATE TYPE "LedgerEntryKind" AS ENUM ('CONTRIBUTION', 'INTEREST', 'WITHDRAWAL', 'LOAN_REPAYMENT', 'TRANSFER_IN', 'TRANSFER_OUT', 'ADJUSTMENT');

-- CreateEnum
CREATE TYPE "CertificateStatus" AS ENUM ('VALID', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MortgageStatus" AS ENUM ('REGISTERED', 'RELEASED');

-- CreateEnum
CREATE TYPE "RepaymentMethod" AS ENUM ('EQUAL_INSTALLMENT', 'EQUAL_PRINCIPAL');

-- CreateEnum
CREATE TYPE "LoanStatus" AS ENUM ('APPLYING', 'REJECTED', 'CANCELLED', 'ACTIVE', 'OVERDUE', 'PAID_OFF');

-- CreateEnum
CREATE TYPE "InstallmentStatus" AS ENUM ('PENDING', 'PAID', 'OVERDUE');

-- CreateEnum
CREATE TYPE "CaseChannel" AS ENUM ('WINDOW', 'ONLINE');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MatterKind" AS ENUM ('LOAN', 'MORTGAGE_REGISTRATION', 'WITHDRAWAL', 'MORTGAGE_RELEASE');

-- CreateEnum
CREATE TYPE "MatterStatus" AS ENUM ('OPEN', 'COMPLETED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "LoanStage" AS ENUM ('ACCEPTED', 'RETURNED', 'REJECTED', 'APPROVED', 'CONTRACTS_SIGNED', 'MORTGAGE_REGISTERED', 'RECHECKED', 'DISBURSED');

-- CreateTable
CREATE TABLE "FundCenter" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundCenter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceWindow" (
    "id" TEXT NOT NULL,
    "centerId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ServiceWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "loginName" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" "Role"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "depositorId" TEXT,
    "employerId" TEXT,
    "approvalLimit" DECIMAL(18,2),
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TellerWindowSignIn" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "windowId" TEXT NOT NULL,
    "businessDate" DATE NOT NULL,
    "signedInAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TellerWindowSignIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" TEXT NOT NULL,
    "centerId" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerRate" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "yearStart" INTEGER NOT NULL,
    "employerRatePercent" DECIMAL(5,2) NOT NULL,
    "personalRatePercent" DECIMAL(5,2) NOT NULL,

    CONSTRAINT "EmployerRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Depositor" (
    "id" TEXT NOT NULL,
    "idNumber" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "phone" TEXT NOT NULL,
    "maritalStatus" "MaritalStatus" NOT NULL,
    "spouseId" TEXT,
    "employerId" TEXT,
    "monthlyIncome" DECIMAL(18,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Depositor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepositAccount" (
    "id" TEXT NOT NULL,
    "accountNo" TEXT NOT NULL,
    "depositorId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "status" "AccountStatus" NOT NULL DEFAULT 'NORMAL',
    "balance" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "contributionBase" DECIMAL(18,2) NOT NULL,
    "employerRatePercent" DECIMAL(5,2) NOT NULL,
    "personalRatePercent" DECIMAL(5,2) NOT NULL,
    "openedOn" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DepositAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "base" DECIMAL(18,2) NOT NULL,
    "employerAmount" DECIMAL(18,2) NOT NULL,
    "personalAmount" DECIMAL(18,2) NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" BIGSERIAL NOT NULL,
    "accountId" TEXT NOT NULL,
    "kind" "LedgerEntryKind" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "balanceAfter" DECIMAL(18,2) NOT NULL,
    "valueDate" DATE NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reference" TEXT,
    "note" TEXT,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PropertyUnit" (
    "id" TEXT NOT NULL,
    "unitNo" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "buildingArea" DECIMAL(10,2) NOT NULL,
    "usage" TEXT NOT NULL,
    "floor" INTEGER NOT NULL,
    "totalFloors" INTEGER NOT NULL,
    "builtYear" INTEGER NOT NULL,

    CONSTRAINT "PropertyUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RealEstateCertificate" (
    "id" TEXT NOT NULL,
    "certNo" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "CertificateStatus" NOT NULL DEFAULT 'VALID',
    "issuedOn" DATE NOT NULL,
    "purchasePrice" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "RealEstateCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PropertyOwner" (
    "id" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,
    "idNumber" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "sharePercent" DECIMAL(5,2) NOT NULL,

    CONSTRAINT "PropertyOwner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mortgage" (
    "id" TEXT NOT NULL,
    "registrationNo" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,
    "mortgagee" TEXT NOT NULL,
    "mortgagorIdNumber" CHAR(18) NOT NULL,
    "mortgagorName" TEXT NOT NULL,
    "securedAmount" DECIMAL(18,2) NOT NULL,
    "status" "MortgageStatus" NOT NULL DEFAULT 'REGISTERED',
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "releasedAt" TIMESTAMP(3),
    "releaseNo" TEXT,
    "loanId" TEXT,

    CONSTRAINT "Mortgage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Loan" (
    "id" TEXT NOT NULL,
    "loanNo" TEXT NOT NULL,
    "borrowerId" TEXT NOT NULL,
    "coBorrowerId" TEXT,
    "unitId" TEXT NOT NULL,
    "purchasePrice" DECIMAL(18,2) NOT NULL,
    "isFirstHome" BOOLEAN NOT NULL,
    "principal" DECIMAL(18,2) NOT NULL,
    "annualRatePercent" DECIMAL(6,3) NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "method" "RepaymentMethod" NOT NULL,
    "status" "LoanStatus" NOT NULL DEFAULT 'APPLYING',
    "outstandingPrincipal" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "overduePeriods" INTEGER NOT NULL DEFAULT 0,
    "policyVersion" INTEGER,
    "disbursedAt" TIMESTAMP(3),
    "firstDueDate" DATE,
    "paidOffAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Loan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanInstallment" (
    "id" TEXT NOT NULL,
    "loanId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "payment" DECIMAL(18,2) NOT NULL,
    "principal" DECIMAL(18,2) NOT NULL,
    "interest" DECIMAL(18,2) NOT NULL,
    "balanceAfter" DECIMAL(18,2) NOT NULL,
    "status" "InstallmentStatus" NOT NULL DEFAULT 'PENDING',
    "paidAmount" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "paidOn" DATE,

    CONSTRAINT "LoanInstallment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "caseNo" TEXT NOT NULL,
    "depositorId" TEXT NOT NULL,
    "channel" "CaseChannel" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "windowId" TEXT,
    "acceptedById" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseMatter" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "MatterKind" NOT NULL,
    "status" "MatterStatus" NOT NULL DEFAULT 'OPEN',
    "loanStage" "LoanStage",
    "loanId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseMatter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseTransition" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "fromStage" "LoanStage",
    "toStage" "LoanStage" NOT NULL,
    "actorId" TEXT NOT NULL,
    "windowId" TEXT,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT,
    "windowId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT,
    "detail" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FundCenter_code_key" ON "FundCenter"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceWindow_number_key" ON "ServiceWindow"("number");

-- CreateIndex
CREATE UNIQUE INDEX "User_loginName_key" ON "User"("loginName");

-- CreateIndex
CREATE UNIQUE INDEX "User_depositorId_key" ON "User"("depositorId");

-- CreateIndex
CREATE INDEX "User_employerId_idx" ON "User"("employerId");

-- CreateIndex
CREATE INDEX "TellerWindowSignIn_windowId_businessDate_idx" ON "TellerWindowSignIn"("windowId", "businessDate");

-- CreateIndex
CREATE INDEX "TellerWindowSignIn_userId_businessDate_idx" ON "TellerWindowSignIn"("userId", "businessDate");

-- CreateIndex
CREATE UNIQUE INDEX "Employer_creditCode_key" ON "Employer"("creditCode");

-- CreateIndex
CREATE UNIQUE INDEX "EmployerRate_employerId_yearStart_key" ON "EmployerRate"("employerId", "yearStart");

-- CreateIndex
CREATE UNIQUE INDEX "Depositor_idNumber_key" ON "Depositor"("idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Depositor_spouseId_key" ON "Depositor"("spouseId");

-- CreateIndex
CREATE INDEX "Depositor_employerId_idx" ON "Depositor"("employerId");

-- CreateIndex
CREATE INDEX "Depositor_name_idx" ON "Depositor"("name");

-- CreateIndex
CREATE UNIQUE INDEX "DepositAccount_accountNo_key" ON "DepositAccount"("accountNo");

-- CreateIndex
CREATE UNIQUE INDEX "DepositAccount_depositorId_key" ON "DepositAccount"("depositorId");

-- CreateIndex
CREATE INDEX "DepositAccount_employerId_idx" ON "DepositAccount"("employerId");

-- CreateIndex
CREATE INDEX "Contribution_employerId_month_idx" ON "Contribution"("employerId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "Contribution_accountId_month_key" ON "Contribution"("accountId", "month");

-- CreateIndex
CREATE INDEX "LedgerEntry_accountId_valueDate_idx" ON "LedgerEntry"("accountId", "valueDate");

-- CreateIndex
CREATE UNIQUE INDEX "PropertyUnit_unitNo_key" ON "PropertyUnit"("unitNo");

-- CreateIndex
CREATE UNIQUE INDEX "RealEstateCertificate_certNo_key" ON "RealEstateCertificate"("certNo");

-- CreateIndex
CREATE INDEX "RealEstateCertificate_unitId_status_idx" ON "RealEstateCertificate"("unitId", "status");

-- CreateIndex
CREATE INDEX "PropertyOwner_idNumber_idx" ON "PropertyOwner"("idNumber");

-- CreateIndex
CREATE INDEX "PropertyOwner_certificateId_idx" ON "PropertyOwner"("certificateId");

-- CreateIndex
CREATE UNIQUE INDEX "Mortgage_registrationNo_key" ON "Mortgage"("registrationNo");

-- CreateIndex
CREATE UNIQUE INDEX "Mortgage_releaseNo_key" ON "Mortgage"("releaseNo");

-- CreateIndex
CREATE UNIQUE INDEX "Mortgage_loanId_key" ON "Mortgage"("loanId");

-- CreateIndex
CREATE INDEX "Mortgage_unitId_status_idx" ON "Mortgage"("unitId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Loan_loanNo_key" ON "Loan"("loanNo");

-- CreateIndex
CREATE INDEX "Loan_borrowerId_idx" ON "Loan"("borrowerId");

-- CreateIndex
CREATE INDEX "Loan_status_idx" ON "Loan"("status");

-- CreateIndex
CREATE INDEX "LoanInstallment_status_dueDate_idx" ON "LoanInstallment"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "LoanInstallment_loanId_seq_key" ON "LoanInstallment"("loanId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Case_caseNo_key" ON "Case"("caseNo");

-- CreateIndex
CREATE INDEX "Case_depositorId_idx" ON "Case"("depositorId");

-- CreateIndex
CREATE INDEX "Case_windowId_openedAt_idx" ON "Case"("windowId", "openedAt");

-- CreateIndex
CREATE INDEX "Case_status_idx" ON "Case"("status");

-- CreateIndex
CREATE UNIQUE INDEX "CaseMatter_loanId_key" ON "CaseMatter"("loanId");

-- CreateIndex
CREATE INDEX "CaseMatter_kind_loanStage_idx" ON "CaseMatter"("kind", "loanStage");

-- CreateIndex
CREATE INDEX "CaseTransition_caseId_at_idx" ON "CaseTransition"("caseId", "at");

-- CreateIndex
CREATE INDEX "CaseTransition_toStage_at_idx" ON "CaseTransition"("toStage", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- AddForeignKey
ALTER TABLE "ServiceWindow" ADD CONSTRAINT "ServiceWindow_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "FundCenter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_depositorId_fkey" FOREIGN KEY ("depositorId") REFERENCES "Depositor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TellerWindowSignIn" ADD CONSTRAINT "TellerWindowSignIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TellerWindowSignIn" ADD CONSTRAINT "TellerWindowSignIn_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "ServiceWindow"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "FundCenter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerRate" ADD CONSTRAINT "EmployerRate_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Depositor" ADD CONSTRAINT "Depositor_spouseId_fkey" FOREIGN KEY ("spouseId") REFERENCES "Depositor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Depositor" ADD CONSTRAINT "Depositor_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepositAccount" ADD CONSTRAINT "DepositAccount_depositorId_fkey" FOREIGN KEY ("depositorId") REFERENCES "Depositor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepositAccount" ADD CONSTRAINT "DepositAccount_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "DepositAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "DepositAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RealEstateCertificate" ADD CONSTRAINT "RealEstateCertificate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "PropertyUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PropertyOwner" ADD CONSTRAINT "PropertyOwner_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "RealEstateCertificate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mortgage" ADD CONSTRAINT "Mortgage_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "PropertyUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mortgage" ADD CONSTRAINT "Mortgage_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "RealEstateCertificate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mortgage" ADD CONSTRAINT "Mortgage_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_borrowerId_fkey" FOREIGN KEY ("borrowerId") REFERENCES "Depositor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_coBorrowerId_fkey" FOREIGN KEY ("coBorrowerId") REFERENCES "Depositor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "PropertyUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanInstallment" ADD CONSTRAINT "LoanInstallment_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_depositorId_fkey" FOREIGN KEY ("depositorId") REFERENCES "Depositor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "ServiceWindow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMatter" ADD CONSTRAINT "CaseMatter_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMatter" ADD CONSTRAINT "CaseMatter_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTransition" ADD CONSTRAINT "CaseTransition_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTransition" ADD CONSTRAINT "CaseTransition_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "CaseMatter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTransition" ADD CONSTRAINT "CaseTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTransition" ADD CONSTRAINT "CaseTransition_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "ServiceWindow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "ServiceWindow"("id") ON DELETE SET NULL ON UPDATE CASCADE;
