import { DomainError } from "@/lib/errors";
import { formatYuan, money } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { todayInShanghai } from "@/lib/dates/calendar";
import { banRefusalFacts } from "@/lib/fraud/blacklist-rule";
import { findActiveBan } from "@/lib/fraud/facts";
import { assertNoInsiderConflict } from "@/lib/fraud/insider-check";
import { assertNoLoanOutstanding } from "@/lib/closing/loan-outstanding";
import type { TransferPlatformPort } from "@/lib/transfers/platform-port";
import { transferPlatform } from "@/lib/transfers/local-platform";

export type DecideTransferOutOptions = {
  actor: Actor;
  transferId: string;
  /** The version the approver saw: a decision on a stale screen is refused. */
  version: number;
  decision: "APPROVE" | "REJECT";
  note: string;
  now?: Date;
  platform?: TransferPlatformPort;
};

/**
 * A TELLER with a delegated withdrawal authority (User.withdrawalLimit, the same limit as a
 * withdrawal's approval) approves or rejects a SUBMITTED transfer out. Maker ≠ checker: whoever
 * submitted it never decides it. Approval re-checks the blacklist and the loans (a ban or a loan
 * since submission refuses, nothing written), needs the balance ≤ the approver's limit, and sends
 * the request to the platform in the same transaction (REQUESTED); if the platform does not answer
 * everything rolls back (PLATFORM_UNAVAILABLE) and the approval can be tried again. No money
 * moves here: it leaves when the other center accepts (handle-platform-message.ts).
 * Errors: FORBIDDEN_ROLE, NOT_FOUND, STALE, NOTE_REQUIRED (field note), FOUR_EYES_SUBMITTER,
 * NO_WITHDRAWAL_AUTHORITY, OVER_AUTHORITY, INSIDER_CONFLICT, BLACKLISTED, LOAN_OUTSTANDING,
 * PLATFORM_UNAVAILABLE.
 */
export async function decideTransferOut(opts: DecideTransferOutOptions): Promise<{ status: "REQUESTED" | "REJECTED" }> {
  requireActorRole(opts.actor, "TELLER");
  const now = opts.now ?? new Date();
  const platform = opts.platform ?? transferPlatform();
  const actorId = opts.actor.userId;
  const note = opts.note.trim();
  if (opts.decision === "REJECT" && note === "") throw new DomainError("NOTE_REQUIRED", { field: "note" });
  return inTransaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string; version: number }[]>`
      SELECT status::text, version FROM "FundTransfer" WHERE id = ${opts.transferId} AND direction = 'OUT' FOR UPDATE`;
    if (!locked) throw new DomainError("NOT_FOUND");
    if (locked.status !== "SUBMITTED" || locked.version !== opts.version) throw new DomainError("STALE");
    const t = await tx.fundTransfer.findUniqueOrThrow({
      where: { id: opts.transferId },
      select: { id: true, transferNo: true, submittedById: true, depositorId: true, accountId: true, otherCenterCode: true },
    });
    if (t.submittedById === actorId) throw new DomainError("FOUR_EYES_SUBMITTER");
    const me = await tx.user.findUniqueOrThrow({ where: { id: actorId }, select: { withdrawalLimit: true } });
    if (!me.withdrawalLimit) throw new DomainError("NO_WITHDRAWAL_AUTHORITY");
    const depositor = await tx.depositor.findUniqueOrThrow({ where: { id: t.depositorId }, select: { idNumber: true, name: true } });
    await assertNoInsiderConflict(tx, {
      staffUserId: actorId,
      partyIdNumbers: [depositor.idNumber],
      depositorId: t.depositorId,
      action: "TRANSFER_DECIDE",
      refusalKey: `transfer-decide:${t.id}:${actorId}`,
      windowId: opts.actor.windowId,
    });
    let platformRef: string | null = null;
    if (opts.decision === "APPROVE") {
      const account = await tx.depositAccount.findUniqueOrThrow({ where: { id: t.accountId }, select: { balance: true } });
      if (money(account.balance).gt(money(me.withdrawalLimit))) {
        throw new DomainError("OVER_AUTHORITY", { details: { limit: formatYuan(me.withdrawalLimit), amount: account.balance.toFixed(2) } });
      }
      const ban = await findActiveBan(tx, [depositor.idNumber], todayInShanghai(now));
      if (ban) {
        throw new DomainError("BLACKLISTED", { details: { ...banRefusalFacts(ban, true), entryId: ban.id } });
      }
      await assertNoLoanOutstanding(tx, t.depositorId);
      ({ platformRef } = await platform.sendRequest(tx, {
        reference: t.transferNo,
        direction: "OUT",
        centerCode: t.otherCenterCode,
        idNumber: depositor.idNumber,
        name: depositor.name,
      }));
    }
    const status = opts.decision === "APPROVE" ? "REQUESTED" : "REJECTED";
    const moved = await tx.fundTransfer.updateMany({
      where: { id: t.id, status: "SUBMITTED", version: opts.version },
      data: {
        status,
        decidedById: actorId,
        decidedAt: now,
        reviewNote: note || null,
        platformRef,
        version: { increment: 1 },
        ...(status === "REJECTED" ? { inFlightKey: null } : {}),
      },
    });
    if (moved.count !== 1) throw new DomainError("STALE");
    await recordAudit(tx, {
      actorId,
      windowId: opts.actor.windowId,
      action: status === "REQUESTED" ? "TRANSFER_OUT_APPROVED" : "TRANSFER_OUT_REJECTED",
      entityType: "FundTransfer",
      entityId: t.id,
      fromState: "SUBMITTED",
      toState: status,
      detail: { transferNo: t.transferNo, ...(platformRef ? { platformRef } : {}), ...(note ? { note } : {}) },
    });
    return { status };
  });
}
