import bcrypt from "bcryptjs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildResidentId } from "@/lib/identity/resident-id";
import { resetRateLimits } from "@/lib/security/rate-limit";
import { requestAccessCode } from "@/lib/citizen-access/request-access-code";
import { redeemAccessCode } from "@/lib/citizen-access/redeem-access-code";
import { verifyCitizenLogin } from "@/lib/auth/verify-credentials";
import { ACCESS_CODE_REQUESTS_PER_ID } from "@/lib/security/rate-limits";
import { createDepositor } from "../db/fixtures";

const T0 = new Date("2026-03-02T01:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const PHONE = "13800000000";
const NEW_PASSWORD = "Mine2026abcd";

let depositorId: string;
let idNumber: string;
let seq = 100;

beforeAll(async () => {
  const { depositor } = await createDepositor();
  depositorId = depositor.id;
  idNumber = depositor.idNumber;
});
beforeEach(() => resetRateLimits());

async function errorOf(p: Promise<unknown>): Promise<{ code: string; field?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; field?: string };
  }
  throw new Error("expected a DomainError");
}

/** A depositor of its own per test (the fixture employer's), so tests do not share codes. */
async function person() {
  seq += 1;
  const employer = await db.employer.findFirstOrThrow({ select: { id: true } });
  const id = buildResidentId("320102", "1990-01-01", seq);
  const d = await db.depositor.create({
    data: {
      idNumber: id,
      name: `职工${seq}`,
      gender: "MALE",
      birthDate: new Date("1990-01-01"),
      phone: PHONE,
      maritalStatus: "SINGLE",
      employerId: employer.id,
      monthlyIncome: "8000.00",
    },
  });
  return { depositorId: d.id, idNumber: id, name: d.name };
}

/** The code in the person's newest SMS (as they read it on their phone). */
async function lastCode(depositor: string): Promise<{ code: string; outboxId: string }> {
  const latest = await db.citizenAccessCode.findFirstOrThrow({
    where: { depositorId: depositor },
    orderBy: [{ createdAt: "desc" }, { expiresAt: "desc" }],
  });
  const row = await db.smsOutbox.findUniqueOrThrow({ where: { id: latest.outboxId! } });
  const code = /验证码(\d{6})/.exec(row.text)?.[1];
  if (!code) throw new Error(`no code in ${row.text}`);
  return { code, outboxId: row.id };
}

const redeem = (who: { idNumber: string }, code: string, now: Date, ip = "10.1.0.1") =>
  redeemAccessCode({ idNumber: who.idNumber, code, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ip, now });

/** The citizen's account-security notices (inbox items) with their SMS. */
async function securityNotices(depositorId: string) {
  const items = await db.notification.findMany({
    where: { depositorId, kind: "ACCOUNT_SECURITY" },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, body: true },
  });
  return Promise.all(
    items.map(async ({ id, title, body }) => ({
      title,
      body,
      sms: await db.smsOutbox.findMany({ where: { notificationId: id }, select: { phone: true, text: true } }),
    })),
  );
}

