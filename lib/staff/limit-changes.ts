import type { StaffLimitKind } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { confirmRefusal, LIMIT_CHANGE_RULES, limitDirection, rejectRefusal, staffChangeRefusal } from "@/lib/staff/staff-rules";
import { lockStaff } from "@/lib/staff/change-staff";

/** The User column each limit kind lives in. */
const COLUMN = { LOAN_APPROVAL: "approvalLimit", WITHDRAWAL: "withdrawalLimit" } as const satisfies Record<StaffLimitKind, string>;

async function currentLimit(tx: Tx, userId: string, kind: StaffLimitKind): Promise<string | null> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { approvalLimit: true, withdrawalLimit: true } });
  return user?.[COLUMN[kind]]?.toFixed(2) ?? null;
}

async function applyLimit(tx: Tx, userId: string, kind: StaffLimitKind, amount: string | null): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { [COLUMN[kind]]: amount } });
}

/**
 * ADMIN changes a staff member's approval limit (loans: User.approvalLimit; withdrawals:
 * User.withdrawalLimit; null = no authority). Per LIMIT_CHANGE_RULES a cut applies at once
 * (STAFF_LIMIT_CHANGED) and a raise waits as PROPOSED for a second ADMIN (STAFF_LIMIT_PROPOSED).
 * One open proposal per person and kind. Errors: FORBIDDEN_ROLE, STAFF_NOT_FOUND,
 * SELF_CHANGE_REFUSED, LIMIT_UNCHANGED (field amount), LIMIT_PENDING.
 */
export async function proposeLimitChange(opts: {
  actor: Actor;
  userId: string;
  kind: StaffLimitKind;
  amount: string | null;
  reason: string;
}): Promise<{ changeId: string; status: "PROPOSED" | "CONFIRMED" }> {
  requireActorRole(opts.actor, "ADMIN");
  return inTransaction(async (tx) => {
    const user = await lockStaff(tx, opts.userId);
    const refusal = staffChangeRefusal({ actorId: opts.actor.userId, targetId: user.id, losesAdmin: false, otherActiveAdmins: 1 });
    if (refusal) throw new DomainError(refusal);
    const from = await currentLimit(tx, user.id, opts.kind);
    const direction = limitDirection(from, opts.amount);
    if (direction === "SAME") throw new DomainError("LIMIT_UNCHANGED", { field: "amount" });
    const open = await tx.staffLimitChange.findFirst({
      where: { userId: user.id, kind: opts.kind, status: "PROPOSED" },
      select: { id: true },
    });
    if (open) throw new DomainError("LIMIT_PENDING");
    const immediate = LIMIT_CHANGE_RULES[direction].confirmations === 0;
    const now = new Date();
    const change = await tx.staffLimitChange.create({
      data: {
        userId: user.id,
        kind: opts.kind,
        fromAmount: from,
        toAmount: opts.amount,
        status: immediate ? "CONFIRMED" : "PROPOSED",
        reason: opts.reason,
        proposedById: opts.actor.userId,
        ...(immediate ? { decidedById: opts.actor.userId, decidedAt: now } : {}),
      },
      select: { id: true },
    });
    if (immediate) await applyLimit(tx, user.id, opts.kind, opts.amount);
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: opts.actor.windowId,
      action: immediate ? "STAFF_LIMIT_CHANGED" : "STAFF_LIMIT_PROPOSED",
      entityType: "User",
      entityId: user.id,
      fromState: from ?? "NONE",
      toState: opts.amount ?? "NONE",
      detail: { kind: opts.kind, changeId: change.id, reason: opts.reason, direction },
    });
    return { changeId: change.id, status: immediate ? "CONFIRMED" : "PROPOSED" };
  });
}

/**
 * A second ADMIN confirms (the new limit applies) or rejects a proposed raise. The proposer may
 * reject (withdraw) but not confirm; the staff member concerned may do neither. A limit changed
 * since the proposal refuses the confirmation (STAFF_CHANGED_MEANWHILE). Audited
 * STAFF_LIMIT_CHANGED (from → to, proposer and confirmer) or STAFF_LIMIT_REJECTED. A decided
 * proposal is never decided again. Errors: FORBIDDEN_ROLE, LIMIT_CHANGE_NOT_FOUND,
 * LIMIT_CHANGE_DECIDED, LIMIT_SAME_ADMIN, LIMIT_OWN_CONFIRM, STAFF_CHANGED_MEANWHILE.
 */
export async function decideLimitChange(opts: {
  actor: Actor;
  changeId: string;
  confirm: boolean;
}): Promise<{ status: "CONFIRMED" | "REJECTED" }> {
  requireActorRole(opts.actor, "ADMIN");
  return inTransaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "StaffLimitChange" WHERE id = ${opts.changeId} FOR UPDATE`;
    const change = locked ? await tx.staffLimitChange.findUnique({ where: { id: opts.changeId } }) : null;
    if (!change) throw new DomainError("LIMIT_CHANGE_NOT_FOUND");
    if (change.status !== "PROPOSED") throw new DomainError("LIMIT_CHANGE_DECIDED");
    const refusal = opts.confirm ? confirmRefusal(change, opts.actor.userId) : rejectRefusal(change, opts.actor.userId);
    if (refusal) throw new DomainError(refusal);
    await lockStaff(tx, change.userId);
    const from = change.fromAmount?.toFixed(2) ?? null;
    const to = change.toAmount?.toFixed(2) ?? null;
    if (opts.confirm && (await currentLimit(tx, change.userId, change.kind)) !== from) throw new DomainError("STAFF_CHANGED_MEANWHILE");
    const status = opts.confirm ? "CONFIRMED" : "REJECTED";
    await tx.staffLimitChange.update({ where: { id: change.id }, data: { status, decidedById: opts.actor.userId, decidedAt: new Date() } });
    if (opts.confirm) await applyLimit(tx, change.userId, change.kind, to);
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: opts.actor.windowId,
      action: opts.confirm ? "STAFF_LIMIT_CHANGED" : "STAFF_LIMIT_REJECTED",
      entityType: "User",
      entityId: change.userId,
      fromState: from ?? "NONE",
      toState: opts.confirm ? (to ?? "NONE") : (from ?? "NONE"),
      detail: { kind: change.kind, changeId: change.id, proposedById: change.proposedById, proposedTo: to, reason: change.reason },
    });
    return { status };
  });
}
