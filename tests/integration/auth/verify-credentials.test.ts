import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { buildResidentId } from "@/lib/identity/resident-id";
import { verifyCitizenLogin, verifyStaffLogin } from "@/lib/auth/verify-credentials";

const PASSWORD = "Correct#Horse1";
const WRONG = "wrong-password";
const T0 = new Date("2026-03-02T01:00:00.000Z"); // 09:00 in Shanghai
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

let hash: string;
let seq = 0;

beforeAll(async () => {
  hash = await bcrypt.hash(PASSWORD, 4);
  const center = await db.fundCenter.create({ data: { code: "AUTH", name: "测试中心", city: "南京" } });
  await db.serviceWindow.createMany({
    data: [
      { centerId: center.id, number: 3, name: "3号综合窗口" },
      { centerId: center.id, number: 9, name: "9号综合窗口", active: false },
    ],
  });
});

async function createUser(roles: Role[], loginName?: string) {
  seq += 1;
  return db.user.create({
    data: {
      loginName: loginName ?? (roles.includes("CITIZEN") ? buildResidentId("320105", "1990-01-01", seq * 2 + 1) : `staff${seq}`),
      displayName: `测试用户${seq}`,
      passwordHash: hash,
      roles,
    },
  });
}

const counters = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { failedLoginCount: true, lockedUntil: true } });

describe("verifyCitizenLogin lockout", () => {
  it("locks after five consecutive wrong passwords and then refuses the right one", async () => {
    const user = await createUser(["CITIZEN"]);
    for (let i = 1; i <= 4; i++) {
      expect(await verifyCitizenLogin({ idNumber: user.loginName, password: WRONG }, minutes(i))).toEqual({ ok: false, code: "INVALID" });
    }
    expect(await verifyCitizenLogin({ idNumber: user.loginName, password: WRONG }, minutes(5))).toEqual({ ok: false, code: "LOCKED" });
    const locked = await counters(user.id);
    expect(locked.failedLoginCount).toBe(5);
    expect(locked.lockedUntil?.toISOString()).toBe(minutes(20).toISOString());

    expect(await verifyCitizenLogin({ idNumber: user.loginName, password: PASSWORD }, minutes(6))).toEqual({ ok: false, code: "LOCKED" });
    // A wrong password while locked neither counts nor extends the lock.
    expect(await verifyCitizenLogin({ idNumber: user.loginName, password: WRONG }, minutes(7))).toEqual({ ok: false, code: "LOCKED" });
    expect(await counters(user.id)).toEqual(locked);

    const actions = await db.auditEntry.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual([
      "LOGIN_FAILED",
      "LOGIN_FAILED",
      "LOGIN_FAILED",
      "LOGIN_FAILED",
      "ACCOUNT_LOCKED",
      "LOGIN_REFUSED",
      "LOGIN_REFUSED",
    ]);
  });

  it("unlocks fifteen minutes after the lock, and a later failure starts a fresh count", async () => {
    const user = await createUser(["CITIZEN"]);
    for (let i = 1; i <= 5; i++) await verifyCitizenLogin({ idNumber: user.loginName, password: WRONG }, T0);
    expect(await verifyCitizenLogin({ idNumber: user.loginName, password: PASSWORD }, new Date(minutes(15).getTime() - 1))).toEqual({
      ok: false,
      code: "LOCKED",
    });

    expect(await verifyCitizenLogin({ idNumber: user.loginName, password: WRONG }, minutes(15))).toEqual({ ok: false, code: "INVALID" });
    expect(await counters(user.id)).toEqual({ failedLoginCount: 1, lockedUntil: null });

    const result = await verifyCitizenLogin({ idNumber: user.loginName, password: PASSWORD }, minutes(16));
    expect(result).toMatchObject({ ok: true, user: { id: user.id, roles: ["CITIZEN"], windowNo: null } });
    expect(await counters(user.id)).toEqual({ failedLoginCount: 0, lockedUntil: null });
  });

  it("resets the counter on success, so failures must be consecutive", async () => {
    const user = await createUser(["CITIZEN"]);
    for (let i = 0; i < 4; i++) await verifyCitizenLogin({ idNumber: user.loginName, password: WRONG }, T0);
    expect((await verifyCitizenLogin({ idNumber: user.loginName, password: PASSWORD }, T0)).ok).toBe(true);
    expect((await counters(user.id)).failedLoginCount).toBe(0);
    for (let i = 0; i < 4; i++) {
      expect(await verifyCitizenLogin({ idNumber: user.loginName, password: WRONG }, T0)).toEqual({ ok: false, code: "INVALID" });
    }
    expect((await counters(user.id)).lockedUntil).toBeNull();
  });

  it("counts concurrent wrong passwords exactly: ten at once lock the account at five", async () => {
    const user = await createUser(["CITIZEN"]);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => verifyCitizenLogin({ idNumber: user.loginName, password: WRONG }, T0)),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(await counters(user.id)).toEqual({ failedLoginCount: 5, lockedUntil: minutes(15) });
    expect(await db.auditEntry.count({ where: { entityId: user.id, action: "ACCOUNT_LOCKED" } })).toBe(1);
  });

  it("gives an unknown ID number the same answer as a wrong password", async () => {
    const unknown = buildResidentId("320105", "1990-01-01", 999);
    expect(await verifyCitizenLogin({ idNumber: unknown, password: PASSWORD }, T0)).toEqual({ ok: false, code: "INVALID" });
    expect(await db.auditEntry.count({ where: { entityType: "Login", entityId: unknown, action: "LOGIN_FAILED" } })).toBe(1);
  });

  it("refuses a deactivated account even with the right password", async () => {
    const user = await createUser(["CITIZEN"]);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await verifyCitizenLogin({ idNumber: user.loginName, password: PASSWORD }, T0)).toEqual({ ok: false, code: "INACTIVE" });
  });
});

