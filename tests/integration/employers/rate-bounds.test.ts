import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isDomainError } from "@/lib/errors";
import { buildCreditCode } from "@/lib/identity/credit-code";
import { PARAMETER_KEYS, publishParameter } from "@/lib/settings/versioned";
import { ZRateBounds } from "@/lib/employers/rate-bounds";
import { rateBounds } from "@/lib/employers/rate-bounds-store";
import { employerMessage } from "@/lib/employers/messages";
import { registerEmployer } from "@/lib/employers/register-employer";
import { decideRateChange, requestRateChange } from "@/lib/employers/rate-change";
import { postRemittance } from "@/lib/remittances/post-remittance";
import { createAccountHolder, createUser } from "../accounts/fund-fixtures";
import { remittanceParties } from "../remittances/fixtures";
import { tellerAt } from "./fixtures";

const NOW = new Date("2026-03-10T02:00:00Z");
const HEADER = "身份证号,姓名,缴存基数,单位比例,个人比例";
const csv = (...lines: string[]) => new TextEncoder().encode(`${[HEADER, ...lines].join("\r\n")}\r\n`);

async function admin(): Promise<Actor> {
  const u = await createUser(["ADMIN"]);
  return { userId: u.id, roles: ["ADMIN"], windowId: null, approvalLimit: null };
}
const publish = async (actor: Actor, value: unknown, effectiveFrom: string, now = NOW) =>
  publishParameter({ actor, key: PARAMETER_KEYS.rateBounds, schema: ZRateBounds, value, effectiveFrom, note: "调整缴存比例上下限", now });
const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, field: error.field, message: employerMessage(error) };
    throw error;
  }
  throw new Error("expected a DomainError");
};
const versions = () => db.parameterVersion.count({ where: { key: PARAMETER_KEYS.rateBounds } });

