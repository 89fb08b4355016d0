import { beforeAll, describe, expect, it } from "vitest";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { createStaff } from "@/lib/staff/create-staff";
import { setStaffActive, setStaffRoles } from "@/lib/staff/change-staff";
import { decideLimitChange, proposeLimitChange } from "@/lib/staff/limit-changes";
import { createWindow, updateWindow } from "@/lib/staff/windows";
import { declareRelative, removeRelative } from "@/lib/staff/relatives";
import { ZCreateStaff } from "@/lib/staff/schemas";
import { changeOwnPassword } from "@/lib/staff/change-password";
import { buildResidentId } from "@/lib/identity/resident-id";

let seq = 0;
async function staff(roles: Role[], extra: { approvalLimit?: string; withdrawalLimit?: string; idNumber?: string } = {}) {
  seq += 1;
  const u = await db.user.create({ data: { loginName: `sa${seq}`, displayName: `人员${seq}`, passwordHash: "x", roles, ...extra } });
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

const audits = (entityId: string, action: string) => db.auditEntry.findMany({ where: { entityId, action }, orderBy: { at: "asc" } });

let adminA: Awaited<ReturnType<typeof staff>>;
let adminB: Awaited<ReturnType<typeof staff>>;
let centerId: string;
beforeAll(async () => {
  centerId = (await db.fundCenter.create({ data: { code: "SA", name: "测试中心", city: "南京" } })).id;
  adminA = await staff(["ADMIN"]);
  adminB = await staff(["ADMIN"]);
});

describe("staff accounts", () => {
  it("an admin creates a teller with an initial password to change at first sign-in, audited", async () => {
    const input = ZCreateStaff.parse({
      loginName: " Teller88 ",
      displayName: "周敏",
      idNumber: "",
      roles: ["TELLER"],
      initialPassword: "Start2026pass",
    });
    const { userId } = await createStaff({ actor: adminA.actor, ...input });
    const u = await db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { loginName: true, roles: true, mustChangePassword: true, passwordHash: true },
    });
    expect(u.loginName).toBe("teller88");
    expect(u.roles).toEqual(["TELLER"]);
    expect(u.mustChangePassword).toBe(true);
    expect(await bcrypt.compare("Start2026pass", u.passwordHash)).toBe(true);
    const [audit] = await audits(userId, "STAFF_CREATED");
    expect(audit).toMatchObject({ actorId: adminA.user.id, fromState: null, toState: "TELLER" });

    const before = await db.user.count();
    expect((await errorOf(createStaff({ actor: adminB.actor, ...input }))).code).toBe("LOGIN_NAME_TAKEN");
    const teller = await staff(["TELLER"]);
    expect((await errorOf(createStaff({ actor: teller.actor, ...input, loginName: "other01" }))).code).toBe("FORBIDDEN_ROLE");
    expect(await db.user.count()).toBe(before + 1);
  });

  it("refuses a bad initial password and a bad ID check digit at their fields", () => {
    const bad = ZCreateStaff.safeParse({
      loginName: "ok_name",
      displayName: "甲",
      idNumber: "320102198805120035",
      roles: [],
      initialPassword: "short",
    });
    expect(bad.success).toBe(false);
    const fields = new Set(bad.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["idNumber", "roles", "initialPassword"]));
  });

  it("changes roles audited from → to; an admin cannot change their own roles", async () => {
    const t = await staff(["TELLER"]);
    expect(await setStaffRoles({ actor: adminA.actor, userId: t.user.id, roles: ["TELLER", "REVIEWER"] })).toEqual({ changed: true });
    expect(await setStaffRoles({ actor: adminA.actor, userId: t.user.id, roles: ["TELLER", "REVIEWER"] })).toEqual({ changed: false });
    const rows = await audits(t.user.id, "STAFF_ROLES_CHANGED");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: adminA.user.id, fromState: "TELLER", toState: "TELLER,REVIEWER" });

    const own = await errorOf(setStaffRoles({ actor: adminA.actor, userId: adminA.user.id, roles: ["TELLER"] }));
    expect(own.code).toBe("SELF_CHANGE_REFUSED");
    expect((await db.user.findUniqueOrThrow({ where: { id: adminA.user.id } })).roles).toEqual(["ADMIN"]);
    expect((await errorOf(setStaffActive({ actor: adminA.actor, userId: adminA.user.id, active: false, reason: "x" }))).code).toBe(
      "SELF_CHANGE_REFUSED",
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: adminA.user.id } })).active).toBe(true);
    expect(await db.auditEntry.count({ where: { entityId: adminA.user.id } })).toBe(0);
  });

  it("two admins deactivating each other at once: one wins, the last active admin is kept", async () => {
    const x = await staff(["ADMIN"]);
    const y = await staff(["ADMIN"]);
    // Only x and y stay admins for this test.
    await db.user.updateMany({ where: { id: { notIn: [x.user.id, y.user.id] }, roles: { has: "ADMIN" } }, data: { active: false } });
    const results = await Promise.allSettled([
      setStaffActive({ actor: x.actor, userId: y.user.id, active: false, reason: "离职" }),
      setStaffActive({ actor: y.actor, userId: x.user.id, active: false, reason: "离职" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "LAST_ADMIN" });
    expect(await db.user.count({ where: { active: true, roles: { has: "ADMIN" } } })).toBe(1);
    const survivor = (await db.user.findFirstOrThrow({ where: { active: true, roles: { has: "ADMIN" } } })).id;
    const loser = survivor === x.user.id ? y : x;
    // Nor may the survivor lose ADMIN through a role change by the (now inactive) other.
    expect((await errorOf(setStaffRoles({ actor: loser.actor, userId: survivor, roles: ["TELLER"] }))).code).toBe("LAST_ADMIN");
    const [audit] = await audits(loser.user.id, "STAFF_DEACTIVATED");
    expect(audit).toMatchObject({ fromState: "ACTIVE", toState: "INACTIVE" });
    await db.user.updateMany({ where: { roles: { has: "ADMIN" } }, data: { active: true } });
  });

  it("deactivation ends the person's open sessions; reactivation is audited", async () => {
    const t = await staff(["TELLER"]);
    await db.loginSession.create({ data: { userId: t.user.id } });
    await setStaffActive({ actor: adminA.actor, userId: t.user.id, active: false, reason: "调离" });
    expect(await db.loginSession.count({ where: { userId: t.user.id, revokedAt: null } })).toBe(0);
    await setStaffActive({ actor: adminA.actor, userId: t.user.id, active: true, reason: "返岗" });
    expect((await audits(t.user.id, "STAFF_REACTIVATED"))[0]).toMatchObject({ fromState: "INACTIVE", toState: "ACTIVE" });
  });
});

