import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DEFAULT_DEDUCTION_ORDER, type DeductionBucket } from "@/lib/servicing/deduction-order";
import { DEFAULT_ESCALATION_POLICY } from "@/lib/servicing/escalation";
import { DEFAULT_PENALTY_RULE } from "@/lib/servicing/penalty-interest";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { SERVICING_SETTING_KEYS, getServicingSettings, saveServicingSetting } from "@/lib/servicing/servicing-settings";
import { createBorrowers, createLoan } from "./fixtures";

const PRINCIPAL_FIRST: DeductionBucket[] = [
  "OVERDUE_PRINCIPAL",
  "OVERDUE_INTEREST",
  "OVERDUE_PENALTY_INTEREST",
  "CURRENT_INTEREST",
  "CURRENT_PRINCIPAL",
];

async function admin(): Promise<Actor> {
  const user = await db.user.findFirstOrThrow({ where: { roles: { has: "ADMIN" } } });
  return { userId: user.id, roles: user.roles, windowId: null, approvalLimit: null };
}

describe("servicing settings", () => {
  it("are the defaults while absent or unreadable", async () => {
    await createBorrowers(1);
    expect(await getServicingSettings()).toEqual({
      penaltyRule: DEFAULT_PENALTY_RULE,
      deductionOrder: DEFAULT_DEDUCTION_ORDER,
      escalationPolicy: DEFAULT_ESCALATION_POLICY,
    });
    await db.setting.create({ data: { key: SERVICING_SETTING_KEYS.deductionOrder, value: ["OVERDUE_INTEREST", "OVERDUE_INTEREST"] } });
    expect((await getServicingSettings()).deductionOrder).toEqual(DEFAULT_DEDUCTION_ORDER);
  });

  it("save validated, audited, once: saving the same value again writes nothing", async () => {
    const actor = await admin();
    await expect(
      saveServicingSetting({ actor: { ...actor, roles: ["TELLER"] }, name: "deductionOrder", value: PRINCIPAL_FIRST }),
    ).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    await expect(
      saveServicingSetting({ actor, name: "deductionOrder", value: ["OVERDUE_PRINCIPAL"] as DeductionBucket[] }),
    ).rejects.toMatchObject({ code: "INVALID_SETTING" });
    await expect(
      saveServicingSetting({
        actor,
        name: "penaltyRule",
        value: { rate: { kind: "FIXED", annualRatePercent: "0" }, includeOverdueInterest: false },
      }),
    ).rejects.toMatchObject({ code: "INVALID_SETTING" });
    await expect(
      saveServicingSetting({
        actor,
        name: "escalationPolicy",
        value: { tiers: [{ code: "X", label: "坏", minOverduePeriods: 3, maxOverduePeriods: 2, actions: ["PHONE_REMINDER"] }] },
      }),
    ).rejects.toMatchObject({ code: "INVALID_SETTING" });

    expect(await saveServicingSetting({ actor, name: "deductionOrder", value: PRINCIPAL_FIRST })).toEqual({ changed: true });
    expect(await saveServicingSetting({ actor, name: "deductionOrder", value: PRINCIPAL_FIRST })).toEqual({ changed: false });
    const fixed = { rate: { kind: "FIXED" as const, annualRatePercent: "7.2" }, includeOverdueInterest: true };
    expect(await saveServicingSetting({ actor, name: "penaltyRule", value: fixed })).toEqual({ changed: true });
    expect(await getServicingSettings()).toMatchObject({ deductionOrder: PRINCIPAL_FIRST, penaltyRule: fixed });
    const audits = await db.auditEntry.findMany({ where: { action: "SETTING_CHANGED" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.entityId, a.actorId, JSON.parse(a.toState!)])).toEqual([
      [SERVICING_SETTING_KEYS.deductionOrder, actor.userId, PRINCIPAL_FIRST],
      [SERVICING_SETTING_KEYS.penaltyRule, actor.userId, fixed],
    ]);
    expect(JSON.parse(audits[0]!.fromState!)).toEqual(DEFAULT_DEDUCTION_ORDER);
  });

  it("drive the batch: the saved penalty rule posts, the saved order allocates", async () => {
    const [borrower] = await db.depositor.findMany({ take: 1 });
    // 1,000.00 on the card against one overdue installment: principal first under the saved order.
    const loan = await createLoan(borrower!.id, {
      loanNo: "G001",
      principal: "120000.00",
      annualRatePercent: "3.000",
      months: 12,
      firstDueDate: "2026-04-20",
      card: "1000.00",
    });
    await runDailyBatch({ businessDate: "2026-04-21" });
    const posting = await db.penaltyPosting.findFirstOrThrow({ where: { loanId: loan.id } });
    expect(posting.ratePercent.toFixed(4)).toBe("7.2000");
    const repayment = await db.repayment.findFirstOrThrow({ where: { loanId: loan.id } });
    expect([repayment.overduePrincipal.toFixed(2), repayment.overdueInterest.toFixed(2), repayment.penaltyInterest.toFixed(2)]).toEqual([
      "1000.00",
      "0.00",
      "0.00",
    ]);
  });
});
