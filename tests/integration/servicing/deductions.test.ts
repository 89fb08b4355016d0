import { describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { money, sumMoney } from "@/lib/money";
import { DEFAULT_DEDUCTION_ORDER } from "@/lib/servicing/deduction-order";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { allocateRepayments } from "@/lib/servicing/settle/allocate-repayments";
import { BUSINESS_DATE, cardOf, createHolders, createLoan, createOfficers, seedDeductionPortfolio, setBalance } from "./fixtures";

const NEXT_DAY = "2026-05-21";
let spare: Awaited<ReturnType<typeof createHolders>>[number];
const at = (loanNo: string) => db.loan.findUniqueOrThrow({ where: { loanNo }, include: { installments: { orderBy: { seq: "asc" } } } });

describe("the batch settles due installments from the fund account and the bank card", () => {
  it("deducts, allocates and leaves the unpaid rest overdue the next day", async () => {
    await createOfficers(["risk01"]);
    const holders = await createHolders(3);
    spare = holders[2]!;
    await seedDeductionPortfolio(holders);
    const [a, b] = holders as [(typeof holders)[0], (typeof holders)[0]];
    await runDailyBatch({ businessDate: BUSINESS_DATE });

    // S001: the authorized fund account pays the day's penalty, the overdue seq 4 and seq 5 due today.
    const s001 = await at("S001");
    const owedS001 = sumMoney(s001.installments.filter((i) => i.seq === 4 || i.seq === 5).map((i) => i.payment));
    const penalty = await db.penaltyPosting.findFirstOrThrow({ where: { loanId: s001.id } });
    const fund = await db.repayment.findFirstOrThrow({ where: { loanId: s001.id } });
    expect(fund).toMatchObject({
      kind: "SCHEDULED",
      source: "FUND_ACCOUNT",
      accountId: a.account.id,
      idempotencyKey: `SCHEDULED:FUND:${s001.id}:${BUSINESS_DATE}`,
      repaymentNo: "DK20260520FS001",
    });
    expect(fund.amount.toFixed(2)).toBe(owedS001.plus(penalty.amount.toString()).toFixed(2));
    expect(fund.penaltyInterest.toFixed(2)).toBe(penalty.amount.toFixed(2));
    expect(s001.installments.filter((i) => i.seq <= 5).map((i) => [i.seq, i.status])).toEqual([
      [1, "PAID"],
      [2, "PAID"],
      [3, "PAID"],
      [4, "PAID"],
      [5, "PAID"],
    ]);
    expect(s001.installments[4]!.paidOn).toEqual(dateColumn(BUSINESS_DATE));
    expect(s001).toMatchObject({ status: "ACTIVE", penaltyPaid: penalty.amount });
    const account = await db.depositAccount.findUniqueOrThrow({ where: { id: a.account.id } });
    expect([account.balance.toFixed(2), account.version]).toEqual([money("50000.00").minus(fund.amount.toString()).toFixed(2), 1]);
    const entry = await db.ledgerEntry.findFirstOrThrow({ where: { accountId: a.account.id, kind: "LOAN_REPAYMENT" } });
    expect([entry.amount.toFixed(2), entry.balanceAfter.toFixed(2), entry.reference, entry.valueDate]).toEqual([
      `-${fund.amount.toFixed(2)}`,
      account.balance.toFixed(2),
      "DK20260520FS001",
      dateColumn(BUSINESS_DATE),
    ]);

    // S004: 300.00 from the fund account (all it had), the rest from the card, one file instruction.
    const s004 = await at("S004");
    const [fromFund, fromBank] = await db.repayment.findMany({ where: { loanId: s004.id }, orderBy: { createdAt: "asc" } });
    expect([fromFund!.source, fromFund!.amount.toFixed(2), fromBank!.source]).toEqual(["FUND_ACCOUNT", "300.00", "BANK"]);
    expect(fromFund!.amount.plus(fromBank!.amount).toFixed(2)).toBe(s004.installments[0]!.payment.toFixed(2));
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: b.account.id } })).balance.toFixed(2)).toBe("0.00");
    const file = await db.bankDeduction.findUniqueOrThrow({
      where: { loanId_businessDate: { loanId: s004.id, businessDate: dateColumn(BUSINESS_DATE) } },
    });
    expect([file.requested.toFixed(2), file.collected.toFixed(2), file.status, file.bankRef]).toEqual([
      fromBank!.amount.toFixed(2),
      fromBank!.amount.toFixed(2),
      "SUCCEEDED",
      fromBank!.bankRef,
    ]);
    expect(file.bankRef).toMatch(/^LB20260520[0-9A-F]{12}$/);

    // S002: the card had 1,000.00 of what was due: PARTIAL, and the rest stays overdue.
    const s002 = await at("S002");
    const partial = await db.bankDeduction.findFirstOrThrow({ where: { loanId: s002.id } });
    expect([partial.status, partial.collected.toFixed(2), partial.failureReason]).toEqual([
      "PARTIAL",
      "1000.00",
      "账户余额不足，已部分扣款",
    ]);
    expect((await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: cardOf("S002") } })).balance.toFixed(2)).toBe("0.00");
    expect(s002.installments.slice(0, 2).map((i) => i.status)).toEqual(["OVERDUE", "PENDING"]);
    expect(s002).toMatchObject({ status: "OVERDUE", overduePeriods: 1 });

    // S005: the bank does not know the card.
    const failed = await db.bankDeduction.findFirstOrThrow({ where: { loan: { loanNo: "S005" } } });
    expect([failed.status, failed.collected.toFixed(2), failed.failureReason, failed.bankRef]).toEqual([
      "FAILED",
      "0.00",
      "银行卡不存在或已销户",
      null,
    ]);
    expect(await db.repayment.count({ where: { loan: { loanNo: "S005" } } })).toBe(0);

    // Next day: S002's seq 2 (due yesterday, unpaid) is overdue too; the empty card fails.
    const next = await runDailyBatch({ businessDate: NEXT_DAY });
    expect(next.counts).toMatchObject({ fundRepayments: 0, bankRepayments: 0 });
    const s002Next = await at("S002");
    expect(s002Next.installments.slice(0, 2).map((i) => i.status)).toEqual(["OVERDUE", "OVERDUE"]);
    expect(s002Next).toMatchObject({ status: "OVERDUE", overduePeriods: 2, consecutiveOverduePeriods: 2 });
    const retry = await db.bankDeduction.findUniqueOrThrow({
      where: { loanId_businessDate: { loanId: s002.id, businessDate: dateColumn(NEXT_DAY) } },
    });
    expect([retry.status, retry.failureReason]).toEqual(["FAILED", "账户余额不足"]);
    expect(await at("S005")).toMatchObject({ status: "OVERDUE", overduePeriods: 1 });
    expect(await db.collectionCase.count({ where: { status: "OPEN", loan: { loanNo: { in: ["S002", "S005"] } } } })).toBe(2);
  });

  it("pays off a loan whose last installment is collected: PAID_OFF, mortgage RELEASED, release case recorded", async () => {
    const s003 = await at("S003");
    expect(s003.status).toBe("PAID_OFF");
    expect(s003.installments.map((i) => i.status)).toEqual(["PAID", "PAID", "PAID"]);
    expect(s003.outstandingPrincipal.toFixed(2)).toBe("0.00");
    const mortgage = await db.mortgage.findUniqueOrThrow({ where: { loanId: s003.id } });
    expect([mortgage.status, mortgage.releaseNo]).toEqual(["RELEASED", "苏(2026)南京市不动产证明第0000042号"]);
    const release = await db.case.findFirstOrThrow({
      where: { matters: { some: { kind: "MORTGAGE_RELEASE" } } },
      include: { matters: true },
    });
    expect([release.caseNo, release.status, release.depositorId, release.matters.map((m) => [m.kind, m.status])]).toEqual([
      "BJ202605200001",
      "COMPLETED",
      s003.borrowerId,
      [["MORTGAGE_RELEASE", "COMPLETED"]],
    ]);
    const audits = await db.auditEntry.findMany({
      where: { action: { in: ["LOAN_PAID_OFF", "MORTGAGE_RELEASED", "MORTGAGE_RELEASE_CASE"] } },
      orderBy: { action: "asc" },
    });
    expect(audits.map((e) => [e.action, e.entityId, e.actorLabel])).toEqual([
      ["LOAN_PAID_OFF", s003.id, "batch"],
      ["MORTGAGE_RELEASED", mortgage.id, "batch"],
      ["MORTGAGE_RELEASE_CASE", release.id, "batch"],
    ]);
    // The paid-off loan is no longer serviced: no more deductions on later days.
    expect(await db.bankDeduction.count({ where: { loanId: s003.id } })).toBe(1);
  });

  it("skips a fund account that is not NORMAL: the card pays instead", async () => {
    const holder = spare;
    await setBalance(holder.account.id, "90000.00");
    await db.depositAccount.update({ where: { id: holder.account.id }, data: { status: "SEALED" } });
    await createLoan(holder.depositor.id, {
      loanNo: "S006",
      principal: "10000.00",
      annualRatePercent: "3.100",
      months: 12,
      firstDueDate: "2026-05-22",
      authorizeAccountId: holder.account.id,
      card: "2000.00",
    });
    await runDailyBatch({ businessDate: "2026-05-22" });
    const repayments = await db.repayment.findMany({ where: { loan: { loanNo: "S006" } } });
    expect(repayments.map((r) => r.source)).toEqual(["BANK"]);
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).balance.toFixed(2)).toBe("90000.00");
  });
});