describe("approval limits (four-eyes on a raise)", () => {
  it("a cut applies at once; a raise waits for a second admin, never the proposer or the person", async () => {
    const r = await staff(["REVIEWER"], { approvalLimit: "600000.00" });
    const cut = await proposeLimitChange({
      actor: adminA.actor,
      userId: r.user.id,
      kind: "LOAN_APPROVAL",
      amount: "500000.00",
      reason: "岗位调整",
    });
    expect(cut.status).toBe("CONFIRMED");
    expect((await db.user.findUniqueOrThrow({ where: { id: r.user.id } })).approvalLimit?.toFixed(2)).toBe("500000.00");

    const raise = await proposeLimitChange({
      actor: adminA.actor,
      userId: r.user.id,
      kind: "LOAN_APPROVAL",
      amount: "1200000.00",
      reason: "晋升",
    });
    expect(raise.status).toBe("PROPOSED");
    expect((await db.user.findUniqueOrThrow({ where: { id: r.user.id } })).approvalLimit?.toFixed(2)).toBe("500000.00");
    expect(
      (
        await errorOf(
          proposeLimitChange({ actor: adminB.actor, userId: r.user.id, kind: "LOAN_APPROVAL", amount: "900000.00", reason: "再调" }),
        )
      ).code,
    ).toBe("LIMIT_PENDING");
    expect((await errorOf(decideLimitChange({ actor: adminA.actor, changeId: raise.changeId, confirm: true }))).code).toBe(
      "LIMIT_SAME_ADMIN",
    );
    const self = { ...r.actor, roles: ["ADMIN", "REVIEWER"] as Role[] };
    expect((await errorOf(decideLimitChange({ actor: self, changeId: raise.changeId, confirm: true }))).code).toBe("LIMIT_OWN_CONFIRM");

    const confirmed = await Promise.allSettled([
      decideLimitChange({ actor: adminB.actor, changeId: raise.changeId, confirm: true }),
      decideLimitChange({ actor: adminB.actor, changeId: raise.changeId, confirm: true }),
    ]);
    expect(confirmed.filter((c) => c.status === "fulfilled")).toHaveLength(1);
    expect((confirmed.find((c) => c.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      code: expect.stringMatching(/^(LIMIT_CHANGE_DECIDED|ALREADY_HANDLED)$/),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: r.user.id } })).approvalLimit?.toFixed(2)).toBe("1200000.00");
    const changed = await audits(r.user.id, "STAFF_LIMIT_CHANGED");
    expect(changed.map((a) => [a.actorId, a.fromState, a.toState])).toEqual([
      [adminA.user.id, "600000.00", "500000.00"],
      [adminB.user.id, "500000.00", "1200000.00"],
    ]);
    expect(await audits(r.user.id, "STAFF_LIMIT_PROPOSED")).toHaveLength(1);
  });

  it("two admins proposing a raise for one person at the same moment: one proposal, the other LIMIT_PENDING", async () => {
    const r = await staff(["REVIEWER"], { approvalLimit: "300000.00" });
    const propose = (actor: Actor, amount: string) =>
      proposeLimitChange({ actor, userId: r.user.id, kind: "LOAN_APPROVAL", amount, reason: "同时提出" });
    const results = await Promise.allSettled([propose(adminA.actor, "400000.00"), propose(adminB.actor, "500000.00")]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect((results.find((x) => x.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "LIMIT_PENDING" });
    expect(await db.staffLimitChange.count({ where: { userId: r.user.id } })).toBe(1);
    expect(await audits(r.user.id, "STAFF_LIMIT_PROPOSED")).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: r.user.id } })).approvalLimit?.toFixed(2)).toBe("300000.00");
  });

  it("a first withdrawal limit is a raise; the same amount or one's own limit is refused", async () => {
    const t = await staff(["TELLER"]);
    const p = await proposeLimitChange({ actor: adminA.actor, userId: t.user.id, kind: "WITHDRAWAL", amount: "20000.00", reason: "新岗" });
    expect(p.status).toBe("PROPOSED");
    await decideLimitChange({ actor: adminB.actor, changeId: p.changeId, confirm: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: t.user.id } })).withdrawalLimit).toBeNull();
    expect((await audits(t.user.id, "STAFF_LIMIT_REJECTED"))[0]).toMatchObject({ fromState: "NONE", toState: "NONE" });
    expect((await errorOf(decideLimitChange({ actor: adminB.actor, changeId: p.changeId, confirm: true }))).code).toBe(
      "LIMIT_CHANGE_DECIDED",
    );
    expect(
      (await errorOf(proposeLimitChange({ actor: adminA.actor, userId: t.user.id, kind: "WITHDRAWAL", amount: null, reason: "无" }))).code,
    ).toBe("LIMIT_UNCHANGED");
    expect(
      (await errorOf(proposeLimitChange({ actor: adminA.actor, userId: adminA.user.id, kind: "WITHDRAWAL", amount: "1.00", reason: "无" })))
        .code,
    ).toBe("SELF_CHANGE_REFUSED");
  });
});

