import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { BUSINESS_DATE, createBorrowers, createLoan, createOfficers } from "../servicing/fixtures";

// BUSINESS_DATE is 2026-05-20: the batch reminds of installments due 05-23 and tells of those due
// 05-19 that became overdue.
describe("the daily batch's reminders and overdue notices", () => {
  it("reminds 3 days before a due date and tells of a new overdue, once however often the date runs", async () => {
    await createOfficers(["risk01"]);
    const [a, b] = await createBorrowers(2);
    await createLoan(a!.id, { loanNo: "R001", principal: "60000.00", annualRatePercent: "3.100", months: 12, firstDueDate: "2026-05-23" });
    await createLoan(b!.id, { loanNo: "R002", principal: "36000.00", annualRatePercent: "3.100", months: 12, firstDueDate: "2026-05-19" });
    // Paid ahead: no reminder. Overdue since 05-16: nothing new on 05-20.
    await createLoan(b!.id, {
      loanNo: "R003",
      principal: "12000.00",
      annualRatePercent: "3.100",
      months: 12,
      firstDueDate: "2026-05-23",
      paid: { 1: "FULL" },
    });
    await createLoan(a!.id, { loanNo: "R004", principal: "24000.00", annualRatePercent: "3.100", months: 12, firstDueDate: "2026-05-15" });

    const now = new Date("2026-05-20T17:30:00Z");
    await runDailyBatch({ businessDate: BUSINESS_DATE, now });
    const r001 = await db.loanInstallment.findFirstOrThrow({ where: { loanId: "loan_R001", seq: 1 } });
    const items = await db.notification.findMany({ where: { depositorId: { not: null } }, orderBy: { eventKey: "asc" } });
    expect(items.map((n) => [n.kind, n.depositorId, n.title, n.body, n.link])).toEqual([
      [
        "DUE_REMINDER",
        a!.id,
        "还款提醒：2026-05-23",
        // 60,000 at 3.1 % over 12 months, equal installments: 5,084.3554… → 5,084.36.
        "您的公积金贷款R001第1期应于2026-05-23还款5084.36元，请确保公积金账户或扣款银行卡余额充足。",
        "/portal/loans/R001",
      ],
      [
        "LOAN_OVERDUE",
        b!.id,
        "贷款逾期提醒",
        "您的公积金贷款R002第1期（应还日2026-05-19）未按期足额还款，已逾期，逾期期间按日计收罚息，请尽快还款。",
        "/portal/loans/R002",
      ],
    ]);
    expect(r001.payment.toFixed(2)).toBe("5084.36");
    const sms = await db.smsOutbox.findMany({ orderBy: { text: "asc" } });
    expect(sms.map((s) => [s.phone, s.text])).toEqual(
      items.map((n) => [n.depositorId === a!.id ? a!.phone : b!.phone, `【住房公积金】${n.body}`]).sort((x, y) => (x[1]! < y[1]! ? -1 : 1)),
    );
    // The reminder is worth sending until the due date begins (Shanghai), not after.
    expect(sms.find((s) => s.text.includes("R001"))!.expiresAt).toEqual(new Date("2026-05-22T16:00:00Z"));
    expect(items.every((n) => n.createdAt.getTime() === now.getTime())).toBe(true);
    // The overdue loans' new collection cases land in their collector's inbox (no SMS).
    const [risk01] = await db.user.findMany({ where: { loginName: "risk01" } });
    const cases = await db.collectionCase.findMany({ include: { loan: true }, orderBy: { loan: { loanNo: "asc" } } });
    const collector = await db.notification.findMany({ where: { userId: risk01!.id }, orderBy: { title: "asc" } });
    expect(collector.map((n) => [n.title, n.body, n.link])).toEqual(
      cases.map((c) => [
        `新分派清收：贷款${c.loan.loanNo}`,
        `贷款${c.loan.loanNo}逾期${c.overduePeriodsAtOpen}期，已分派给您清收，请按催收策略跟进。`,
        `/risk/collections/${c.id}`,
      ]),
    );
    expect(cases.map((c) => c.loan.loanNo)).toEqual(["R002", "R004"]);

    // The same date again (its run record forgotten, so every step runs again): nothing new.
    await db.batchRun.deleteMany();
    await runDailyBatch({ businessDate: BUSINESS_DATE, now });
    expect(await db.notification.count()).toBe(4);
    expect(await db.smsOutbox.count()).toBe(2);

    // The next date speaks of 05-24 and 05-20 only, and opens no case: nothing here.
    await runDailyBatch({ businessDate: "2026-05-21", now: new Date("2026-05-21T17:30:00Z") });
    expect(await db.notification.count()).toBe(4);
  });
});
