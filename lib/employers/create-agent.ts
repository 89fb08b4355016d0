import { randomInt } from "node:crypto";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password-hash";

const PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/** A 12-character initial password (no look-alike characters), shown once to the teller. */
export function initialPassword(): string {
  let out = "";
  for (let i = 0; i < 12; i++) out += PASSWORD_CHARS[randomInt(PASSWORD_CHARS.length)];
  return out;
}

/**
 * 经办人开通 at a window: a teller creates an EMPLOYER_AGENT login for an employer. The initial
 * password is generated, stored only as a bcrypt hash and returned once for the teller to hand
 * over. Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, EMPLOYER_NOT_FOUND, LOGIN_TAKEN (loginName).
 */
export async function createAgent(input: {
  actor: Actor;
  employerId: string;
  loginName: string;
  displayName: string;
}): Promise<{ userId: string; loginName: string; password: string }> {
  const windowId = requireTellerAtWindow(input.actor);
  const password = initialPassword();
  const passwordHash = await hashPassword(password);
  const loginName = input.loginName.trim();
  const taken = () => new DomainError("LOGIN_TAKEN", { field: "loginName" });
  return inTransaction(
    async (tx) => {
      const employer = await tx.employer.findUnique({ where: { id: input.employerId }, select: { id: true } });
      if (!employer) throw new DomainError("EMPLOYER_NOT_FOUND");
      if (await tx.user.findUnique({ where: { loginName }, select: { id: true } })) throw taken();
      const user = await tx.user.create({
        data: { loginName, displayName: input.displayName.trim(), passwordHash, roles: ["EMPLOYER_AGENT"], employerId: employer.id },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: input.actor.userId,
        windowId,
        action: "EMPLOYER_AGENT_CREATED",
        entityType: "User",
        entityId: user.id,
        toState: "ACTIVE",
        detail: { employerId: employer.id, loginName },
      });
      return { userId: user.id, loginName, password };
    },
    { onUnique: taken },
  );
}

/**
 * An agent stops acting for the employer (left the job): the login is deactivated at a window.
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, AGENT_NOT_FOUND, ALREADY_HANDLED.
 */
export async function deactivateAgent(input: { actor: Actor; employerId: string; userId: string }): Promise<void> {
  const windowId = requireTellerAtWindow(input.actor);
  await inTransaction(async (tx) => {
    const agent = await tx.user.findUnique({ where: { id: input.userId }, select: { employerId: true, roles: true, active: true } });
    if (!agent || agent.employerId !== input.employerId || !agent.roles.includes("EMPLOYER_AGENT"))
      throw new DomainError("AGENT_NOT_FOUND");
    const done = await tx.user.updateMany({ where: { id: input.userId, active: true }, data: { active: false } });
    if (done.count !== 1) throw new DomainError("ALREADY_HANDLED");
    await recordAudit(tx, {
      actorId: input.actor.userId,
      windowId,
      action: "EMPLOYER_AGENT_DEACTIVATED",
      entityType: "User",
      entityId: input.userId,
      fromState: "ACTIVE",
      toState: "INACTIVE",
      detail: { employerId: input.employerId },
    });
  });
}
