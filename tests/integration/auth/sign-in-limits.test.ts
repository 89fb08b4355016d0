import bcrypt from "bcryptjs";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildResidentId } from "@/lib/identity/resident-id";
import { attemptSignIn } from "@/lib/auth/attempt-sign-in";
import { LOGIN_MESSAGES } from "@/lib/auth/login-messages";
import { resetRateLimits } from "@/lib/security/rate-limit";
import { SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_FAILURES_PER_IP } from "@/lib/security/rate-limits";

const PASSWORD = "Correct#Horse1";
const T0 = new Date("2026-03-02T01:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
let seq = 0;

async function staff(): Promise<string> {
  seq += 1;
  const loginName = `limit${seq}`;
  await db.user.create({
    data: { loginName, displayName: `限流${seq}`, passwordHash: await bcrypt.hash(PASSWORD, 4), roles: ["REVIEWER"] },
  });
  return loginName;
}
const asStaff = (loginName: string, password: string) => ({ kind: "staff" as const, loginName, password, windowNo: undefined });

beforeEach(() => resetRateLimits());

describe("sign-in refusals do not reveal whether an account exists", () => {
  it("a locked account gets the very words an unknown account gets", async () => {
    const known = await staff();
    for (let i = 0; i < 5; i++) await attemptSignIn(asStaff(known, "wrong"), "10.0.0.1", at(0));
    const locked = await attemptSignIn(asStaff(known, PASSWORD), "10.0.0.2", at(1));
    const unknown = await attemptSignIn(asStaff("nobody-at-all", "wrong"), "10.0.0.3", at(1));
    expect(locked).toEqual({ ok: false, code: "LOCKED" });
    expect(unknown).toEqual({ ok: false, code: "INVALID" });
    expect(LOGIN_MESSAGES.LOCKED).toEqual(LOGIN_MESSAGES.INVALID);
    expect(LOGIN_MESSAGES.INVALID.message).toBe("账号或密码错误（连续5次错误将锁定15分钟）");
  });
});

describe("sign-in rate limits", () => {
  it(`per account name: after ${SIGN_IN_FAILURES_PER_ACCOUNT.max} failures in ${SIGN_IN_FAILURES_PER_ACCOUNT.windowSeconds / 60} minutes even an unknown name is refused, from any IP`, async () => {
    const name = "ghost-account";
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT.max; i++) {
      expect(await attemptSignIn(asStaff(name, `wrong${i}`), `10.1.0.${i}`, at(0))).toEqual({ ok: false, code: "INVALID" });
    }
    expect(await attemptSignIn(asStaff(name, "wrong"), "10.1.1.1", at(1))).toEqual({ ok: false, code: "RATE_LIMITED" });
    // A real account: five failures lock it, attempts while locked count on, and the limit answers
    // before the database is even asked.
    const real = await staff();
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT.max; i++) await attemptSignIn(asStaff(real, "wrong"), `10.2.0.${i}`, at(0));
    expect(await attemptSignIn(asStaff(real, PASSWORD), "10.2.1.1", at(1))).toEqual({ ok: false, code: "RATE_LIMITED" });
    // The window and the lock pass: the right password works again.
    expect((await attemptSignIn(asStaff(real, PASSWORD), "10.2.1.1", at(40))).ok).toBe(true);
  });

  it(`per IP: after ${SIGN_IN_FAILURES_PER_IP.max} failures over many names, that IP is refused, others are not`, async () => {
    const real = await staff();
    for (let i = 0; i < SIGN_IN_FAILURES_PER_IP.max; i++) await attemptSignIn(asStaff(`spray${i}`, "wrong"), "10.9.9.9", at(0));
    expect(await attemptSignIn(asStaff(real, PASSWORD), "10.9.9.9", at(1))).toEqual({ ok: false, code: "RATE_LIMITED" });
    expect((await attemptSignIn(asStaff(real, PASSWORD), "10.9.9.10", at(1))).ok).toBe(true);
  });

  it("successful sign-ins are not counted", async () => {
    const real = await staff();
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT.max + 2; i++)
      expect((await attemptSignIn(asStaff(real, PASSWORD), "10.3.0.1", at(0))).ok).toBe(true);
  });

  it("a citizen's ID number is limited the same way", async () => {
    const idNumber = buildResidentId("320105", "1990-01-01", 77);
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT.max; i++)
      await attemptSignIn({ kind: "citizen", idNumber, password: "x" }, `10.4.0.${i}`, at(0));
    expect(await attemptSignIn({ kind: "citizen", idNumber, password: "x" }, "10.4.1.1", at(0))).toEqual({
      ok: false,
      code: "RATE_LIMITED",
    });
  });
});
