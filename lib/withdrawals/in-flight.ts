import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { REASON_RULES, isReasonCode, mayRunTogether, type ReasonCode } from "@/lib/withdrawals/reasons";

/**
 * One in-flight withdrawal per depositor, except the pairs reasons.ts MAY_RUN_TOGETHER allows.
 * Run after the depositor's account row is locked (FOR UPDATE), so two applications for one
 * depositor are checked one after the other and cannot both pass.
 * Errors: IN_FLIGHT (field reasonCode; details.reason names the withdrawal in the way).
 */
export async function assertNoConflictingInFlight(tx: Tx, depositorId: string, reasonCode: ReasonCode): Promise<void> {
  const open = await tx.withdrawal.findMany({
    where: { depositorId, status: { in: ["SUBMITTED", "HELD", "APPROVED"] } },
    select: { withdrawalNo: true, reasonCode: true },
  });
  const blocking = open.find((w) => !isReasonCode(w.reasonCode) || !mayRunTogether(reasonCode, w.reasonCode));
  if (!blocking) return;
  const label = isReasonCode(blocking.reasonCode) ? REASON_RULES[blocking.reasonCode].label : blocking.reasonCode;
  const reason =
    blocking.reasonCode === reasonCode
      ? `已有一笔${label}提取申请（${blocking.withdrawalNo}）正在办理，请等待办结后再申请`
      : `已有一笔${label}提取申请（${blocking.withdrawalNo}）正在办理，按规定不能同时申请${REASON_RULES[reasonCode].label}提取`;
  throw new DomainError("IN_FLIGHT", { field: "reasonCode", message: reason, details: { reason, withdrawalNo: blocking.withdrawalNo } });
}
