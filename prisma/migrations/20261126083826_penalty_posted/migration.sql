-- AlterTable
ALTER TABLE "Loan" ADD COLUMN     "penaltyPosted" DECIMAL(18,2) NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Loan_penaltyPosted_idx" ON "Loan"("penaltyPosted");

-- Written by hand: Loan.penaltyPosted = sum of the loan's PenaltyPosting amounts, kept by the
-- database so every writer (the batch, tests, a future import) keeps it, and penalty owed
-- (penaltyPosted − penaltyPaid) never needs a sum over a history that grows by a row per overdue
-- loan per day. Inserts add, deletes subtract; a posting is never edited (post a correction), so
-- UPDATE is refused.
UPDATE "Loan" l SET "penaltyPosted" = p.total
  FROM (SELECT "loanId", sum(amount) AS total FROM "PenaltyPosting" GROUP BY "loanId") p
 WHERE l.id = p."loanId";

CREATE FUNCTION penalty_posting_sum_to_loan() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Loan" l SET "penaltyPosted" = l."penaltyPosted" + n.total
      FROM (SELECT "loanId", sum(amount) AS total FROM changed_postings GROUP BY "loanId") n
     WHERE l.id = n."loanId";
  ELSE
    UPDATE "Loan" l SET "penaltyPosted" = l."penaltyPosted" - n.total
      FROM (SELECT "loanId", sum(amount) AS total FROM changed_postings GROUP BY "loanId") n
     WHERE l.id = n."loanId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER penalty_posting_inserted
  AFTER INSERT ON "PenaltyPosting"
  REFERENCING NEW TABLE AS changed_postings
  FOR EACH STATEMENT EXECUTE FUNCTION penalty_posting_sum_to_loan();

CREATE TRIGGER penalty_posting_deleted
  AFTER DELETE ON "PenaltyPosting"
  REFERENCING OLD TABLE AS changed_postings
  FOR EACH STATEMENT EXECUTE FUNCTION penalty_posting_sum_to_loan();

CREATE FUNCTION penalty_posting_refuse_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'PenaltyPosting is never edited: post a correction instead'
    USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER penalty_posting_refuse_update
  BEFORE UPDATE ON "PenaltyPosting"
  FOR EACH ROW EXECUTE FUNCTION penalty_posting_refuse_update();
