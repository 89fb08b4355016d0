import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import type { Actor } from "@/lib/auth/actor";
import { fromDateColumn } from "@/lib/dates/calendar";
import { authorizeForEmployer } from "@/lib/employers/employer-access";

export type CancelLeaveResult = { accountId: string; sealOn: string; duplicate: boolean };

/**
 * 撤销减员: the employer's agent online or a teller at a window cancels a leave recorded by mistake,
 * as long as the month-end step (seal-leavers.ts) has not sealed the account yet. The leave row is
 * locked first — the same lock sealLeavers takes — so a cancel and the month-end seal never both
 * act: whichever commits first wins, and the other sees its result. Once sealed, the employee is
 * taken back by a hire (增员, which unseals the account): LEAVE_ALREADY_SEALED says so.
 * Idempotent: cancelling a leave already cancelled acts once (no second audit row, duplicate: true).
 * Another employer's leave is refused like a missing one (LEAVE_NOT_FOUND), nothing written.
 * Audited EMPLOYEE_LEAVE_CANCELLED on the account, from SEAL_ON:<date> to NORMAL.
 * Errors: FORBIDDEN_ROLE, FORBIDDEN_EMPLOYER, WINDOW_REQUIRED, EMPLOYER_NOT_FOUND, LEAVE_NOT_FOUND
 * (staffChangeId), LEAVE_ALREADY_SEALED (details.sealOn).
 */
export async function cancelLeave(input: {
  actor: Actor;
  employerId: string;
  staffChangeId: string;
  reason: string;
  now?: Date;
}): Promise<CancelLeaveResult> {
  const now = input.now ?? new Date();
  const reason = input.reason.trim();
  return inTransaction(async (tx) => {
    const channel = await authorizeForEmployer(tx, input.actor, input.employerId);
    const [leave] = await tx.$queryRaw<{ id: string; accountId: string; status: string; sealOn: Date | null }[]>`
      SELECT id, "accountId", status::text AS status, "sealOn" FROM "StaffChange"
       WHERE id = ${input.staffChangeId} AND "employerId" = ${input.employerId} AND kind = 'LEAVE' FOR UPDATE`;
    if (!leave) throw new DomainError("LEAVE_NOT_FOUND", { field: "staffChangeId" });
    const sealOn = leave.sealOn ? fromDateColumn(leave.sealOn) : "";
    if (leave.status === "CANCELLED") return { accountId: leave.accountId, sealOn, duplicate: true };
    if (leave.status !== "PENDING") throw new DomainError("LEAVE_ALREADY_SEALED", { details: { sealOn } });
    await tx.staffChange.update({ where: { id: leave.id }, data: { status: "CANCELLED", doneAt: now } });
    await recordAudit(tx, {
      actorId: input.actor.userId,
      windowId: channel.windowId,
      action: "EMPLOYEE_LEAVE_CANCELLED",
      entityType: "DepositAccount",
      entityId: leave.accountId,
      fromState: `SEAL_ON:${sealOn}`,
      toState: "NORMAL",
      detail: { staffChangeId: leave.id, employerId: input.employerId, sealOn, reason, channel: channel.channel },
    });
    return { accountId: leave.accountId, sealOn, duplicate: false };
  });
}
