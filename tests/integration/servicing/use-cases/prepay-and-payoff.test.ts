import { beforeAll, describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { sumMoney } from "@/lib/money";
import { recomputeAfterPrepayment } from "@/lib/servicing/prepayment";
import { payOffLoan } from "@/lib/servicing/use-cases/pay-off-loan";
import { prepayLoan } from "@/lib/servicing/use-cases/prepay-loan";
import { quotePayoff, quotePrepayment } from "@/lib/servicing/use-cases/quote-prepayment";
import { at, createCitizen, createEmployer, createLoan, installmentsOf } from "./fixtures";

// ¥120,000 at 3.1 % over 12 months, first due 2026-01-15, seqs 1–4 paid: 8 installments left
// from seq 5 (2026-05-15) on 80,412.09. On 2026-05-10 the last due date was 2026-04-15: 25 days.
const D = "2026-05-10";
const spec = {
  principal: "120000.00",
  annualRatePercent: "3.1",
  months: 12,
  firstDueDate: "2026-01-15",
  disbursedOn: "2025-12-15",
  paidSeqs: [1, 2, 3, 4],
};

let borrower: Awaited<ReturnType<typeof createCitizen>>;
let stranger: Awaited<ReturnType<typeof createCitizen>>;

beforeAll(async () => {
  const employer = await createEmployer();
  borrower = await createCitizen(employer.id, { name: "孙提前" });
  stranger = await createCitizen(employer.id, { name: "周无关" });
});

describe("partial prepayment (提前部分还款) replaces the schedule exactly as recomputeAfterPrepayment says", () => {
  it.each([
    ["P001", "SHORTEN_TERM"],
    ["P002", "LOWER_PAYMENT"],
  ] as const)("%s %s: ¥50,000 + 50000 × 0.031 × 25 ÷ 360 = 107.638… → 107.64 interest; paid history untouched", async (loanNo, mode) => {
    const { loan } = await createLoan(borrower.depositor.id, { ...spec, loanNo });
    const before = await installmentsOf(loan.id);
    const quote = await quotePrepayment({ actor: borrower.actor, loanId: loan.id, amount: "50000", mode, now: at(D) });
    expect(quote).toMatchObject({
      takesEffectOn: D,
      amount: "50000.00",
      accruedDays: 25,
      accruedInterest: "107.64",
      total: "50107.64",
      nextSeq: 5,
    });

    const result = await prepayLoan({
      actor: borrower.actor,
      loanId: loan.id,
      amount: "50000",
      mode,
      expectedTotal: "50107.64",
      idempotencyKey: `key-${loanNo}`,
      now: at(D),
    });
    const expected = recomputeAfterPrepayment({
      remainingPrincipal: "80412.09",
      amount: "50000.00",
      annualRatePercent: "3.1",
      method: "EQUAL_INSTALLMENT",
      remainingInstallments: 8,
      nextSeq: 5,
      loanFirstDueDate: "2026-01-15",
      mode,
    });
    expect(result).toMatchObject({
      kind: "PREPAYMENT",
      amount: "50107.64",
      loanStatus: "ACTIVE",
      duplicate: false,
      summary: expected.summary,
    });
    expect(result.allocation).toEqual([
      { bucket: "ACCRUED_INTEREST", label: "提前还款应计利息", amount: "107.64" },
      { bucket: "PREPAID_PRINCIPAL", label: "提前偿还本金", amount: "50000.00" },
    ]);

    const after = await installmentsOf(loan.id);
    expect(after.slice(0, 4)).toEqual(before.slice(0, 4));
    expect(
      after.slice(4).map(({ seq, dueDate, payment, principal, interest, balanceAfter }) => ({
        seq,
        dueDate,
        payment,
        principal,
        interest,
        balanceAfter,
      })),
    ).toEqual(expected.installments);
    expect(after.slice(4).every((i) => i.status === "PENDING" && i.paidPrincipal === "0.00")).toBe(true);
    const saved = await db.loan.findUniqueOrThrow({ where: { id: loan.id } });
    expect(saved.outstandingPrincipal.toFixed(2)).toBe("30412.09");
    expect(saved.termMonths).toBe(12);
    const repayment = await db.repayment.findFirstOrThrow({ where: { loanId: loan.id } });
    expect([
      repayment.kind,
      repayment.amount.toFixed(2),
      repayment.prepaidPrincipal.toFixed(2),
      repayment.accruedInterest.toFixed(2),
      repayment.businessDate,
    ]).toEqual(["PREPAYMENT", "50107.64", "50000.00", "107.64", dateColumn(D)]);
    expect(await db.auditEntry.count({ where: { action: "LOAN_PREPAID", entityId: loan.id } })).toBe(1);

    // Resent: the first result, nothing paid twice.
    const again = await prepayLoan({
      actor: borrower.actor,
      loanId: loan.id,
      amount: "50000",
      mode,
      expectedTotal: "50107.64",
      idempotencyKey: `key-${loanNo}`,
      now: at(D),
    });
    expect(again).toMatchObject({ repaymentNo: result.repaymentNo, duplicate: true });
    expect(await db.repayment.count({ where: { loanId: loan.id } })).toBe(1);
  });

  it("SHORTEN_TERM leaves 4 of the 8 remaining installments; LOWER_PAYMENT keeps all 8", async () => {
    const short = await db.loan.findUniqueOrThrow({ where: { loanNo: "P001" }, select: { _count: { select: { installments: true } } } });
    const lower = await db.loan.findUniqueOrThrow({ where: { loanNo: "P002" }, select: { _count: { select: { installments: true } } } });
    expect([short._count.installments, lower._count.installments]).toEqual([4 + 4, 4 + 8]);
  });

  it("refuses while anything is overdue (arrears first), a changed quote, and amounts off the policy; nothing changes", async () => {
    const { loan: overdue } = await createLoan(borrower.depositor.id, { ...spec, loanNo: "P003", paidSeqs: [1, 2, 3] });
    await expect(
      prepayLoan({
        actor: borrower.actor,
        loanId: overdue.id,
        amount: "20000",
        mode: "LOWER_PAYMENT",
        idempotencyKey: "key-P003",
        now: at(D),
      }),
    ).rejects.toMatchObject({
      code: "ARREARS_FIRST",
      details: { arrears: "10168.71" },
    });
    await expect(
      payOffLoan({ actor: borrower.actor, loanId: overdue.id, idempotencyKey: "key-P003-off", now: at(D) }),
    ).rejects.toMatchObject({ code: "ARREARS_FIRST" });

    const { loan } = await createLoan(borrower.depositor.id, { ...spec, loanNo: "P004" });
    const before = await installmentsOf(loan.id);
    await expect(
      prepayLoan({
        actor: borrower.actor,
        loanId: loan.id,
        amount: "50000",
        mode: "LOWER_PAYMENT",
        expectedTotal: "50000.00",
        idempotencyKey: "key-P004-a",
        now: at(D),
      }),
    ).rejects.toMatchObject({
      code: "QUOTE_CHANGED",
      details: { total: "50107.64" },
    });
    await expect(
      prepayLoan({
        actor: borrower.actor,
        loanId: loan.id,
        amount: "9900",
        mode: "LOWER_PAYMENT",
        idempotencyKey: "key-P004-b",
        now: at(D),
      }),
    ).rejects.toMatchObject({ code: "PREPAYMENT_BELOW_MINIMUM" });
    await expect(
      prepayLoan({
        actor: borrower.actor,
        loanId: loan.id,
        amount: "80412.09",
        mode: "LOWER_PAYMENT",
        idempotencyKey: "key-P004-c",
        now: at(D),
      }),
    ).rejects.toMatchObject({ code: "USE_FULL_PAYOFF" });
    // On seq 5's due date, before it is settled: it must be paid first.
    await expect(
      prepayLoan({
        actor: borrower.actor,
        loanId: loan.id,
        amount: "20000",
        mode: "LOWER_PAYMENT",
        idempotencyKey: "key-P004-d",
        now: at("2026-05-15"),
      }),
    ).rejects.toMatchObject({ code: "CURRENT_DUE_FIRST" });
    expect(await installmentsOf(loan.id)).toEqual(before);
    expect(await db.repayment.count({ where: { loanId: { in: [loan.id, overdue.id] } } })).toBe(0);
  });
});

describe("full payoff (提前结清)", () => {
  it("80,412.09 + 80412.09 × 3.1 % × 25 ÷ 360 = 173.109… → 173.11: PAID_OFF, every installment settled, mortgage released, release case for the citizen", async () => {
    const { loan } = await createLoan(borrower.depositor.id, { ...spec, loanNo: "F001" });
    const quote = await quotePayoff({ actor: borrower.actor, loanId: loan.id, now: at(D) });
    expect(quote).toEqual({ takesEffectOn: D, principal: "80412.09", accruedDays: 25, accruedInterest: "173.11", total: "80585.20" });

    const submit = () =>
      payOffLoan({ actor: borrower.actor, loanId: loan.id, expectedTotal: "80585.20", idempotencyKey: "key-F001", now: at(D) });
    const [a, b] = await Promise.all([submit(), submit()]);
    expect(a.repaymentNo).toBe(b.repaymentNo);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(a).toMatchObject({ kind: "PAYOFF", amount: "80585.20", loanStatus: "PAID_OFF" });
    expect(a.releaseNo).toMatch(/^苏\(2026\)南京市不动产证明第\d{7}号$/);
    expect(b.releaseNo).toBe(a.releaseNo);

    const saved = await db.loan.findUniqueOrThrow({ where: { id: loan.id }, include: { mortgage: true } });
    expect(saved).toMatchObject({ status: "PAID_OFF", overduePeriods: 0 });
    expect(saved.outstandingPrincipal.toFixed(2)).toBe("0.00");
    expect(saved.mortgage).toMatchObject({ status: "RELEASED", releaseNo: a.releaseNo });
    const rows = await installmentsOf(loan.id);
    expect(rows.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.every((i) => i.status === "PAID")).toBe(true);
    expect(rows[4]).toEqual({
      seq: 5,
      dueDate: D,
      payment: "80585.20",
      principal: "80412.09",
      interest: "173.11",
      balanceAfter: "0.00",
      status: "PAID",
      paidPrincipal: "80412.09",
      paidInterest: "173.11",
    });
    expect(sumMoney(rows.map((i) => i.principal)).toFixed(2)).toBe("120000.00");
    expect(await db.repayment.count({ where: { loanId: loan.id } })).toBe(1);

    // The citizen sees the release as a completed case of theirs.
    const releaseCase = await db.case.findFirstOrThrow({
      where: { depositorId: borrower.depositor.id, matters: { some: { kind: "MORTGAGE_RELEASE" } } },
      include: { matters: true },
    });
    expect(releaseCase).toMatchObject({ status: "COMPLETED", channel: "ONLINE" });
    expect(releaseCase.matters).toMatchObject([{ kind: "MORTGAGE_RELEASE", status: "COMPLETED" }]);
    expect(await db.auditEntry.count({ where: { action: "LOAN_PAID_OFF", entityId: loan.id, actorId: borrower.user.id } })).toBe(1);

    // Paid off: nothing more can be prepaid or paid off.
    await expect(
      prepayLoan({
        actor: borrower.actor,
        loanId: loan.id,
        amount: "10000",
        mode: "LOWER_PAYMENT",
        idempotencyKey: "key-F001-b",
        now: at(D),
      }),
    ).rejects.toMatchObject({ code: "LOAN_NOT_SERVICED" });
  });

  it("a citizen who is not a party to the loan can neither quote nor prepay nor pay it off", async () => {
    const { loan } = await createLoan(borrower.depositor.id, { ...spec, loanNo: "F002" });
    await expect(quotePayoff({ actor: stranger.actor, loanId: loan.id, now: at(D) })).rejects.toMatchObject({ code: "LOAN_NOT_FOUND" });
    await expect(
      quotePrepayment({ actor: stranger.actor, loanId: loan.id, amount: "20000", mode: "SHORTEN_TERM", now: at(D) }),
    ).rejects.toMatchObject({ code: "LOAN_NOT_FOUND" });
    await expect(
      prepayLoan({
        actor: stranger.actor,
        loanId: loan.id,
        amount: "20000",
        mode: "SHORTEN_TERM",
        idempotencyKey: "key-F002-a",
        now: at(D),
      }),
    ).rejects.toMatchObject({ code: "LOAN_NOT_FOUND" });
    await expect(payOffLoan({ actor: stranger.actor, loanId: loan.id, idempotencyKey: "key-F002-b", now: at(D) })).rejects.toMatchObject({
      code: "LOAN_NOT_FOUND",
    });
    expect((await db.loan.findUniqueOrThrow({ where: { id: loan.id } })).status).toBe("ACTIVE");
  });
});
