import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isReasonCode, mayRunTogether, type ReasonCode } from "@/lib/withdrawals/reasons";

/**
 * One in-flight withdrawal per depositor, except the pairs reasons.ts MAY_RUN_TOGETHER allows.
 * Run after the depositor's account row is locked (FOR UPDATE), so two applications for one
 * depositor are checked one after the other and cannot both pass.
 * Errors: IN_FLIGHT (field reasonCode; details name the withdrawal in the way: withdrawalNo,
 * blockingReasonCode, and the reasonCode applied for; the text is withdrawalMessage's).
 */
export async function assertNoConflictingInFlight(tx: Tx, depositorId: string, reasonCode: ReasonCode): Promise<void> {
  const open = await tx.withdrawal.findMany({
    where: { depositorId, status: { in: ["SUBMITTED", "HELD", "APPROVED"] } },
    select: { withdrawalNo: true, reasonCode: true },
  });
  const blocking = open.find((w) => !isReasonCode(w.reasonCode) || !mayRunTogether(reasonCode, w.reasonCode));
  if (!blocking) return;
  throw new DomainError("IN_FLIGHT", {
    field: "reasonCode",
    details: { withdrawalNo: blocking.withdrawalNo, blockingReasonCode: blocking.reasonCode, reasonCode },
  });
}