describe("contribution rate bounds as a versioned parameter (/admin/parameters)", () => {
  it("a bound change is a new version from its date, audited; never retroactive, checked, ADMIN only", async () => {
    const actor = await admin();
    expect(await rateBounds(db, "2026-03-10")).toEqual({ min: "5.00", max: "12.00" });
    expect(await publish(actor, { min: "6", max: "10.5" }, "2026-03-11")).toEqual({ version: 1, effectiveFrom: "2026-03-11" });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "PARAMETER_PUBLISHED", actorId: actor.userId } });
    expect(audit).toMatchObject({ fromState: "default", toState: "fund.contributionRateBounds v1" });
    expect(audit.detail).toMatchObject({ effectiveFrom: "2026-03-11", value: { min: "6.00", max: "10.50" }, note: "调整缴存比例上下限" });
    // In force only from its date: the day before, the old pair.
    expect(await rateBounds(db, "2026-03-10")).toEqual({ min: "5.00", max: "12.00" });
    expect(await rateBounds(db, "2026-03-11")).toEqual({ min: "6.00", max: "10.50" });

    const audits = await db.auditEntry.count();
    await expect(publish(actor, { min: "5", max: "12" }, "2026-03-09")).rejects.toMatchObject({ code: "EFFECTIVE_DATE_PAST" });
    await expect(publish(actor, { min: "9", max: "8" }, "2026-03-12")).rejects.toMatchObject({ code: "PARAMETER_INVALID", field: "max" });
    await expect(publish(actor, { min: "0", max: "8" }, "2026-03-12")).rejects.toMatchObject({ code: "PARAMETER_INVALID", field: "min" });
    await expect(publish(actor, { min: "5.123", max: "12" }, "2026-03-12")).rejects.toMatchObject({
      code: "PARAMETER_INVALID",
      field: "min",
    });
    const teller: Actor = { ...(await admin()), roles: ["TELLER"] };
    await expect(publish(teller, { min: "5", max: "12" }, "2026-03-12")).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    expect(await versions()).toBe(1);
    expect(await db.auditEntry.count()).toBe(audits);
  });

  it("an employer outside new bounds keeps its rate (remittances go on) until its next change, which must be within them", async () => {
    const actor = await admin();
    const { employer, agent } = await remittanceParties("91320100RBND0001X");
    await db.employerRate.create({
      data: { employerId: employer.id, yearStart: 2025, employerRatePercent: "12.00", personalRatePercent: "12.00" },
    });
    const holder = await createAccountHolder(employer.id, { name: "钱多" });
    await publish(actor, { min: "6", max: "10" }, "2026-03-10");
    expect(await rateBounds(db, "2026-03-10")).toEqual({ min: "6.00", max: "10.00" });

    // Its 12 % stays valid: this month's remittance at 12 % / 12 % is accepted.
    const kept = await postRemittance({
      employerId: employer.id,
      month: "2026-03-01",
      actor: agent,
      source: "CSV",
      file: csv(`${holder.idNumber},钱多,5000,12,12`),
      now: NOW,
    });
    expect(kept).toMatchObject({ ok: true, total: "1200.00" });
    // A new contribution year with no rate fixed yet: the employer's pair carries on, still outside the bounds.
    const july = new Date("2026-07-15T02:00:00Z");
    const nextYear = await postRemittance({
      employerId: employer.id,
      month: "2026-07-01",
      actor: agent,
      source: "CSV",
      file: csv(`${holder.idNumber},钱多,5000,12,12`),
      now: july,
    });
    expect(nextYear).toMatchObject({ ok: true });
    const rates = await db.employerRate.findMany({ where: { employerId: employer.id }, orderBy: { yearStart: "asc" } });
    expect(rates.map((r) => [r.yearStart, r.employerRatePercent.toFixed(2)])).toEqual([
      [2025, "12.00"],
      [2026, "12.00"],
    ]);

    // Another employer's new 12 % (a new pair) is refused; so is this employer's own next change outside the bounds.
    const other = await remittanceParties("91320100RBND0002X");
    const otherHolder = await createAccountHolder(other.employer.id, { name: "孙少" });
    const fresh = await postRemittance({
      employerId: other.employer.id,
      month: "2026-03-01",
      actor: other.agent,
      source: "CSV",
      file: csv(`${otherHolder.idNumber},孙少,5000,12,12`),
      now: NOW,
    });
    expect(fresh).toEqual({
      ok: false,
      errors: [
        { row: 2, column: "单位比例", reason: "应在 6% 至 10% 之间" },
        { row: 2, column: "个人比例", reason: "应在 6% 至 10% 之间" },
      ],
    });
    const teller = await tellerAt(employer.centerId);
    const registration = { actor: teller, name: "新单位", address: "某路", contactPhone: "025", now: NOW };
    expect(
      await refusal(
        registerEmployer({ ...registration, creditCode: buildCreditCode("320104", "30000001"), employerRate: "12", personalRate: "12" }),
      ),
    ).toEqual({ code: "RATE_OUT_OF_BOUNDS", field: "employerRate", message: "缴存比例应在 6% 至 10% 之间" });
    const changes = await db.employerRateChange.count();
    expect(
      await refusal(
        requestRateChange({
          actor: teller,
          employerId: employer.id,
          nextYear: true,
          employerRate: "11",
          personalRate: "11",
          reason: "x",
          now: july,
        }),
      ),
    ).toMatchObject({ code: "RATE_OUT_OF_BOUNDS", field: "employerRate" });
    expect(await db.employerRateChange.count()).toBe(changes);

    // (Both for the next contribution year, 2027, as of July 2026.) A change proposed within the bounds, which an admin narrows before a second person approves it: refused then.
    const { rateChangeId } = await requestRateChange({
      actor: teller,
      employerId: employer.id,
      nextYear: true,
      employerRate: "10",
      personalRate: "10",
      reason: "下调",
      now: july,
    });
    await publish(actor, { min: "6", max: "9" }, "2026-03-10");
    const checker = await tellerAt(employer.centerId);
    expect(await refusal(decideRateChange({ actor: checker, rateChangeId, approve: true, now: july }))).toEqual({
      code: "RATE_OUT_OF_BOUNDS",
      field: undefined,
      message: "缴存比例应在 6% 至 9% 之间",
    });
    expect(await db.employerRateChange.findUniqueOrThrow({ where: { id: rateChangeId } })).toMatchObject({ status: "PENDING" });
    expect(await db.employerRate.count({ where: { employerId: employer.id, yearStart: 2027 } })).toBe(0);
  });
});
