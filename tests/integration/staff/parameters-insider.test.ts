import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { fundSettings, ZInterestRate, ZWageBounds } from "@/lib/accounts/fund-settings";
import { PARAMETER_KEYS, publishParameter } from "@/lib/settings/versioned";
import { loadServicingSettings, ZEscalationPolicy } from "@/lib/servicing/servicing-settings";
import { DEFAULT_ESCALATION_POLICY } from "@/lib/servicing/escalation";
import { figuresOf, reasonRulesInForce, ZReasonRuleFigures } from "@/lib/withdrawals/reason-rules-store";
import { REASON_RULES } from "@/lib/withdrawals/reasons";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { openCaseAtWindow } from "@/lib/cases/open-case";
import { buildResidentId } from "@/lib/identity/resident-id";
import { NOW, rent, setup } from "../withdrawals/fixtures";
import { createAccountHolder, createEmployer } from "../accounts/fund-fixtures";

async function admin(): Promise<Actor> {
  const u = await db.user.create({
    data: { loginName: `pa${Math.random().toString(36).slice(2, 8)}`, displayName: "管理员", passwordHash: "x", roles: ["ADMIN"] },
  });
  return { userId: u.id, roles: ["ADMIN"], windowId: null, approvalLimit: null };
}

async function errorOf(p: Promise<unknown>): Promise<{ code: string; field?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; field?: string };
  }
  throw new Error("expected a DomainError");
}

describe("withdrawal reason rules as versioned data", () => {
  it("a new version applies only from its effective date", async () => {
    const actor = await admin();
    const { holder, citizen, card } = await setup("50000.00");
    const figures = figuresOf(REASON_RULES);
    figures.reasons["07"] = { frequency: { maxTimes: 4, perMonths: 12 }, rent: { monthlyCap: "1000.00", maxMonths: 12 } };
    const { version } = await publishParameter({
      actor,
      key: PARAMETER_KEYS.reasonRules,
      schema: ZReasonRuleFigures,
      value: figures,
      effectiveFrom: "2026-03-10",
      note: "租房提取月限额下调",
      now: NOW,
    });
    expect(version).toBe(1);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "PARAMETER_PUBLISHED" } });
    expect(audit).toMatchObject({ actorId: actor.userId, fromState: "default", toState: "withdrawals.reasonRules v1" });

    // The day before: today's rule (1,500 a month).
    expect((await reasonRulesInForce(db, "2026-03-09")).rules["07"].limit).toEqual({ kind: "RENT", monthlyCap: "1500.00", maxMonths: 12 });
    const before = await submitWithdrawal(rent(holder.depositor.id, citizen, card, { idempotencyKey: "rule-v-0001" }));
    expect(before.status).toBe("SUBMITTED");
    await db.withdrawal.update({ where: { id: before.withdrawalId }, data: { status: "REJECTED", inFlightKey: null } });

    // From the effective date: 1,000 a month, so 3,000 for two months is over the limit.
    expect((await reasonRulesInForce(db, "2026-03-10")).version).toBe(1);
    const from = new Date("2026-03-10T02:00:00Z");
    const withdrawalsBefore = await db.withdrawal.count({ where: { depositorId: holder.depositor.id } });
    const refused = await errorOf(submitWithdrawal(rent(holder.depositor.id, citizen, card, { idempotencyKey: "rule-v-0002", now: from })));
    expect(refused.code).toBe("RULES");
    expect(await db.withdrawal.count({ where: { depositorId: holder.depositor.id } })).toBe(withdrawalsBefore);
    const ok = await submitWithdrawal(
      rent(holder.depositor.id, citizen, card, { idempotencyKey: "rule-v-0003", amount: "2000.00", now: from }),
    );
    expect(ok.status).toBe("SUBMITTED");
  });

  it("refuses an effective date in the past and a bad value, writing nothing", async () => {
    const actor = await admin();
    const count = await db.parameterVersion.count();
    const published = await db.auditEntry.count({ where: { action: "PARAMETER_PUBLISHED" } });
    const past = await errorOf(
      publishParameter({
        actor,
        key: PARAMETER_KEYS.wageBounds,
        schema: ZWageBounds,
        value: { minimumWage: "2600", averageWage: "12000" },
        effectiveFrom: "2026-03-04",
        now: NOW,
      }),
    );
    expect(past).toMatchObject({ code: "EFFECTIVE_DATE_PAST", field: "effectiveFrom" });
    const bad = await errorOf(
      publishParameter({
        actor,
        key: PARAMETER_KEYS.wageBounds,
        schema: ZWageBounds,
        value: { minimumWage: "13000", averageWage: "12000" },
        effectiveFrom: "2026-03-05",
        now: NOW,
      }),
    );
    expect(bad).toMatchObject({ code: "PARAMETER_INVALID", field: "averageWage" });
    const teller: Actor = { ...actor, roles: ["TELLER"] };
    expect(
      (
        await errorOf(
          publishParameter({
            actor: teller,
            key: PARAMETER_KEYS.interestRate,
            schema: ZInterestRate,
            value: { ratePercent: "1.5" },
            effectiveFrom: "2026-03-05",
            now: NOW,
          }),
        )
      ).code,
    ).toBe("FORBIDDEN_ROLE");
    expect(await db.parameterVersion.count()).toBe(count);
    expect(await db.auditEntry.count({ where: { action: "PARAMETER_PUBLISHED" } })).toBe(published);
    // The bounds in force are still the defaults.
    expect((await fundSettings(db, "2026-03-05")).minimumWage).toBe("2490.00");
  });

  it("wage bounds, the interest rate and the escalation policy are read as of a date, defaults before", async () => {
    const actor = await admin();
    expect(await fundSettings(db, "2026-03-31")).toEqual({
      minimumWage: "2490.00",
      averageWage: "11500.00",
      interestRatePercent: "1.50",
      maxBase: "34500.00",
    });
    await publishParameter({
      actor,
      key: PARAMETER_KEYS.wageBounds,
      schema: ZWageBounds,
      value: { minimumWage: "2690", averageWage: "12000.5" },
      effectiveFrom: "2026-04-01",
      now: NOW,
    });
    await publishParameter({
      actor,
      key: PARAMETER_KEYS.interestRate,
      schema: ZInterestRate,
      value: { ratePercent: "1.25" },
      effectiveFrom: "2026-06-30",
      now: NOW,
    });
    expect(await fundSettings(db, "2026-04-01")).toEqual({
      minimumWage: "2690.00",
      averageWage: "12000.50",
      interestRatePercent: "1.50",
      maxBase: "36001.50",
    });
    expect((await fundSettings(db, "2026-06-30")).interestRatePercent).toBe("1.25");

    const tiers = structuredClone(DEFAULT_ESCALATION_POLICY.tiers);
    tiers[0]!.actions = ["PHONE_REMINDER", "WRITTEN_NOTICE"];
    await publishParameter({
      actor,
      key: PARAMETER_KEYS.escalationPolicy,
      schema: ZEscalationPolicy,
      value: { tiers },
      effectiveFrom: "2026-05-01",
      now: NOW,
    });
    expect((await loadServicingSettings(db, "2026-04-30")).escalationPolicy).toEqual(DEFAULT_ESCALATION_POLICY);
    expect((await loadServicingSettings(db, "2026-05-01")).escalationPolicy.tiers[0]!.actions).toEqual([
      "PHONE_REMINDER",
      "WRITTEN_NOTICE",
    ]);
  });
});

