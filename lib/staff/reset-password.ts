import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { lockStaff } from "@/lib/staff/change-staff";
import { hashPassword } from "@/lib/auth/password-hash";

/**
 * ADMIN gives another staff member a one-time temporary password (重置密码), e.g. after they forgot
 * theirs or were locked out: the password is replaced, the sign-in lock lifted, every open session
 * of that person ends and their window is freed, and mustChangePassword is set, so at the next
 * sign-in they set their own before anything else (requireRole sends them to /staff/password).
 * Never for oneself (one's own password is changed at /staff/password). No four-eyes: it grants
 * nothing. Audited STAFF_PASSWORD_RESET (no password or hash in the row).
 * Errors: FORBIDDEN_ROLE, STAFF_NOT_FOUND, SELF_RESET_REFUSED (field tempPassword).
 */
export async function resetStaffPassword(opts: {
  actor: Actor;
  userId: string;
  tempPassword: string;
  now?: Date;
}): Promise<{ sessionsEnded: number }> {
  requireActorRole(opts.actor, "ADMIN");
  if (opts.actor.userId === opts.userId) throw new DomainError("SELF_RESET_REFUSED", { field: "tempPassword" });
  const now = opts.now ?? new Date();
  const passwordHash = await hashPassword(opts.tempPassword);
  return inTransaction(async (tx) => {
    const user = await lockStaff(tx, opts.userId);
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { mustChangePassword: true, lockedUntil: true } });
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null },
    });
    const { count } = await tx.loginSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await tx.windowOccupancy.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: opts.actor.windowId,
      action: "STAFF_PASSWORD_RESET",
      entityType: "User",
      entityId: user.id,
      fromState: before.mustChangePassword ? "INITIAL" : "SET",
      toState: "INITIAL",
      detail: { loginName: user.loginName, sessionsEnded: count, wasLocked: !!before.lockedUntil && before.lockedUntil > now },
    });
    return { sessionsEnded: count };
  });
}