describe("windows", () => {
  it("creates and renames a window, audited; refuses a taken number and closing a window a teller holds", async () => {
    const { windowId } = await createWindow({ actor: adminA.actor, number: 9, name: "9号综合窗口" });
    expect((await db.serviceWindow.findUniqueOrThrow({ where: { id: windowId } })).centerId).toBe(
      (await db.fundCenter.findFirstOrThrow({ orderBy: { createdAt: "asc" } })).id,
    );
    expect((await audits(windowId, "WINDOW_CREATED"))[0]).toMatchObject({ actorId: adminA.user.id });
    expect((await errorOf(createWindow({ actor: adminA.actor, number: 9, name: "重复" }))).code).toBe("WINDOW_NUMBER_TAKEN");
    expect(await db.serviceWindow.findMany({ where: { number: 9 }, select: { name: true } })).toEqual([{ name: "9号综合窗口" }]);
    await updateWindow({ actor: adminA.actor, windowId, name: "9号综合窗口（潮汐）", active: true });
    const [changed] = await audits(windowId, "WINDOW_CHANGED");
    expect(JSON.parse(changed!.fromState!)).toEqual({ number: 9, name: "9号综合窗口", active: true });
    expect(JSON.parse(changed!.toState!)).toEqual({ number: 9, name: "9号综合窗口（潮汐）", active: true });

    const t = await staff(["TELLER"]);
    const session = await db.loginSession.create({ data: { userId: t.user.id, windowId } });
    await db.windowOccupancy.create({
      data: { windowId, userId: t.user.id, sessionId: session.id, since: new Date(), seenAt: new Date() },
    });
    const busy = await errorOf(updateWindow({ actor: adminA.actor, windowId, name: "9号综合窗口（潮汐）", active: false }));
    expect(busy).toMatchObject({ code: "WINDOW_IN_USE", field: "active" });
    expect((await db.serviceWindow.findUniqueOrThrow({ where: { id: windowId } })).active).toBe(true);
    expect(await audits(windowId, "WINDOW_CHANGED")).toHaveLength(1);
    await db.windowOccupancy.deleteMany({ where: { windowId } });
    await updateWindow({ actor: adminA.actor, windowId, name: "9号综合窗口（潮汐）", active: false });
    expect((await db.serviceWindow.findUniqueOrThrow({ where: { id: windowId } })).active).toBe(false);
    expect(centerId).toBeTruthy();
  });
});

