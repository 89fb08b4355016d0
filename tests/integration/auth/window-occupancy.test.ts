import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyStaffLogin } from "@/lib/auth/verify-credentials";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/policy";
import { LOGIN_MESSAGES } from "@/lib/auth/login-messages";

const PASSWORD = "Correct#Horse1";
const T0 = new Date("2026-03-02T01:00:00.000Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

let hash: string;
beforeAll(async () => {
  hash = await bcrypt.hash(PASSWORD, 4);
  const center = await db.fundCenter.create({ data: { code: "OCC", name: "测试中心", city: "南京" } });
  await db.serviceWindow.createMany({
    data: [4, 5, 6, 7, 8].map((number) => ({ centerId: center.id, number, name: `${number}号综合窗口` })),
  });
});

let seq = 0;
const teller = () =>
  db.user.create({ data: { loginName: `occ${++seq}`, displayName: `柜员${seq}`, passwordHash: hash, roles: ["TELLER"] } });
const signIn = (loginName: string, windowNo: number, at: Date) => verifyStaffLogin({ loginName, password: PASSWORD, windowNo }, at);

describe("one teller per window", () => {
  it("a second teller can't sign in at an occupied window, and can after the first signs out", async () => {
    const { endSession } = await import("@/lib/auth/end-session");
    const first = await teller();
    const second = await teller();
    const held = await signIn(first.loginName, 4, minutes(0));
    if (!held.ok) throw new Error(held.code);

    const sessionsBefore = await db.loginSession.count({ where: { userId: second.id } });
    expect(await signIn(second.loginName, 4, minutes(1))).toEqual({ ok: false, code: "WINDOW_OCCUPIED" });
    expect(LOGIN_MESSAGES.WINDOW_OCCUPIED).toEqual({ message: "该窗口已有柜员签到，请选择其他窗口或待其签退后再签到", field: "windowNo" });
    // Nothing written but the refusal's audit row.
    expect(await db.loginSession.count({ where: { userId: second.id } })).toBe(sessionsBefore);
    expect(await db.tellerWindowSignIn.count({ where: { userId: second.id } })).toBe(0);
    expect(
      await db.auditEntry.findFirst({ where: { entityId: second.id, action: "LOGIN_REFUSED" }, select: { detail: true } }),
    ).toMatchObject({ detail: { reason: "WINDOW_OCCUPIED" } });
    expect(await db.windowOccupancy.findFirst({ where: { userId: first.id } })).toMatchObject({ sessionId: held.user.sessionId });

    // The same teller signing in again (another browser) keeps their window.
    const again = await signIn(first.loginName, 4, minutes(2));
    expect(again.ok).toBe(true);

    // Someone else's sign-out does not free it; the holder's own does.
    if (!again.ok) return;
    await endSession({ userId: second.id, sessionId: again.user.sessionId, windowId: null, now: minutes(3) });
    expect(await signIn(second.loginName, 4, minutes(3))).toEqual({ ok: false, code: "WINDOW_OCCUPIED" });
    await endSession({ userId: first.id, sessionId: again.user.sessionId, windowId: again.user.windowId, now: minutes(4) });
    const taken = await signIn(second.loginName, 4, minutes(5));
    expect(taken).toMatchObject({ ok: true, user: { windowNo: 4 } });
    expect(await db.windowOccupancy.count({ where: { userId: second.id } })).toBe(1);
  });

  it("a session that ended by idling frees the window", async () => {
    const first = await teller();
    const second = await teller();
    expect((await signIn(first.loginName, 5, minutes(0))).ok).toBe(true);
    const idle = SESSION_IDLE_SECONDS / 60;
    expect(await signIn(second.loginName, 5, minutes(idle - 1))).toEqual({ ok: false, code: "WINDOW_OCCUPIED" });
    expect(await signIn(second.loginName, 5, minutes(idle + 1))).toMatchObject({ ok: true, user: { windowNo: 5 } });
    expect(await db.windowOccupancy.findMany({ where: { userId: { in: [first.id, second.id] } }, select: { userId: true } })).toEqual([
      { userId: second.id },
    ]);
  });

  it("any audited action of the holder keeps the window held", async () => {
    const first = await teller();
    const second = await teller();
    expect((await signIn(first.loginName, 8, minutes(0))).ok).toBe(true);
    // 20 minutes in, the teller opens a case (or calls a ticket …): an audit row of theirs.
    await db.auditEntry.create({
      data: { actorId: first.id, action: "CASE_OPENED", entityType: "Case", entityId: "c-occ", at: minutes(20) },
    });
    expect(await signIn(second.loginName, 8, minutes(45))).toEqual({ ok: false, code: "WINDOW_OCCUPIED" });
    expect(await signIn(second.loginName, 8, minutes(51))).toMatchObject({ ok: true, user: { windowNo: 8 } });
  });

  it("two tellers signing in at the same free window at once: one gets it", async () => {
    const a = await teller();
    const b = await teller();
    const results = await Promise.all([signIn(a.loginName, 6, minutes(0)), signIn(b.loginName, 6, minutes(0))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, code: "WINDOW_OCCUPIED" });
  });

  it("a teller moving to another window frees the first", async () => {
    const a = await teller();
    const b = await teller();
    expect((await signIn(a.loginName, 7, minutes(0))).ok).toBe(true);
    expect((await signIn(a.loginName, 6, minutes(40))).ok).toBe(true);
    expect((await signIn(b.loginName, 7, minutes(41))).ok).toBe(true);
  });
});
