import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertNoInsiderConflict } from "@/lib/fraud/insider-check";

export type DecideWithdrawalOptions = {
  withdrawalId: string;
  /** The version the reviewer saw: a decision made on a stale screen is refused. */
  version: number;
  decision: "APPROVE" | "REJECT";
  note: string;
  actorId: string;
  windowId?: string | null;
  now?: Date;
};

/**
 * Staff approve or reject a SUBMITTED withdrawal. Approval re-checks that the balance still covers
 * the amount (the debit itself happens at payout, guarded again there). A rejection frees the
 * reason for a new application. A HELD one waits for the risk officer (lib/fraud/resolve-flag), and
 * staff never decide their own or a declared relative's withdrawal (insider control, flagged).
 * Errors: NOT_FOUND, HELD, STALE, NOTE_REQUIRED (field note), INSUFFICIENT_BALANCE, INSIDER_CONFLICT.
 */
export async function decideWithdrawal(opts: DecideWithdrawalOptions): Promise<{ status: "APPROVED" | "REJECTED" }> {
  const now = opts.now ?? new Date();
  if (opts.decision === "REJECT" && opts.note.trim() === "") throw new DomainError("NOTE_REQUIRED", { field: "note" });
  return db.$transaction(async (tx) => {
    const w = await tx.withdrawal.findUnique({
      where: { id: opts.withdrawalId },
      select: { id: true, amount: true, status: true, depositorId: true, depositor: { select: { idNumber: true } }, account: { select: { balance: true } } },
    });
    if (!w) throw new DomainError("NOT_FOUND");
    if (w.status === "HELD") throw new DomainError("HELD");
    await assertNoInsiderConflict(tx, {
      staffUserId: opts.actorId,
      partyIdNumbers: [w.depositor.idNumber],
      depositorId: w.depositorId,
      action: "WITHDRAWAL_DECIDE",
      refusalKey: `decide:${w.id}:${opts.actorId}`,
      withdrawalId: w.id,
      windowId: opts.windowId ?? null,
    });
    if (opts.decision === "APPROVE" && w.account.balance.lt(w.amount)) throw new DomainError("INSUFFICIENT_BALANCE");
    const status = opts.decision === "APPROVE" ? "APPROVED" : "REJECTED";
    const moved = await tx.withdrawal.updateMany({
      where: { id: w.id, status: "SUBMITTED", version: opts.version },
      data: {
        status,
        decidedById: opts.actorId,
        decidedAt: now,
        reviewNote: opts.note.trim() || null,
        version: { increment: 1 },
        ...(status === "REJECTED" ? { inFlightKey: null } : {}),
      },
    });
    if (moved.count !== 1) throw new DomainError("STALE");
    await recordAudit(tx, {
      actorId: opts.actorId,
      windowId: opts.windowId ?? null,
      action: status === "APPROVED" ? "WITHDRAWAL_APPROVED" : "WITHDRAWAL_REJECTED",
      entityType: "Withdrawal",
      entityId: w.id,
      fromState: "SUBMITTED",
      toState: status,
      detail: opts.note.trim() ? { note: opts.note.trim() } : undefined,
    });
    return { status };
  });
}