describe("开通网上服务: a depositor without a sign-in activates with the SMS code", () => {
  it("creates exactly one CITIZEN user for the depositor, who can then sign in; the code works once", async () => {
    expect(await db.user.count({ where: { depositorId } })).toBe(0);
    await requestAccessCode({ idNumber, name: "测试职工", phone: "138 0000 0000", ip: "10.1.0.1", now: at(0) });
    const { code, outboxId } = await lastCode(depositorId);
    const outbox = await db.smsOutbox.findUniqueOrThrow({ where: { id: outboxId } });
    expect(outbox.text).toBe(
      `【住房公积金】您正在开通住房公积金网上服务，验证码${code}，10分钟内有效。请勿将验证码告知他人，工作人员不会向您索取。`,
    );
    expect(outbox.notificationId).toBeNull(); // no inbox item carries the code
    expect(outbox.expiresAt?.toISOString()).toBe(at(10).toISOString());
    const stored = await db.citizenAccessCode.findFirstOrThrow({ where: { depositorId } });
    expect(stored.purpose).toBe("ACTIVATE");
    expect(stored.codeHash).not.toContain(code);

    const result = await redeem({ idNumber }, code, at(3));
    expect(result.outcome).toBe("ACTIVATED");
    const users = await db.user.findMany({
      where: { depositorId },
      select: { id: true, loginName: true, displayName: true, roles: true, mustChangePassword: true, passwordHash: true },
    });
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ loginName: idNumber, displayName: "测试职工", roles: ["CITIZEN"], mustChangePassword: false });
    expect(await bcrypt.compare(NEW_PASSWORD, users[0]!.passwordHash)).toBe(true);
    const login = await verifyCitizenLogin({ idNumber, password: NEW_PASSWORD }, at(4));
    expect(login.ok).toBe(true);

    // Used once: the same code again is refused and no second user appears.
    expect(await errorOf(redeem({ idNumber }, code, at(5)))).toMatchObject({ code: "CODE_INVALID", field: "code" });
    expect(await db.user.count({ where: { depositorId } })).toBe(1);
    // The citizen is told once, in the inbox and by SMS to the phone on file, in case it was not them.
    const notices = await securityNotices(depositorId);
    expect(notices).toEqual([
      {
        title: "网上服务已开通",
        body: "您的住房公积金网上服务已于2026-03-02 09:03开通。如非本人操作，请立即致电12329或到服务窗口办理。",
        sms: [
          {
            phone: "13800000000",
            text: "【住房公积金】您的住房公积金网上服务已于2026-03-02 09:03开通。如非本人操作，请立即致电12329或到服务窗口办理。",
          },
        ],
      },
    ]);
    // The outbox keeps the message, not the code.
    expect((await db.smsOutbox.findUniqueOrThrow({ where: { id: outboxId } })).text).toContain("验证码******");

    const audits = await db.auditEntry.findMany({
      where: { OR: [{ entityId: idNumber }, { entityId: users[0]!.id }] },
      orderBy: { at: "asc" },
    });
    expect(audits.map((a) => a.action).filter((a) => /^(ACCESS|CITIZEN)_/.test(a))).toEqual([
      "ACCESS_CODE_SENT",
      "CITIZEN_ACTIVATED",
      "ACCESS_CODE_REJECTED",
    ]);
    const text = JSON.stringify(audits.map((a) => [a.fromState, a.toState, a.detail]));
    // The code never appears as a value of its own (ids and hashes may hold the digits by chance).
    expect(text).not.toMatch(new RegExp(`(^|[^0-9a-z])${code}([^0-9a-z]|$)`));
    expect(text).not.toContain(NEW_PASSWORD);
  });

  it("an unknown ID, a wrong name or a wrong phone get the same (nothing), send no SMS and write no user", async () => {
    const who = await person();
    const smsBefore = await db.smsOutbox.count();
    const usersBefore = await db.user.count();
    const unknown = buildResidentId("320102", "1970-07-07", 999);
    const answers = await Promise.all([
      requestAccessCode({ idNumber: unknown, name: "无此人", phone: PHONE, ip: "10.1.0.2", now: at(0) }),
      requestAccessCode({ idNumber: who.idNumber, name: "别人", phone: PHONE, ip: "10.1.0.2", now: at(0) }),
      requestAccessCode({ idNumber: who.idNumber, name: who.name, phone: "13900000000", ip: "10.1.0.2", now: at(0) }),
    ]);
    expect(answers).toEqual([undefined, undefined, undefined]);
    expect(await db.smsOutbox.count()).toBe(smsBefore);
    expect(await db.citizenAccessCode.count({ where: { depositorId: who.depositorId } })).toBe(0);
    const reasons = await db.auditEntry.findMany({
      where: { action: "ACCESS_CODE_REFUSED", entityId: { in: [unknown, who.idNumber] } },
      select: { detail: true },
    });
    expect(reasons.map((r) => (r.detail as { reason: string }).reason).sort()).toEqual(["NAME_MISMATCH", "PHONE_MISMATCH", "UNKNOWN_ID"]);
    // Redeeming for an unknown ID: the same refusal as a wrong code, and no user written.
    expect(await errorOf(redeem({ idNumber: unknown }, "123456", at(1)))).toMatchObject({ code: "CODE_INVALID", field: "code" });
    expect(await db.user.count()).toBe(usersBefore);
  });

  it("five wrong codes burn the code: the right one is refused afterwards, and a new code works", async () => {
    const who = await person();
    await requestAccessCode({ ...who, phone: PHONE, ip: "10.1.0.3", now: at(0) });
    const { code, outboxId } = await lastCode(who.depositorId);
    const wrong = code === "000000" ? "000001" : "000000";
    for (let i = 0; i < 5; i++) {
      expect(await errorOf(redeem(who, wrong, at(1)))).toMatchObject({ code: "CODE_INVALID", field: "code" });
    }
    const row = await db.citizenAccessCode.findFirstOrThrow({ where: { depositorId: who.depositorId } });
    expect(row.failedTries).toBe(5);
    expect(await securityNotices(who.depositorId)).toEqual([]);
    expect(await errorOf(redeem(who, code, at(2)))).toMatchObject({ code: "CODE_INVALID" });
    expect(await db.user.count({ where: { depositorId: who.depositorId } })).toBe(0);
    expect(await db.auditEntry.count({ where: { entityId: who.idNumber, action: "ACCESS_CODE_LOCKED" } })).toBe(1);
    expect((await db.smsOutbox.findUniqueOrThrow({ where: { id: outboxId } })).text).not.toContain(code);

    await requestAccessCode({ ...who, phone: PHONE, ip: "10.1.0.3", now: at(3) });
    const fresh = await lastCode(who.depositorId);
    expect((await redeem(who, fresh.code, at(4))).outcome).toBe("ACTIVATED");
  });

  it("a code expires after 10 minutes, and a new request ends the earlier code (one live code)", async () => {
    const who = await person();
    await requestAccessCode({ ...who, phone: PHONE, ip: "10.1.0.4", now: at(0) });
    const first = await lastCode(who.depositorId);
    expect(await errorOf(redeem(who, first.code, at(10)))).toMatchObject({ code: "CODE_INVALID" });
    await requestAccessCode({ ...who, phone: PHONE, ip: "10.1.0.4", now: at(11) });
    const second = await lastCode(who.depositorId);
    await requestAccessCode({ ...who, phone: PHONE, ip: "10.1.0.4", now: at(12) });
    const third = await lastCode(who.depositorId);
    const live = await db.citizenAccessCode.count({ where: { depositorId: who.depositorId, expiresAt: { gt: at(12) } } });
    expect(live).toBe(1);
    // The ended code's SMS, not yet sent, is never sent and no longer carries the code.
    const ended = await db.smsOutbox.findUniqueOrThrow({ where: { id: second.outboxId } });
    expect(ended).toMatchObject({ status: "EXPIRED" });
    expect(ended.text).toContain("验证码******");
    if (second.code !== third.code) expect(await errorOf(redeem(who, second.code, at(13)))).toMatchObject({ code: "CODE_INVALID" });
    expect((await redeem(who, third.code, at(13))).outcome).toBe("ACTIVATED");
  });

  it("sent twice at once: two requests leave one live code, two redeems of it activate once", async () => {
    const who = await person();
    await Promise.all([
      requestAccessCode({ ...who, phone: PHONE, ip: "10.1.0.7", now: at(0) }),
      requestAccessCode({ ...who, phone: PHONE, ip: "10.1.0.7", now: at(0) }),
    ]);
    expect(await db.citizenAccessCode.count({ where: { depositorId: who.depositorId, expiresAt: { gt: at(0) } } })).toBe(1);
    const { code } = await lastCode(who.depositorId);
    const results = await Promise.allSettled([redeem(who, code, at(1)), redeem(who, code, at(1))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CODE_INVALID" });
    expect(await db.user.count({ where: { depositorId: who.depositorId } })).toBe(1);
  });

  it("requests are limited per ID number, known or not", async () => {
    const unknown = buildResidentId("320102", "1971-01-01", 998);
    for (let i = 0; i < ACCESS_CODE_REQUESTS_PER_ID.max; i++) {
      await requestAccessCode({ idNumber: unknown, name: "某人", phone: PHONE, ip: `10.2.0.${i}`, now: at(0) });
    }
    expect(await errorOf(requestAccessCode({ idNumber: unknown, name: "某人", phone: PHONE, ip: "10.2.1.1", now: at(1) }))).toMatchObject({
      code: "ACCESS_RATE_LIMITED",
    });
  });
});

