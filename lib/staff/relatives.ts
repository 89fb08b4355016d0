import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { isStaffRole } from "@/lib/staff/staff-rules";
import type { TDeclareRelative } from "@/lib/staff/schemas";

/**
 * A staff member declares a relative of their own (StaffRelative): from then on the insider
 * control (lib/fraud/insider-rule.ts) refuses them that person's cases. Only for oneself; a
 * declaration is not withdrawn by its declarant (an ADMIN removes a wrong one, removeRelative).
 * Audited STAFF_RELATIVE_DECLARED. Errors: FORBIDDEN_ROLE, RELATIVE_IS_SELF (field idNumber),
 * RELATIVE_DUPLICATE (field idNumber).
 */
export async function declareRelative(opts: { actor: Actor } & TDeclareRelative): Promise<{ relativeId: string }> {
  if (!opts.actor.roles.some(isStaffRole)) throw new DomainError("FORBIDDEN_ROLE");
  const duplicate = () => new DomainError("RELATIVE_DUPLICATE", { field: "idNumber" });
  return inTransaction(
    async (tx) => {
      const me = await tx.user.findUnique({ where: { id: opts.actor.userId }, select: { idNumber: true } });
      if (me?.idNumber === opts.idNumber) throw new DomainError("RELATIVE_IS_SELF", { field: "idNumber" });
      const existing = await tx.staffRelative.findUnique({
        where: { userId_idNumber: { userId: opts.actor.userId, idNumber: opts.idNumber } },
        select: { id: true },
      });
      if (existing) throw duplicate();
      const row = await tx.staffRelative.create({
        data: { userId: opts.actor.userId, idNumber: opts.idNumber, name: opts.name, relation: opts.relation },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        windowId: opts.actor.windowId,
        action: "STAFF_RELATIVE_DECLARED",
        entityType: "StaffRelative",
        entityId: row.id,
        toState: JSON.stringify({ idNumber: opts.idNumber, name: opts.name, relation: opts.relation }),
      });
      return { relativeId: row.id };
    },
    { onUnique: duplicate },
  );
}

/**
 * ADMIN removes a declaration made in error, with a reason (never their own: another admin does).
 * Audited STAFF_RELATIVE_REMOVED (from: the declaration). Errors: FORBIDDEN_ROLE,
 * RELATIVE_NOT_FOUND, SELF_CHANGE_REFUSED.
 */
export async function removeRelative(opts: { actor: Actor; relativeId: string; reason: string }): Promise<void> {
  requireActorRole(opts.actor, "ADMIN");
  await inTransaction(async (tx) => {
    const row = await tx.staffRelative.findUnique({ where: { id: opts.relativeId } });
    if (!row) throw new DomainError("RELATIVE_NOT_FOUND");
    if (row.userId === opts.actor.userId) throw new DomainError("SELF_CHANGE_REFUSED");
    const { count } = await tx.staffRelative.deleteMany({ where: { id: row.id } });
    if (count === 0) throw new DomainError("RELATIVE_NOT_FOUND");
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: opts.actor.windowId,
      action: "STAFF_RELATIVE_REMOVED",
      entityType: "StaffRelative",
      entityId: row.id,
      fromState: JSON.stringify({ userId: row.userId, idNumber: row.idNumber, name: row.name, relation: row.relation }),
      toState: null,
      detail: { reason: opts.reason },
    });
  });
}