describe("citizen and staff forms are separate", () => {
  it("the citizen form cannot sign in a staff account, even one named by an ID number", async () => {
    const staff = await createUser(["REVIEWER"], buildResidentId("320105", "1985-06-01", 11));
    expect(await verifyCitizenLogin({ idNumber: staff.loginName, password: PASSWORD }, T0)).toEqual({ ok: false, code: "INVALID" });
    expect((await counters(staff.id)).failedLoginCount).toBe(0);
    expect((await verifyStaffLogin({ loginName: staff.loginName, password: PASSWORD }, T0)).ok).toBe(true);
  });

  it("the staff form cannot sign in a citizen", async () => {
    const citizen = await createUser(["CITIZEN"]);
    expect(await verifyStaffLogin({ loginName: citizen.loginName, password: PASSWORD }, T0)).toEqual({ ok: false, code: "INVALID" });
  });
});

describe("verifyStaffLogin windows", () => {
  it("refuses a teller without a window and records nothing", async () => {
    const teller = await createUser(["TELLER"]);
    expect(await verifyStaffLogin({ loginName: teller.loginName, password: PASSWORD }, T0)).toEqual({
      ok: false,
      code: "WINDOW_REQUIRED",
    });
    expect(await db.tellerWindowSignIn.count({ where: { userId: teller.id } })).toBe(0);
    expect(await verifyStaffLogin({ loginName: teller.loginName, password: PASSWORD, windowNo: 9 }, T0)).toEqual({
      ok: false,
      code: "WINDOW_UNAVAILABLE",
    });
  });

  it("signs a teller in to a window for the Shanghai business day", async () => {
    const teller = await createUser(["TELLER", "REVIEWER"]);
    const late = new Date("2026-03-02T17:30:00.000Z"); // 01:30 on 3 March in Shanghai
    const result = await verifyStaffLogin({ loginName: teller.loginName, password: PASSWORD, windowNo: 3 }, late);
    expect(result).toMatchObject({ ok: true, user: { windowNo: 3, roles: ["TELLER", "REVIEWER"] } });
    const signIn = await db.tellerWindowSignIn.findFirstOrThrow({ where: { userId: teller.id }, include: { window: true } });
    expect(signIn.window.number).toBe(3);
    expect(signIn.businessDate.toISOString().slice(0, 10)).toBe("2026-03-03");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: teller.id, action: "LOGIN_SUCCEEDED" } });
    expect(audit.windowId).toBe(signIn.windowId);
  });

  it("ignores the window for staff who are not tellers", async () => {
    const reviewer = await createUser(["REVIEWER"]);
    const result = await verifyStaffLogin({ loginName: reviewer.loginName, password: PASSWORD, windowNo: 3 }, T0);
    expect(result).toMatchObject({ ok: true, user: { windowNo: null, windowId: null } });
    expect(await db.tellerWindowSignIn.count({ where: { userId: reviewer.id } })).toBe(0);
  });
});

describe("login sessions", () => {
  it("a sign-in opens a session that signing out revokes, once", async () => {
    const { endSession } = await import("@/lib/auth/end-session");
    const user = await createUser(["REVIEWER"]);
    const result = await verifyStaffLogin({ loginName: user.loginName, password: PASSWORD }, minutes(1));
    if (!result.ok) throw new Error(`sign-in refused: ${result.code}`);
    const open = await db.loginSession.findUniqueOrThrow({ where: { id: result.user.sessionId } });
    expect(open).toMatchObject({ userId: user.id, revokedAt: null });

    await endSession({ userId: user.id, sessionId: result.user.sessionId, windowId: null, now: minutes(2) });
    await endSession({ userId: user.id, sessionId: result.user.sessionId, windowId: null, now: minutes(3) });
    const closed = await db.loginSession.findUniqueOrThrow({ where: { id: result.user.sessionId } });
    expect(closed.revokedAt?.toISOString()).toBe(minutes(2).toISOString());
    const logouts = await db.auditEntry.count({ where: { entityId: user.id, action: "LOGOUT" } });
    expect(logouts).toBe(1);
  });

  it("another user's session id cannot be revoked by someone else", async () => {
    const { endSession } = await import("@/lib/auth/end-session");
    const owner = await createUser(["ADMIN"]);
    const other = await createUser(["ADMIN"]);
    const result = await verifyStaffLogin({ loginName: owner.loginName, password: PASSWORD }, minutes(1));
    if (!result.ok) throw new Error(`sign-in refused: ${result.code}`);
    await endSession({ userId: other.id, sessionId: result.user.sessionId, windowId: null });
    expect((await db.loginSession.findUniqueOrThrow({ where: { id: result.user.sessionId } })).revokedAt).toBeNull();
  });
});