describe("忘记密码: a citizen with a sign-in sets a new password with the SMS code", () => {
  it("replaces the password, lifts a lock and ends every open session; still one user", async () => {
    const who = await person();
    const user = await db.user.create({
      data: {
        loginName: who.idNumber,
        displayName: who.name,
        passwordHash: await bcrypt.hash("Old2026password", 4),
        roles: ["CITIZEN"],
        depositorId: who.depositorId,
        failedLoginCount: 5,
        lockedUntil: at(15),
      },
    });
    await db.loginSession.createMany({ data: [{ userId: user.id }, { userId: user.id }] });
    await requestAccessCode({ ...who, phone: PHONE, ip: "10.1.0.5", now: at(0) });
    const { code } = await lastCode(who.depositorId);
    expect((await db.smsOutbox.findFirstOrThrow({ where: { text: { contains: code } } })).text).toContain("重置");
    const result = await redeem(who, code, at(1));
    expect(result).toEqual({ outcome: "RESET", userId: user.id });
    const after = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, failedLoginCount: true, lockedUntil: true },
    });
    expect(await bcrypt.compare(NEW_PASSWORD, after.passwordHash)).toBe(true);
    expect(after).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    expect(await db.loginSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await db.user.count({ where: { depositorId: who.depositorId } })).toBe(1);
    const [audit] = await db.auditEntry.findMany({ where: { entityId: user.id, action: "CITIZEN_PASSWORD_RESET" } });
    expect(audit).toMatchObject({ fromState: "SET", toState: "SET" });
    expect(audit!.detail).toMatchObject({ sessionsEnded: 2, channel: "SMS_CODE" });
    expect((await securityNotices(who.depositorId)).map((n) => [n.title, n.body])).toEqual([
      [
        "网上服务密码已重置",
        "您的住房公积金网上服务密码已于2026-03-02 09:01重置，原有登录已全部退出。如非本人操作，请立即致电12329或到服务窗口办理。",
      ],
    ]);
  });

  it("a deactivated sign-in gets no code (the same answer)", async () => {
    const who = await person();
    await db.user.create({
      data: {
        loginName: who.idNumber,
        displayName: who.name,
        passwordHash: "x",
        roles: ["CITIZEN"],
        depositorId: who.depositorId,
        active: false,
      },
    });
    await requestAccessCode({ ...who, phone: PHONE, ip: "10.1.0.6", now: at(0) });
    expect(await db.citizenAccessCode.count({ where: { depositorId: who.depositorId } })).toBe(0);
  });
});
