import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import type { Actor } from "@/lib/auth/actor";
import { dateColumn, fromDateColumn, monthEndOf, todayInShanghai } from "@/lib/dates/calendar";
import { authorizeForEmployer } from "@/lib/employers/employer-access";

type Locked = { id: string; status: string; openedOn: Date };

/** This employer's account, row-locked. Errors: ACCOUNT_NOT_FOUND (also another employer's account). */
async function lockOwnAccount(tx: Tx, employerId: string, accountId: string): Promise<Locked> {
  const [account] = await tx.$queryRaw<Locked[]>`
    SELECT id, status::text AS status, "openedOn" FROM "DepositAccount"
     WHERE id = ${accountId} AND "employerId" = ${employerId} FOR UPDATE`;
  if (!account) throw new DomainError("ACCOUNT_NOT_FOUND");
  return account;
}

async function pendingLeave(tx: Tx, accountId: string) {
  return tx.staffChange.findFirst({ where: { accountId, kind: "LEAVE", status: "PENDING" }, select: { id: true, sealOn: true } });
}

/**
 * 减员: the employer's agent online or a teller at a window records that an employee left (last
 * day of work). The account stays NORMAL (the leaving month may still be remitted) and is sealed by
 * the month-end step (sealLeavers) on the last day of the leaving month. One pending leave per
 * account. Errors: FORBIDDEN_ROLE, FORBIDDEN_EMPLOYER, WINDOW_REQUIRED, EMPLOYER_NOT_FOUND,
 * ACCOUNT_NOT_FOUND, NOT_NORMAL, LEAVE_ALREADY_RECORDED (details.sealOn), LEAVE_DATE_OUT_OF_RANGE (leftOn).
 */
export async function recordLeaver(input: {
  actor: Actor;
  employerId: string;
  accountId: string;
  leftOn: string;
  reason: string;
  now?: Date;
}): Promise<{ staffChangeId: string; sealOn: string }> {
  const now = input.now ?? new Date();
  return inTransaction(async (tx) => {
    const channel = await authorizeForEmployer(tx, input.actor, input.employerId);
    const account = await lockOwnAccount(tx, input.employerId, input.accountId);
    if (account.status !== "NORMAL") throw new DomainError("NOT_NORMAL");
    const pending = await pendingLeave(tx, account.id);
    if (pending) throw new DomainError("LEAVE_ALREADY_RECORDED", { details: { sealOn: fromDateColumn(pending.sealOn!) } });
    if (input.leftOn < fromDateColumn(account.openedOn) || input.leftOn > monthEndOf(todayInShanghai(now)))
      throw new DomainError("LEAVE_DATE_OUT_OF_RANGE", { field: "leftOn" });
    const sealOn = monthEndOf(input.leftOn);
    const change = await tx.staffChange.create({
      data: {
        employerId: input.employerId,
        accountId: account.id,
        kind: "LEAVE",
        status: "PENDING",
        channel: channel.channel,
        effectiveOn: dateColumn(input.leftOn),
        sealOn: dateColumn(sealOn),
        reason: input.reason.trim(),
        recordedById: input.actor.userId,
        windowId: channel.windowId,
        recordedAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: input.actor.userId,
      windowId: channel.windowId,
      action: "EMPLOYEE_LEAVE_RECORDED",
      entityType: "DepositAccount",
      entityId: account.id,
      fromState: "NORMAL",
      toState: `SEAL_ON:${sealOn}`,
      detail: {
        staffChangeId: change.id,
        employerId: input.employerId,
        leftOn: input.leftOn,
        sealOn,
        reason: input.reason.trim(),
        channel: channel.channel,
      },
    });
    return { staffChangeId: change.id, sealOn };
  });
}

/**
 * 封存 / 启封 at once, with a reason, by the employer's agent online or a teller at a window. A
 * sealed account takes no contributions; sealing also settles a pending leave. Unsealing here keeps
 * the account at its employer (moving it to a new employer is a hire, hire-employee.ts).
 * Errors: FORBIDDEN_ROLE, FORBIDDEN_EMPLOYER, WINDOW_REQUIRED, EMPLOYER_NOT_FOUND, ACCOUNT_NOT_FOUND,
 * NOT_NORMAL (seal), NOT_SEALED (unseal).
 */
export async function changeSeal(input: {
  actor: Actor;
  employerId: string;
  accountId: string;
  seal: boolean;
  reason: string;
  now?: Date;
}): Promise<void> {
  const now = input.now ?? new Date();
  await inTransaction(async (tx) => {
    const channel = await authorizeForEmployer(tx, input.actor, input.employerId);
    const account = await lockOwnAccount(tx, input.employerId, input.accountId);
    const [from, to] = input.seal ? ["NORMAL", "SEALED"] : ["SEALED", "NORMAL"];
    if (account.status !== from) throw new DomainError(input.seal ? "NOT_NORMAL" : "NOT_SEALED");
    await tx.depositAccount.update({ where: { id: account.id }, data: { status: to as "SEALED" | "NORMAL", version: { increment: 1 } } });
    if (input.seal) {
      await tx.staffChange.updateMany({
        where: { accountId: account.id, kind: "LEAVE", status: "PENDING" },
        data: { status: "DONE", doneAt: now },
      });
    }
    const change = await tx.staffChange.create({
      data: {
        employerId: input.employerId,
        accountId: account.id,
        kind: input.seal ? "SEAL" : "UNSEAL",
        status: "DONE",
        channel: channel.channel,
        effectiveOn: dateColumn(todayInShanghai(now)),
        reason: input.reason.trim(),
        recordedById: input.actor.userId,
        windowId: channel.windowId,
        recordedAt: now,
        doneAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: input.actor.userId,
      windowId: channel.windowId,
      action: input.seal ? "ACCOUNT_SEALED" : "ACCOUNT_UNSEALED",
      entityType: "DepositAccount",
      entityId: account.id,
      fromState: from,
      toState: to,
      detail: { staffChangeId: change.id, employerId: input.employerId, reason: input.reason.trim(), channel: channel.channel },
    });
  });
}
