import { inTransaction } from "@/lib/db/transaction";
import { todayInShanghai } from "@/lib/dates/calendar";
import type { PrepaymentMode } from "@/lib/servicing/prepayment";
import { lockCitizenLoan, type CitizenActor } from "./citizen-loan";
import { readPrepaymentContext } from "./prepayment-context";
import { planPartialPrepayment, planPayoff, type PartialPrepaymentPlan, type PayoffPlan } from "./prepayment-plan";

/**
 * The quote the borrower sees before confirming a partial prepayment (试算): what they pay today
 * (amount + interest accrued on it), the new payment and term, the interest saved, and the new
 * schedule — exactly what prepayLoan will do today. Reads only. Errors: those of
 * ./prepayment-plan.ts plus LOAN_NOT_FOUND, LOAN_NOT_SERVICED.
 */
export async function quotePrepayment(opts: {
  actor: CitizenActor;
  loanId: string;
  amount: string;
  mode: PrepaymentMode;
  now?: Date;
}): Promise<PartialPrepaymentPlan> {
  const businessDate = todayInShanghai(opts.now ?? new Date());
  return inTransaction(async (tx) => {
    const loan = await lockCitizenLoan(tx, { loanId: opts.loanId, actor: opts.actor });
    const { start, facts } = await readPrepaymentContext(tx, loan, businessDate);
    return planPartialPrepayment(facts, start, { amount: opts.amount, mode: opts.mode });
  });
}

/** The full payoff quote for today (提前结清试算). Reads only; same errors as quotePrepayment. */
export async function quotePayoff(opts: { actor: CitizenActor; loanId: string; now?: Date }): Promise<PayoffPlan> {
  const businessDate = todayInShanghai(opts.now ?? new Date());
  return inTransaction(async (tx) => {
    const loan = await lockCitizenLoan(tx, { loanId: opts.loanId, actor: opts.actor });
    const { start, facts } = await readPrepaymentContext(tx, loan, businessDate);
    return planPayoff(facts, start);
  });
}