describe("publishing at the same moment", () => {
  it("two admins publishing one parameter at once get consecutive versions, each audited once", async () => {
    const [first, second] = [await admin(), await admin()];
    const before = await db.parameterVersion.count({ where: { key: PARAMETER_KEYS.interestRate } });
    const publish = (actor: Actor, ratePercent: string) =>
      publishParameter({
        actor,
        key: PARAMETER_KEYS.interestRate,
        schema: ZInterestRate,
        value: { ratePercent },
        effectiveFrom: "2026-09-01",
        now: NOW,
      });
    const published = await Promise.all([publish(first, "1.40"), publish(second, "1.30")]);
    expect(published.map((p) => p.version).sort()).toEqual([before + 1, before + 2]);
    const rows = await db.parameterVersion.findMany({ where: { key: PARAMETER_KEYS.interestRate }, orderBy: { version: "asc" } });
    expect(rows.map((r) => r.version)).toEqual(Array.from({ length: before + 2 }, (_, i) => i + 1));
    expect(
      await db.auditEntry.count({
        where: {
          action: "PARAMETER_PUBLISHED",
          toState: { in: [before + 1, before + 2].map((v) => `${PARAMETER_KEYS.interestRate} v${v}`) },
        },
      }),
    ).toBe(2);
  });
});

describe("insider control: a staff member's spouse from the depositor data", () => {
  it("a teller married (in the depositor data) to the applicant cannot open their case, without any declaration", async () => {
    const employer = await createEmployer("91320100SPOU0001X");
    const wife = await createAccountHolder(employer.id, { name: "沈静" });
    const husbandId = buildResidentId("320102", "1986-02-02", 91);
    const husband = await db.depositor.create({
      data: {
        idNumber: husbandId,
        name: "陆远",
        gender: "MALE",
        birthDate: new Date("1986-02-02T00:00:00Z"),
        phone: "13800000001",
        maritalStatus: "MARRIED",
        employerId: employer.id,
        monthlyIncome: "9000.00",
        spouseId: wife.depositor.id,
      },
    });
    const windowRow = await db.serviceWindow.create({ data: { centerId: employer.centerId, number: 77, name: "77号窗口" } });
    const tellerUser = await db.user.create({
      data: { loginName: "spouse_teller", displayName: "陆远", passwordHash: "x", roles: ["TELLER"], idNumber: husband.idNumber },
    });
    const teller: Actor = { userId: tellerUser.id, roles: ["TELLER"], windowId: windowRow.id, approvalLimit: null };
    expect(await db.staffRelative.count({ where: { userId: tellerUser.id } })).toBe(0);

    await expect(openCaseAtWindow({ actor: teller, idNumber: wife.depositor.idNumber })).rejects.toMatchObject({
      code: "INSIDER_CONFLICT",
    });
    expect(await db.case.count({ where: { depositorId: wife.depositor.id } })).toBe(0);
    const flag = await db.fraudFlag.findFirstOrThrow({ where: { kind: "INSIDER_CONFLICT", handledById: tellerUser.id } });
    expect(flag.depositorId).toBe(wife.depositor.id);

    // The link read from the other side too: a teller who is the wife may not handle the husband.
    const wifeUser = await db.user.create({
      data: { loginName: "spouse_teller2", displayName: "沈静", passwordHash: "x", roles: ["TELLER"], idNumber: wife.depositor.idNumber },
    });
    const wifeTeller: Actor = { userId: wifeUser.id, roles: ["TELLER"], windowId: windowRow.id, approvalLimit: null };
    await expect(openCaseAtWindow({ actor: wifeTeller, idNumber: husbandId })).rejects.toMatchObject({ code: "INSIDER_CONFLICT" });
    expect(await db.case.count({ where: { depositorId: husband.id } })).toBe(0);
    // An unrelated depositor is served.
    const other = await createAccountHolder(employer.id, { name: "路人" });
    await expect(openCaseAtWindow({ actor: teller, idNumber: other.depositor.idNumber })).resolves.toMatchObject({
      caseNo: expect.any(String),
    });
  });
});