describe("declared relatives", () => {
  it("a staff member declares a relative of their own; not themselves, not twice; an admin removes one with a reason", async () => {
    const own = buildResidentId("320102", "1985-03-03", 71);
    const t = await staff(["TELLER"], { idNumber: own });
    const mother = buildResidentId("320102", "1960-07-07", 42);
    const { relativeId } = await declareRelative({ actor: t.actor, idNumber: mother, name: "钱芳", relation: "父母" });
    expect((await audits(relativeId, "STAFF_RELATIVE_DECLARED"))[0]).toMatchObject({ actorId: t.user.id });
    expect((await errorOf(declareRelative({ actor: t.actor, idNumber: mother, name: "钱芳", relation: "父母" }))).code).toBe(
      "RELATIVE_DUPLICATE",
    );
    expect((await errorOf(declareRelative({ actor: t.actor, idNumber: own, name: "我", relation: "其他近亲属" }))).code).toBe(
      "RELATIVE_IS_SELF",
    );
    const citizen: Actor = { userId: t.user.id, roles: ["CITIZEN"], windowId: null, approvalLimit: null };
    expect((await errorOf(declareRelative({ actor: citizen, idNumber: mother, name: "钱芳", relation: "父母" }))).code).toBe(
      "FORBIDDEN_ROLE",
    );
    expect(await db.staffRelative.count({ where: { userId: t.user.id } })).toBe(1);

    await removeRelative({ actor: adminA.actor, relativeId, reason: "申报有误" });
    expect(await db.staffRelative.count({ where: { userId: t.user.id } })).toBe(0);
    expect((await audits(relativeId, "STAFF_RELATIVE_REMOVED"))[0]).toMatchObject({ actorId: adminA.user.id });
  });
});

describe("first sign-in password", () => {
  it("the person replaces the initial password: the current one must match, the new one differ; audited without the password", async () => {
    const input = ZCreateStaff.parse({
      loginName: "newbie01",
      displayName: "新人",
      idNumber: "",
      roles: ["REVIEWER"],
      initialPassword: "Initial2026x",
    });
    const { userId } = await createStaff({ actor: adminA.actor, ...input });
    const me: Actor = { userId, roles: ["REVIEWER"], windowId: null, approvalLimit: null };
    expect(await errorOf(changeOwnPassword({ actor: me, currentPassword: "Wrong2026xx", newPassword: "Mine2026abcd" }))).toMatchObject({
      code: "WRONG_PASSWORD",
      field: "currentPassword",
    });
    expect((await errorOf(changeOwnPassword({ actor: me, currentPassword: "Initial2026x", newPassword: "Initial2026x" }))).code).toBe(
      "SAME_PASSWORD",
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).mustChangePassword).toBe(true);
    await changeOwnPassword({ actor: me, currentPassword: "Initial2026x", newPassword: "Mine2026abcd" });
    const after = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { mustChangePassword: true, passwordHash: true } });
    expect(after.mustChangePassword).toBe(false);
    expect(await bcrypt.compare("Mine2026abcd", after.passwordHash)).toBe(true);
    const [audit] = await audits(userId, "PASSWORD_CHANGED");
    expect(audit).toMatchObject({ actorId: userId, fromState: "INITIAL", toState: "SET" });
    expect(JSON.stringify({ ...audit, id: undefined, chainSeq: undefined })).not.toContain("Mine2026abcd");
  });
});
