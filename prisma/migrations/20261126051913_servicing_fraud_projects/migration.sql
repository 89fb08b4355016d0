/*
  Warnings:

  - A unique constraint covering the columns `[chainSeq]` on the table `AuditEntry` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "RepaymentKind" AS ENUM ('SCHEDULED', 'ONLINE', 'PREPAYMENT', 'PAYOFF');

-- CreateEnum
CREATE TYPE "RepaymentSource" AS ENUM ('FUND_ACCOUNT', 'BANK', 'ONLINE');

-- CreateEnum
CREATE TYPE "BankDeductionStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'PARTIAL', 'FAILED');

-- CreateEnum
CREATE TYPE "CollectionContactKind" AS ENUM ('PHONE_CALL', 'HOME_VISIT', 'EMPLOYER_MEETING', 'NOTICE_SERVED', 'LEGAL_REFERRAL', 'OTHER');

-- CreateEnum
CREATE TYPE "FraudFlagKind" AS ENUM ('REGISTRY_MISMATCH', 'DUPLICATE_MEDICAL_RECORD', 'INVOICE_NOT_FOUND', 'REPEAT_TRADE', 'INSIDER_CONFLICT');

-- CreateEnum
CREATE TYPE "FraudFlagStatus" AS ENUM ('OPEN', 'CONFIRMED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "ConstructionStatus" AS ENUM ('NOT_STARTED', 'UNDER_CONSTRUCTION', 'BUILT');

-- CreateEnum
CREATE TYPE "ProjectAdmissionStatus" AS ENUM ('NOT_APPLIED', 'APPLIED', 'ADMITTED', 'REJECTED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "AdmissionDecision" AS ENUM ('PENDING', 'ADMITTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "StageGuaranteeStatus" AS ENUM ('ACTIVE', 'RELEASED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PROJECT_OFFICER';

-- AlterEnum
ALTER TYPE "WithdrawalStatus" ADD VALUE 'HELD';

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "chainSeq" BIGINT,
ADD COLUMN     "hash" CHAR(64),
ADD COLUMN     "prevHash" CHAR(64);

-- AlterTable
ALTER TABLE "Loan" ADD COLUMN     "isNewHome" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "penaltyPaid" DECIMAL(18,2) NOT NULL DEFAULT 0,
ADD COLUMN     "repayBankAccount" TEXT,
ADD COLUMN     "repayBankName" TEXT;

-- AlterTable
ALTER TABLE "PropertyUnit" ADD COLUMN     "buildingId" TEXT,
ADD COLUMN     "projectId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "idNumber" CHAR(18);

-- AlterTable
ALTER TABLE "Withdrawal" ADD COLUMN     "windowId" TEXT;

-- CreateTable
CREATE TABLE "DeductionAuthorization" (
    "id" TEXT NOT NULL,
    "loanId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "activeKey" TEXT,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signedById" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "DeductionAuthorization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Repayment" (
    "id" TEXT NOT NULL,
    "repaymentNo" TEXT NOT NULL,
    "loanId" TEXT NOT NULL,
    "kind" "RepaymentKind" NOT NULL,
    "source" "RepaymentSource" NOT NULL,
    "businessDate" DATE NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "penaltyInterest" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "overdueInterest" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "overduePrincipal" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "currentInterest" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "currentPrincipal" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "prepaidPrincipal" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "accruedInterest" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "accountId" TEXT,
    "bankRef" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Repayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankDeduction" (
    "id" TEXT NOT NULL,
    "loanId" TEXT NOT NULL,
    "businessDate" DATE NOT NULL,
    "bankAccount" TEXT NOT NULL,
    "requested" DECIMAL(18,2) NOT NULL,
    "collected" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "status" "BankDeductionStatus" NOT NULL DEFAULT 'PENDING',
    "bankRef" TEXT,
    "failureReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankDeduction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimulatedBankAccount" (
    "accountNo" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "balance" DECIMAL(18,2) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SimulatedBankAccount_pkey" PRIMARY KEY ("accountNo")
);

-- CreateTable
CREATE TABLE "LoanRepricing" (
    "id" TEXT NOT NULL,
    "loanId" TEXT NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "fromRatePercent" DECIMAL(6,3) NOT NULL,
    "toRatePercent" DECIMAL(6,3) NOT NULL,
    "fromSeq" INTEGER NOT NULL,
    "policyVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoanRepricing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionContact" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "CollectionContactKind" NOT NULL,
    "contactedAt" TIMESTAMP(3) NOT NULL,
    "party" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "promisedAmount" DECIMAL(18,2),
    "promisedDate" DATE,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollectionContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionGuarantor" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "address" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollectionGuarantor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OverdueNotice" (
    "id" TEXT NOT NULL,
    "noticeNo" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "loanId" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "overduePeriods" INTEGER NOT NULL,
    "overduePrincipal" DECIMAL(18,2) NOT NULL,
    "overdueInterest" DECIMAL(18,2) NOT NULL,
    "penaltyInterest" DECIMAL(18,2) NOT NULL,
    "totalDue" DECIMAL(18,2) NOT NULL,
    "payBy" DATE NOT NULL,
    "issuedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "OverdueNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OverdueDailyStat" (
    "businessDate" DATE NOT NULL,
    "totalPrincipal" DECIMAL(18,2) NOT NULL,
    "overduePrincipal" DECIMAL(18,2) NOT NULL,
    "loanCount" INTEGER NOT NULL,
    "overdueLoanCount" INTEGER NOT NULL,
    "overdueBorrowerCount" INTEGER NOT NULL,
    "bucket1Loans" INTEGER NOT NULL,
    "bucket2to5Loans" INTEGER NOT NULL,
    "bucket6PlusLoans" INTEGER NOT NULL,
    "bucket1Principal" DECIMAL(18,2) NOT NULL,
    "bucket2to5Principal" DECIMAL(18,2) NOT NULL,
    "bucket6PlusPrincipal" DECIMAL(18,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OverdueDailyStat_pkey" PRIMARY KEY ("businessDate")
);

-- CreateTable
CREATE TABLE "FraudFlag" (
    "id" TEXT NOT NULL,
    "kind" "FraudFlagKind" NOT NULL,
    "status" "FraudFlagStatus" NOT NULL DEFAULT 'OPEN',
    "withdrawalId" TEXT,
    "caseMatterId" TEXT,
    "depositorId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "handledById" TEXT,
    "windowId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolution" TEXT,

    CONSTRAINT "FraudFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MedicalRecordFingerprint" (
    "id" TEXT NOT NULL,
    "withdrawalId" TEXT NOT NULL,
    "depositorId" TEXT NOT NULL,
    "hospital" TEXT NOT NULL,
    "admissionDate" DATE NOT NULL,
    "dischargeDate" DATE NOT NULL,
    "diagnosis" TEXT NOT NULL,
    "totalAmount" DECIMAL(18,2) NOT NULL,
    "fingerprint" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MedicalRecordFingerprint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxInvoice" (
    "invoiceNo" TEXT NOT NULL,
    "buyerIdNumber" CHAR(18) NOT NULL,
    "buyerName" TEXT NOT NULL,
    "unitNo" TEXT,
    "taxAmount" DECIMAL(18,2) NOT NULL,
    "issuedOn" DATE NOT NULL,
    "authority" TEXT NOT NULL,

    CONSTRAINT "TaxInvoice_pkey" PRIMARY KEY ("invoiceNo")
);

-- CreateTable
CREATE TABLE "BlacklistEntry" (
    "id" TEXT NOT NULL,
    "idNumber" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "depositorId" TEXT,
    "reason" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "flagId" TEXT,
    "decidedById" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "liftedAt" TIMESTAMP(3),
    "liftedById" TEXT,
    "liftReason" TEXT,

    CONSTRAINT "BlacklistEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffRelative" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "idNumber" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffRelative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Developer" (
    "id" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalRepresentative" TEXT NOT NULL,
    "qualificationLevel" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Developer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HousingProject" (
    "id" TEXT NOT NULL,
    "projectNo" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "developerId" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "presalePermitNo" TEXT,
    "plannedUnits" INTEGER NOT NULL,
    "constructionStatus" "ConstructionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "admissionStatus" "ProjectAdmissionStatus" NOT NULL DEFAULT 'NOT_APPLIED',
    "admittedOn" DATE,
    "agreementNo" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HousingProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectBuilding" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "buildingNo" TEXT NOT NULL,
    "floors" INTEGER NOT NULL,
    "unitCount" INTEGER NOT NULL,

    CONSTRAINT "ProjectBuilding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdmissionApplication" (
    "id" TEXT NOT NULL,
    "applicationNo" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "appliedOn" DATE NOT NULL,
    "applicantName" TEXT NOT NULL,
    "checklist" JSONB NOT NULL DEFAULT '{}',
    "decision" "AdmissionDecision" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "agreementNo" TEXT,
    "agreementSignedOn" DATE,
    "agreementPlace" TEXT,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdmissionApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SiteInspection" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "inspectedOn" DATE NOT NULL,
    "inspectorId" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "checklist" JSONB NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SiteInspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionPhoto" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "caption" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectionPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConstructionUpdate" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "status" "ConstructionStatus" NOT NULL,
    "asOf" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConstructionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageGuarantee" (
    "id" TEXT NOT NULL,
    "loanId" TEXT NOT NULL,
    "developerId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "status" "StageGuaranteeStatus" NOT NULL DEFAULT 'ACTIVE',
    "startsOn" DATE NOT NULL,
    "releasedOn" DATE,

    CONSTRAINT "StageGuarantee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeductionAuthorization_activeKey_key" ON "DeductionAuthorization"("activeKey");

-- CreateIndex
CREATE INDEX "DeductionAuthorization_loanId_idx" ON "DeductionAuthorization"("loanId");

-- CreateIndex
CREATE INDEX "DeductionAuthorization_accountId_idx" ON "DeductionAuthorization"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Repayment_repaymentNo_key" ON "Repayment"("repaymentNo");

-- CreateIndex
CREATE UNIQUE INDEX "Repayment_idempotencyKey_key" ON "Repayment"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Repayment_loanId_businessDate_idx" ON "Repayment"("loanId", "businessDate");

-- CreateIndex
CREATE INDEX "Repayment_businessDate_idx" ON "Repayment"("businessDate");

-- CreateIndex
CREATE INDEX "BankDeduction_businessDate_status_idx" ON "BankDeduction"("businessDate", "status");

-- CreateIndex
CREATE UNIQUE INDEX "BankDeduction_loanId_businessDate_key" ON "BankDeduction"("loanId", "businessDate");

-- CreateIndex
CREATE UNIQUE INDEX "LoanRepricing_loanId_effectiveDate_key" ON "LoanRepricing"("loanId", "effectiveDate");

-- CreateIndex
CREATE INDEX "CollectionContact_caseId_contactedAt_idx" ON "CollectionContact"("caseId", "contactedAt");

-- CreateIndex
CREATE INDEX "CollectionGuarantor_caseId_idx" ON "CollectionGuarantor"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "OverdueNotice_noticeNo_key" ON "OverdueNotice"("noticeNo");

-- CreateIndex
CREATE INDEX "OverdueNotice_loanId_idx" ON "OverdueNotice"("loanId");

-- CreateIndex
CREATE INDEX "OverdueNotice_caseId_idx" ON "OverdueNotice"("caseId");

-- CreateIndex
CREATE INDEX "FraudFlag_status_kind_idx" ON "FraudFlag"("status", "kind");

-- CreateIndex
CREATE INDEX "FraudFlag_depositorId_idx" ON "FraudFlag"("depositorId");

-- CreateIndex
CREATE INDEX "FraudFlag_handledById_idx" ON "FraudFlag"("handledById");

-- CreateIndex
CREATE INDEX "FraudFlag_withdrawalId_idx" ON "FraudFlag"("withdrawalId");

-- CreateIndex
CREATE UNIQUE INDEX "MedicalRecordFingerprint_withdrawalId_key" ON "MedicalRecordFingerprint"("withdrawalId");

-- CreateIndex
CREATE INDEX "MedicalRecordFingerprint_fingerprint_idx" ON "MedicalRecordFingerprint"("fingerprint");

-- CreateIndex
CREATE INDEX "TaxInvoice_buyerIdNumber_idx" ON "TaxInvoice"("buyerIdNumber");

-- CreateIndex
CREATE INDEX "BlacklistEntry_idNumber_endsOn_idx" ON "BlacklistEntry"("idNumber", "endsOn");

-- CreateIndex
CREATE INDEX "StaffRelative_idNumber_idx" ON "StaffRelative"("idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "StaffRelative_userId_idNumber_key" ON "StaffRelative"("userId", "idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Developer_creditCode_key" ON "Developer"("creditCode");

-- CreateIndex
CREATE UNIQUE INDEX "HousingProject_projectNo_key" ON "HousingProject"("projectNo");

-- CreateIndex
CREATE UNIQUE INDEX "HousingProject_agreementNo_key" ON "HousingProject"("agreementNo");

-- CreateIndex
CREATE INDEX "HousingProject_developerId_idx" ON "HousingProject"("developerId");

-- CreateIndex
CREATE INDEX "HousingProject_admissionStatus_idx" ON "HousingProject"("admissionStatus");

-- CreateIndex
CREATE INDEX "HousingProject_constructionStatus_idx" ON "HousingProject"("constructionStatus");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectBuilding_projectId_buildingNo_key" ON "ProjectBuilding"("projectId", "buildingNo");

-- CreateIndex
CREATE UNIQUE INDEX "AdmissionApplication_applicationNo_key" ON "AdmissionApplication"("applicationNo");

-- CreateIndex
CREATE UNIQUE INDEX "AdmissionApplication_agreementNo_key" ON "AdmissionApplication"("agreementNo");

-- CreateIndex
CREATE INDEX "AdmissionApplication_projectId_idx" ON "AdmissionApplication"("projectId");

-- CreateIndex
CREATE INDEX "SiteInspection_projectId_inspectedOn_idx" ON "SiteInspection"("projectId", "inspectedOn");

-- CreateIndex
CREATE INDEX "InspectionPhoto_inspectionId_idx" ON "InspectionPhoto"("inspectionId");

-- CreateIndex
CREATE INDEX "ConstructionUpdate_projectId_asOf_idx" ON "ConstructionUpdate"("projectId", "asOf");

-- CreateIndex
CREATE UNIQUE INDEX "StageGuarantee_loanId_key" ON "StageGuarantee"("loanId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEntry_chainSeq_key" ON "AuditEntry"("chainSeq");

-- CreateIndex
CREATE INDEX "PropertyUnit_projectId_idx" ON "PropertyUnit"("projectId");

-- CreateIndex
CREATE INDEX "User_idNumber_idx" ON "User"("idNumber");

-- CreateIndex
CREATE INDEX "Withdrawal_reasonCode_submittedAt_idx" ON "Withdrawal"("reasonCode", "submittedAt");

-- AddForeignKey
ALTER TABLE "PropertyUnit" ADD CONSTRAINT "PropertyUnit_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "HousingProject"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PropertyUnit" ADD CONSTRAINT "PropertyUnit_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "ProjectBuilding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeductionAuthorization" ADD CONSTRAINT "DeductionAuthorization_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeductionAuthorization" ADD CONSTRAINT "DeductionAuthorization_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "DepositAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Repayment" ADD CONSTRAINT "Repayment_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankDeduction" ADD CONSTRAINT "BankDeduction_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanRepricing" ADD CONSTRAINT "LoanRepricing_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionContact" ADD CONSTRAINT "CollectionContact_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CollectionCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionGuarantor" ADD CONSTRAINT "CollectionGuarantor_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CollectionCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverdueNotice" ADD CONSTRAINT "OverdueNotice_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CollectionCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverdueNotice" ADD CONSTRAINT "OverdueNotice_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FraudFlag" ADD CONSTRAINT "FraudFlag_withdrawalId_fkey" FOREIGN KEY ("withdrawalId") REFERENCES "Withdrawal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MedicalRecordFingerprint" ADD CONSTRAINT "MedicalRecordFingerprint_withdrawalId_fkey" FOREIGN KEY ("withdrawalId") REFERENCES "Withdrawal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffRelative" ADD CONSTRAINT "StaffRelative_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingProject" ADD CONSTRAINT "HousingProject_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBuilding" ADD CONSTRAINT "ProjectBuilding_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "HousingProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdmissionApplication" ADD CONSTRAINT "AdmissionApplication_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "HousingProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteInspection" ADD CONSTRAINT "SiteInspection_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "HousingProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPhoto" ADD CONSTRAINT "InspectionPhoto_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "SiteInspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConstructionUpdate" ADD CONSTRAINT "ConstructionUpdate_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "HousingProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageGuarantee" ADD CONSTRAINT "StageGuarantee_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageGuarantee" ADD CONSTRAINT "StageGuarantee_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageGuarantee" ADD CONSTRAINT "StageGuarantee_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "HousingProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
