import { bankPort } from "@/lib/bank/choose-bank";
import { db } from "@/lib/db";
import { repriceLoans } from "@/lib/loans/reprice-loans";
import { sealLeavers } from "@/lib/employers/seal-leavers";
import { runBatch } from "./batch/run-batch";
import type { RunDailyBatchInput, RunDailyBatchResult } from "./batch/types";

export type { BatchProgress, RunDailyBatchInput, RunDailyBatchResult } from "./batch/types";

// NOTE: a step touches every serviced loan in one statement; the default 5 s would cut it short.
const TX_OPTIONS = { maxWait: 30_000, timeout: 30 * 60_000 };

/**
 * The daily batch (一天一销号) for one business date, every calendar day:
 * 1 penalty interest → 2 deductions: fund account, then bank card for the rest, allocated in the
 * deduction order in the same transaction → 3 installment statuses → 4 loan overdue periods and
 * status → 5 payoffs and mortgage release → 6 collection cases open/close → 7 overdue statistics →
 * 8 audit entry and COMPLETED. Set-based SQL; each step commits with BatchRun.step in its own
 * transaction, so a run killed midway resumes where it stopped and a COMPLETED date is a no-op
 * (batch/run-batch.ts).
 * Errors: INVALID_DATE, REPAYMENT_EXCEEDS_DUE (a bug: deductions never exceed what is due).
 */
export async function runDailyBatch(input: RunDailyBatchInput): Promise<RunDailyBatchResult> {
  // On 1 January loans reprice to the policy rate first, so an installment due that day is billed
  // at the new rate. Idempotent per loan (LoanRepricing is unique per loan and date).
  if (/^\d{4}-01-01$/.test(input.businessDate)) {
    await repriceLoans({ effectiveDate: input.businessDate, actorLabel: input.actorLabel ?? "batch" });
  }
  const result = await runBatch((work) => db.$transaction(work, TX_OPTIONS), input.bank ?? bankPort(), input);
  // 减员: leavers whose month has ended are sealed, after the date is validated and run (idempotent,
  // lib/employers/seal-leavers.ts; a rerun of a completed date retries it).
  await sealLeavers({ businessDate: input.businessDate, actorLabel: input.actorLabel ?? "batch" });
  return result;
}
