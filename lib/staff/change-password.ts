import bcrypt from "bcryptjs";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password-hash";

/**
 * A signed-in person replaces their password (an ADMIN-given initial one at first sign-in, or any
 * time): the current password must match and the new one must differ from it. Clears
 * mustChangePassword. Audited PASSWORD_CHANGED (no password or hash in the row).
 * Errors: WRONG_PASSWORD (field currentPassword), SAME_PASSWORD (field newPassword).
 */
export async function changeOwnPassword(opts: { actor: Actor; currentPassword: string; newPassword: string }): Promise<void> {
  if (opts.currentPassword === opts.newPassword) throw new DomainError("SAME_PASSWORD", { field: "newPassword" });
  const hash = await hashPassword(opts.newPassword);
  await inTransaction(async (tx) => {
    // Locked, so two changes at once apply one after the other (the second must know the first's password).
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${opts.actor.userId} FOR UPDATE`;
    const row = await tx.user.findUnique({ where: { id: opts.actor.userId }, select: { passwordHash: true, mustChangePassword: true } });
    if (!row || !(await bcrypt.compare(opts.currentPassword, row.passwordHash))) {
      throw new DomainError("WRONG_PASSWORD", { field: "currentPassword" });
    }
    await tx.user.update({ where: { id: opts.actor.userId }, data: { passwordHash: hash, mustChangePassword: false } });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: opts.actor.windowId,
      action: "PASSWORD_CHANGED",
      entityType: "User",
      entityId: opts.actor.userId,
      fromState: row.mustChangePassword ? "INITIAL" : "SET",
      toState: "SET",
    });
  });
}
