import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import type { TCreateStaff } from "@/lib/staff/schemas";
import { hashPassword } from "@/lib/auth/password-hash";

/**
 * ADMIN creates a staff account with an initial password the person must replace at first sign-in
 * (mustChangePassword). Approval limits are not set here: they go through the four-eyes limit
 * change (limit-changes.ts). Audited STAFF_CREATED (to: the roles).
 * Errors: FORBIDDEN_ROLE, LOGIN_NAME_TAKEN (field loginName), STAFF_ID_NUMBER_TAKEN (field idNumber).
 */
export async function createStaff(opts: { actor: Actor } & TCreateStaff): Promise<{ userId: string }> {
  requireActorRole(opts.actor, "ADMIN");
  const passwordHash = await hashPassword(opts.initialPassword);
  return inTransaction(
    async (tx) => {
      if (await tx.user.findUnique({ where: { loginName: opts.loginName }, select: { id: true } })) {
        throw new DomainError("LOGIN_NAME_TAKEN", { field: "loginName" });
      }
      if (opts.idNumber) {
        const holder = await tx.user.findFirst({
          where: { idNumber: opts.idNumber, NOT: { roles: { has: "CITIZEN" } } },
          select: { id: true },
        });
        if (holder) throw new DomainError("STAFF_ID_NUMBER_TAKEN", { field: "idNumber" });
      }
      const user = await tx.user.create({
        data: {
          loginName: opts.loginName,
          displayName: opts.displayName,
          passwordHash,
          roles: [...opts.roles],
          idNumber: opts.idNumber ?? null,
          mustChangePassword: true,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        windowId: opts.actor.windowId,
        action: "STAFF_CREATED",
        entityType: "User",
        entityId: user.id,
        fromState: null,
        toState: opts.roles.join(","),
        detail: { loginName: opts.loginName, displayName: opts.displayName, idNumber: opts.idNumber ?? null },
      });
      return { userId: user.id };
    },
    { onUnique: () => new DomainError("LOGIN_NAME_TAKEN", { field: "loginName" }) },
  );
}
