import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { isStaffRole, staffChangeRefusal } from "@/lib/staff/staff-rules";

/** Serializes every change that could remove an ADMIN, so two admins cannot demote each other at once. */
export async function lockAdmins(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('staff:admins'))`;
}

/** The staff member, locked for the change; STAFF_NOT_FOUND for a citizen, an agent or no one. */
export async function lockStaff(tx: Tx, userId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  const user = row
    ? await tx.user.findUnique({ where: { id: userId }, select: { id: true, roles: true, active: true, loginName: true } })
    : null;
  if (!user || !user.roles.some(isStaffRole)) throw new DomainError("STAFF_NOT_FOUND");
  return user;
}

async function otherActiveAdmins(tx: Tx, userId: string): Promise<number> {
  return tx.user.count({ where: { active: true, roles: { has: "ADMIN" }, id: { not: userId } } });
}

/**
 * ADMIN sets a staff member's roles (citizen or agent roles the account holds are kept). Refused
 * for oneself and when it would leave no active ADMIN; the same roles again change nothing.
 * Audited STAFF_ROLES_CHANGED (from → to). Errors: FORBIDDEN_ROLE, STAFF_NOT_FOUND,
 * SELF_CHANGE_REFUSED, LAST_ADMIN.
 */
export async function setStaffRoles(opts: { actor: Actor; userId: string; roles: readonly Role[] }): Promise<{ changed: boolean }> {
  requireActorRole(opts.actor, "ADMIN");
  return inTransaction(async (tx) => {
    await lockAdmins(tx);
    const user = await lockStaff(tx, opts.userId);
    const roles = [...user.roles.filter((r) => !isStaffRole(r)), ...opts.roles];
    const losesAdmin = user.active && user.roles.includes("ADMIN") && !roles.includes("ADMIN");
    const refusal = staffChangeRefusal({
      actorId: opts.actor.userId,
      targetId: user.id,
      losesAdmin,
      otherActiveAdmins: await otherActiveAdmins(tx, user.id),
    });
    if (refusal) throw new DomainError(refusal, { field: "roles" });
    if ([...user.roles].sort().join(",") === [...roles].sort().join(",")) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { roles } });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: opts.actor.windowId,
      action: "STAFF_ROLES_CHANGED",
      entityType: "User",
      entityId: user.id,
      fromState: user.roles.join(","),
      toState: roles.join(","),
      detail: { loginName: user.loginName },
    });
    return { changed: true };
  });
}

/**
 * ADMIN deactivates (停用) or reactivates a staff account, with a reason. Deactivation ends the
 * person's open sessions at once and frees their window. Refused for oneself and for the last
 * active ADMIN; setting the state it already has changes nothing. Audited STAFF_DEACTIVATED /
 * STAFF_REACTIVATED (from → to). Errors: FORBIDDEN_ROLE, STAFF_NOT_FOUND, SELF_CHANGE_REFUSED, LAST_ADMIN.
 */
export async function setStaffActive(opts: {
  actor: Actor;
  userId: string;
  active: boolean;
  reason: string;
  now?: Date;
}): Promise<{ changed: boolean }> {
  requireActorRole(opts.actor, "ADMIN");
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    await lockAdmins(tx);
    const user = await lockStaff(tx, opts.userId);
    const refusal = staffChangeRefusal({
      actorId: opts.actor.userId,
      targetId: user.id,
      losesAdmin: user.active && !opts.active && user.roles.includes("ADMIN"),
      otherActiveAdmins: await otherActiveAdmins(tx, user.id),
    });
    if (refusal) throw new DomainError(refusal);
    if (user.active === opts.active) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { active: opts.active } });
    if (!opts.active) {
      await tx.loginSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
      await tx.windowOccupancy.deleteMany({ where: { userId: user.id } });
    }
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: opts.actor.windowId,
      action: opts.active ? "STAFF_REACTIVATED" : "STAFF_DEACTIVATED",
      entityType: "User",
      entityId: user.id,
      fromState: user.active ? "ACTIVE" : "INACTIVE",
      toState: opts.active ? "ACTIVE" : "INACTIVE",
      detail: { loginName: user.loginName, reason: opts.reason },
    });
    return { changed: true };
  });
}
