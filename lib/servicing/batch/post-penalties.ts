import { Prisma } from "@/lib/generated/prisma/client";
import type { PenaltyRule } from "@/lib/servicing/penalty-interest";
import type { BatchStep } from "./types";
import { SERVICED_LOAN_STATUSES, overdueInstallmentSql, readPendingFrom } from "./unpaid-sql";

/**
 * The SQL twin of lib/servicing/penalty-interest.ts `penaltyAnnualRatePercent` for a loan row "l":
 * contract rate × (100 + markup) ÷ 100, or the fixed rate. Keep both in step (the integration test
 * tests/integration/servicing/penalty-agrees.test.ts compares them with `dailyPenalty`).
 */
function penaltyRateSql(rule: PenaltyRule): Prisma.Sql {
  if (rule.rate.kind === "FIXED") return Prisma.sql`${rule.rate.annualRatePercent}::numeric`;
  return Prisma.sql`(l."annualRatePercent" * (100 + ${rule.rate.markupPercent}::numeric) / 100)`;
}

/**
 * Step 1: one PenaltyPosting per overdue loan for D, on what was overdue when D began. Same formula as `dailyPenalty`:
 * base × penalty rate ÷ 100 ÷ 360 (one day), half-up to the fen (PostgreSQL round() on a
 * positive numeric rounds half away from zero = half-up). Base = overdue principal, plus overdue
 * interest when the rule includes it. The (loanId, businessDate) key makes a rerun post nothing.
 */
export const postPenalties: BatchStep = {
  name: "postPenalties",
  label: "计收逾期罚息",
  async run(tx, { businessDate, penaltyRule }) {
    const includeInterest = penaltyRule.includeOverdueInterest;
    const pendingFrom = await readPendingFrom(tx);
    const rows = await tx.$queryRaw<{ postings: number; amount: string }[]>`
      WITH base AS (
        SELECT i."loanId",
               sum(i.principal - i."paidPrincipal"
                   + CASE WHEN ${includeInterest}::boolean THEN i.interest - i."paidInterest" ELSE 0 END) AS base
          FROM "LoanInstallment" i
         WHERE ${overdueInstallmentSql("i", businessDate, pendingFrom)}
         GROUP BY i."loanId"),
      rated AS (
        SELECT b."loanId", b.base, ${penaltyRateSql(penaltyRule)} AS rate
          FROM base b JOIN "Loan" l ON l.id = b."loanId"
         WHERE l.status IN ${SERVICED_LOAN_STATUSES} AND b.base > 0),
      posted AS (
        INSERT INTO "PenaltyPosting" (id, "loanId", "businessDate", base, "ratePercent", amount)
        SELECT gen_random_uuid()::text, r."loanId", ${businessDate}::date, r.base, r.rate,
               round(r.base * r.rate / 100 / 360, 2)
          FROM rated r
        ON CONFLICT ("loanId", "businessDate") DO NOTHING
        RETURNING amount)
      SELECT count(*)::int AS postings, coalesce(sum(amount), 0)::numeric(18, 2)::text AS amount FROM posted`;
    const { postings, amount } = rows[0] ?? { postings: 0, amount: "0.00" };
    return { penaltyPostings: postings, penaltyAmount: amount };
  },
};
