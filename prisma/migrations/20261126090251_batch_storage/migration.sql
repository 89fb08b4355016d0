-- DropIndex
DROP INDEX "BankDeduction_businessDate_status_idx";

-- CreateIndex
CREATE INDEX "BankDeduction_businessDate_idx" ON "BankDeduction"("businessDate");

-- Written by hand: room on each page for the update that follows an insert or comes every month,
-- so PostgreSQL can write it as a heap-only tuple (HOT: same page, no new index entries) instead
-- of a new row version in every index. The daily batch settles tens of thousands of loans:
-- - a Repayment is inserted, then its allocation fills the bucket columns (none indexed);
-- - a BankDeduction is inserted, then the bank's result fills collected/status/bankRef (status is
--   therefore no longer indexed: the date index finds the day's file);
-- - a Loan's outstanding principal, penalty paid and version change with every repayment;
-- - a DepositAccount's balance changes with every remittance and deduction.
ALTER TABLE "Repayment" SET (fillfactor = 60);
ALTER TABLE "BankDeduction" SET (fillfactor = 60);
ALTER TABLE "Loan" SET (fillfactor = 90);
ALTER TABLE "DepositAccount" SET (fillfactor = 90);
