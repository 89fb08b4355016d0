import { collectionCases } from "./collection-cases";
import { deductions } from "./deductions";
import { markInstallments } from "./mark-installments";
import { overdueStats } from "./overdue-stats";
import { payOff } from "./pay-off-loans";
import { postPenalties } from "./post-penalties";
import type { BatchStep } from "./types";
import { updateLoans } from "./update-loans";

/**
 * The daily batch's data steps, in order; BatchRun.step = how many have committed. Penalties
 * accrue on what was overdue when D began, then D's deductions (fund account, then bank card for
 * the rest), allocated in the deduction order in the transaction that takes the money — so no
 * unallocated repayment is ever visible to the rest of the app — and statuses, payoffs,
 * collection cases and the day's statistics follow from the settled amounts. The audit entry that
 * completes the run is the final step (run-batch.ts), numbered STEPS.length + 1.
 */
export const STEPS: readonly BatchStep[] = [
  postPenalties,
  deductions,
  markInstallments,
  updateLoans,
  payOff,
  collectionCases,
  overdueStats,
];

export const TOTAL_STEPS = STEPS.length + 1;

/** Every step's name and Chinese label, the completing audit step last: for progress bars. */
export const STEP_LABELS: readonly { name: string; label: string }[] = [
  ...STEPS.map(({ name, label }) => ({ name, label })),
  { name: "audit", label: "记录审计并完成" },
];
