import type { LoanStage } from "../../lib/cases/loan-stages";
import { stamp, yearOf } from "./clock";
import type { CaseActors } from "./cases";
import type { SeedContext } from "./context";
import { Counter, IdSequence, pad } from "./ids";
import type { LoanPlan } from "./loans";
import type { Staff } from "./staff";

/**
 * The signed loan and mortgage contracts of every loan that got that far, and the one disbursement
 * of every disbursed loan, signed and paid by the people of its case (or, for loans older than the
 * case history, by a teller and a reviewer of the time). Numbers run per year in signing order.
 */
export function buildPaperwork(ctx: SeedContext, staff: Staff, plans: LoanPlan[], handled: Map<string, CaseActors>): void {
  const rng = ctx.rng("paperwork");
  const loans = new Map(ctx.rows.loans.map((l) => [l.id!, l]));
  const contractIds = new IdSequence("ctr");
  const disbursementIds = new IdSequence("disb");
  const numbers = new Counter<string>(() => 1);
  const when = (plan: LoanPlan, stage: LoanStage, hour: number): Date | null => {
    const i = plan.path.indexOf(stage);
    if (i < 0) return null;
    return handled.get(plan.loanId)?.at.get(stage) ?? stamp(plan.dates[i]!, hour);
  };

  const signed = plans
    .map((plan) => ({ plan, at: when(plan, "CONTRACTS_SIGNED", 14) }))
    .filter((s): s is { plan: LoanPlan; at: Date } => s.at !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.plan.loanId < b.plan.loanId ? -1 : 1));
  for (const { plan, at } of signed) {
    const signer = handled.get(plan.loanId)?.teller ?? rng.pick(staff.tellers);
    const year = yearOf(at.toISOString().slice(0, 10));
    for (const [kind, prefix] of [
      ["LOAN", "GJJDK"],
      ["MORTGAGE", "GJJDY"],
    ] as const) {
      ctx.rows.contracts.push({
        id: contractIds.take(),
        loanId: plan.loanId,
        kind,
        contractNo: `${prefix}${year}-${pad(numbers.take(`${prefix}${year}`), 6)}`,
        signedAt: at,
        signedById: signer.id,
      });
    }
  }

  for (const plan of plans) {
    const loan = loans.get(plan.loanId)!;
    if (!loan.disbursedAt) continue;
    const case_ = handled.get(plan.loanId);
    ctx.rows.disbursements.push({
      id: disbursementIds.take(),
      loanId: plan.loanId,
      amount: loan.principal as string,
      payeeName: loan.payeeName!,
      payeeAccount: loan.payeeAccount!,
      disbursedAt: loan.disbursedAt,
      disbursedById: (case_?.rechecker ?? rng.pick(staff.reviewers)).id,
    });
  }
}
