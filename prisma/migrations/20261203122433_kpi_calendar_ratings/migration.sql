-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateEnum
CREATE TYPE "FollowUpKind" AS ENUM ('BAD_RATING', 'SLA_BREACH');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'CLOSED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'SUPERVISOR';

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "CaseRating" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "depositorId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "windowId" TEXT,
    "tellerId" TEXT,
    "ratedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpTask" (
    "id" TEXT NOT NULL,
    "kind" "FollowUpKind" NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "ratingId" TEXT,
    "windowId" TEXT,
    "stage" "LoanStage",
    "slaMinutes" INTEGER,
    "dueOn" DATE NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "reply" TEXT,
    "closedById" TEXT,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CaseRating_caseId_key" ON "CaseRating"("caseId");

-- CreateIndex
CREATE INDEX "CaseRating_windowId_ratedAt_idx" ON "CaseRating"("windowId", "ratedAt");

-- CreateIndex
CREATE INDEX "CaseRating_tellerId_ratedAt_idx" ON "CaseRating"("tellerId", "ratedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpTask_dedupeKey_key" ON "FollowUpTask"("dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpTask_ratingId_key" ON "FollowUpTask"("ratingId");

-- CreateIndex
CREATE INDEX "FollowUpTask_status_dueOn_idx" ON "FollowUpTask"("status", "dueOn");

-- AddForeignKey
ALTER TABLE "CaseRating" ADD CONSTRAINT "CaseRating_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpTask" ADD CONSTRAINT "FollowUpTask_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A score is 1 to 5 whatever writes it.
ALTER TABLE "CaseRating" ADD CONSTRAINT "CaseRating_score_range" CHECK ("score" BETWEEN 1 AND 5);
