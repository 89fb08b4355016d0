import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { resetStaffPassword } from "@/lib/staff/reset-password";
import { changeOwnPassword } from "@/lib/staff/change-password";
import { verifyStaffLogin } from "@/lib/auth/verify-credentials";
import { ZResetStaffPassword } from "@/lib/staff/schemas";

let seq = 0;
async function staff(roles: Role[]) {
  seq += 1;
  const u = await db.user.create({
    data: { loginName: `rp${seq}`, displayName: `人员${seq}`, passwordHash: await bcrypt.hash("Before2026pass", 4), roles },
  });
  const actor: Actor = { userId: u.id, roles, windowId: null, approvalLimit: null };
  return { user: u, actor };
}

async function errorOf(p: Promise<unknown>): Promise<{ code: string; field?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; field?: string };
  }
  throw new Error("expected a DomainError");
}

let admin: Awaited<ReturnType<typeof staff>>;
beforeAll(async () => {
  admin = await staff(["ADMIN"]);
});

describe("an admin resets a staff member's password", () => {
  it("sets a temporary password, the must-change flag, lifts a lock and ends the person's sessions; audited without the password", async () => {
    const { user } = await staff(["REVIEWER"]);
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() + 10 * 60_000) } });
    await db.loginSession.createMany({ data: [{ userId: user.id }, { userId: user.id }] });
    const other = await db.loginSession.create({ data: { userId: admin.user.id } });

    const input = ZResetStaffPassword.parse({ userId: user.id, tempPassword: "Temp2026reset" });
    expect(await resetStaffPassword({ actor: admin.actor, ...input })).toEqual({ sessionsEnded: 2 });

    const after = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { mustChangePassword: true, passwordHash: true, failedLoginCount: true, lockedUntil: true },
    });
    expect(after).toMatchObject({ mustChangePassword: true, failedLoginCount: 0, lockedUntil: null });
    expect(await bcrypt.compare("Temp2026reset", after.passwordHash)).toBe(true);
    expect(await db.loginSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect((await db.loginSession.findUniqueOrThrow({ where: { id: other.id } })).revokedAt).toBeNull();

    const [audit] = await db.auditEntry.findMany({ where: { entityId: user.id, action: "STAFF_PASSWORD_RESET" } });
    expect(audit).toMatchObject({ actorId: admin.user.id, fromState: "SET", toState: "INITIAL" });
    expect(audit!.detail).toMatchObject({ loginName: user.loginName, sessionsEnded: 2, wasLocked: true });
    expect(JSON.stringify([audit!.detail, audit!.fromState, audit!.toState])).not.toContain("Temp2026reset");

    // The temporary password signs in; the person must then set their own, which clears the flag.
    const login = await verifyStaffLogin({ loginName: user.loginName, password: "Temp2026reset" });
    expect(login.ok).toBe(true);
    const me: Actor = { userId: user.id, roles: ["REVIEWER"], windowId: null, approvalLimit: null };
    await changeOwnPassword({ actor: me, currentPassword: "Temp2026reset", newPassword: "Mine2026after" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
  });

  it("refuses an admin resetting their own password, and anyone but an admin; nothing written", async () => {
    const own = await errorOf(resetStaffPassword({ actor: admin.actor, userId: admin.user.id, tempPassword: "Temp2026reset" }));
    expect(own).toMatchObject({ code: "SELF_RESET_REFUSED", field: "tempPassword" });
    const { user: target } = await staff(["TELLER"]);
    const teller = await staff(["TELLER"]);
    expect((await errorOf(resetStaffPassword({ actor: teller.actor, userId: target.id, tempPassword: "Temp2026reset" }))).code).toBe(
      "FORBIDDEN_ROLE",
    );
    const mine = await db.user.findUniqueOrThrow({
      where: { id: admin.user.id },
      select: { mustChangePassword: true, passwordHash: true },
    });
    expect(mine.mustChangePassword).toBe(false);
    expect(await bcrypt.compare("Before2026pass", mine.passwordHash)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).mustChangePassword).toBe(false);
    expect(await db.auditEntry.count({ where: { action: "STAFF_PASSWORD_RESET", entityId: { in: [admin.user.id, target.id] } } })).toBe(0);
  });

  it("a citizen's sign-in is not staff: STAFF_NOT_FOUND", async () => {
    const citizen = await db.user.create({
      data: { loginName: "320102199001010017", displayName: "市民", passwordHash: "x", roles: ["CITIZEN"] },
    });
    expect((await errorOf(resetStaffPassword({ actor: admin.actor, userId: citizen.id, tempPassword: "Temp2026reset" }))).code).toBe(
      "STAFF_NOT_FOUND",
    );
  });

  it("the temporary password follows the initial-password rules", () => {
    const r = ZResetStaffPassword.safeParse({ userId: "u1", tempPassword: "short" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("密码至少10位");
  });
});