describe("a citizen's online repayment racing the batch's deduction", () => {
  it("is waited for: the batch takes only what is still due, and nothing is over-allocated", { timeout: 90_000 }, async () => {
    const [borrower] = await db.depositor.findMany({ take: 1 });
    const account = await db.depositAccount.findFirstOrThrow({ where: { depositorId: borrower!.id } });
    await setBalance(account.id, "50000.00");
    await db.depositAccount.update({ where: { id: account.id }, data: { status: "NORMAL" } });
    const loan = await createLoan(borrower!.id, {
      loanNo: "Q001",
      principal: "50000.00",
      annualRatePercent: "3.100",
      months: 12,
      firstDueDate: "2026-05-23",
      authorizeAccountId: account.id,
    });
    const D = "2026-05-23";
    const before = (await db.depositAccount.findUniqueOrThrow({ where: { id: account.id } })).balance;

    // Due on D itself (no penalty, so step 1 leaves it alone): the citizen's transaction holds the
    // loan (as repay-online does) while the batch reaches the fund deduction.
    let batch: Promise<unknown> | undefined;
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT 1 FROM "Loan" WHERE id = ${loan.id} FOR UPDATE`;
        batch = runDailyBatch({ businessDate: D });
        for (let waited = 0; ; waited += 100) {
          const waiting = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`;
          if (waiting[0]!.n > 0) break;
          if (waited > 30_000) throw new Error("the batch never waited for the loan");
          await new Promise((r) => setTimeout(r, 100));
        }
        const [owed] = await tx.$queryRaw<{ due: string }[]>`
          SELECT (sum(principal + interest - "paidPrincipal" - "paidInterest")
                  + coalesce((SELECT sum(amount) FROM "PenaltyPosting" WHERE "loanId" = ${loan.id}), 0))::text AS due
            FROM "LoanInstallment" WHERE "loanId" = ${loan.id} AND "dueDate" <= ${D}::date`;
        const r = await tx.repayment.create({
          data: {
            repaymentNo: "HK-Q001",
            loanId: loan.id,
            kind: "ONLINE",
            source: "ONLINE",
            businessDate: dateColumn(D),
            amount: owed!.due,
            idempotencyKey: "web:Q001",
          },
        });
        await allocateRepayments(tx, { businessDate: D, where: Prisma.sql`r.id = ${r.id}`, order: DEFAULT_DEDUCTION_ORDER });
      },
      { timeout: 60_000 },
    );
    await batch;

    const repayments = await db.repayment.findMany({ where: { loanId: loan.id }, orderBy: { createdAt: "asc" } });
    for (const r of repayments) {
      expect(sumMoney([r.penaltyInterest, r.overdueInterest, r.overduePrincipal, r.currentInterest, r.currentPrincipal]).toFixed(2)).toBe(
        r.amount.toFixed(2),
      );
    }
    const fund = repayments.filter((r) => r.source === "FUND_ACCOUNT");
    const after = (await db.depositAccount.findUniqueOrThrow({ where: { id: account.id } })).balance;
    expect(before.minus(after).toFixed(2)).toBe(sumMoney(fund.map((r) => r.amount)).toFixed(2));
    const settled = await at("Q001");
    expect([settled.status, settled.installments[0]!.status]).toEqual(["ACTIVE", "PAID"]);
  });
});
