import { beforeAll, describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { repayOnline } from "@/lib/servicing/use-cases/repay-online";
import { at, createCitizen, createEmployer, createLoan, createOfficer, installmentsOf } from "./fixtures";

// ¥120,000 at 3.1 % over 12 months, first due 2026-01-15; seqs 1–3 paid. On 2026-05-20 seq 4
// (2026-04-15: principal 9,935.31, interest 233.40) and seq 5 (2026-05-15: 9,960.98 + 207.73) are
// overdue. The batch posts one day of penalty: 19,896.29 × 4.65 % ÷ 360 = 2.5699… → 2.57.
// Arrears = 2.57 + 441.13 + 19,896.29 = 20,339.99.
const D = "2026-05-20";
const spec = {
  principal: "120000.00",
  annualRatePercent: "3.1",
  months: 12,
  firstDueDate: "2026-01-15",
  disbursedOn: "2025-12-15",
  paidSeqs: [1, 2, 3],
};

let borrower: Awaited<ReturnType<typeof createCitizen>>;
let coBorrower: Awaited<ReturnType<typeof createCitizen>>;
let stranger: Awaited<ReturnType<typeof createCitizen>>;
let loanIds: Record<string, string>;

beforeAll(async () => {
  const employer = await createEmployer();
  borrower = await createCitizen(employer.id, { name: "王借款" });
  coBorrower = await createCitizen(employer.id, { name: "李共借" });
  stranger = await createCitizen(employer.id, { name: "赵路人" });
  await createOfficer("risk01");
  loanIds = {};
  for (const loanNo of ["R001", "R002", "R003"])
    loanIds[loanNo] = (await createLoan(borrower.depositor.id, { ...spec, loanNo, coBorrowerId: coBorrower.depositor.id })).loan.id;
  await runDailyBatch({ businessDate: D, now: at(D) });
});

describe("online repayment (在线还款)", () => {
  it("the batch left R001 overdue (2 periods) with a penalty of 2.57 and an open collection case", async () => {
    expect(await db.loan.findUniqueOrThrow({ where: { id: loanIds.R001! } })).toMatchObject({ status: "OVERDUE", overduePeriods: 2 });
    expect((await db.penaltyPosting.findFirstOrThrow({ where: { loanId: loanIds.R001! } })).amount.toFixed(2)).toBe("2.57");
    expect(await db.collectionCase.findFirstOrThrow({ where: { loanId: loanIds.R001! } })).toMatchObject({ status: "OPEN" });
  });

  it("the default amount clears the arrears in the deduction order; the loan is ACTIVE and its case closed (销号) at once", async () => {
    const result = await repayOnline({ actor: borrower.actor, loanId: loanIds.R001!, idempotencyKey: "key-R001-a", now: at(D) });
    expect(result).toMatchObject({ kind: "ONLINE", amount: "20339.99", loanStatus: "ACTIVE", duplicate: false, businessDate: D });
    expect(result.allocation).toEqual([
      { bucket: "OVERDUE_PENALTY_INTEREST", label: "逾期罚息", amount: "2.57" },
      { bucket: "OVERDUE_INTEREST", label: "逾期利息", amount: "441.13" },
      { bucket: "OVERDUE_PRINCIPAL", label: "逾期本金", amount: "19896.29" },
    ]);
    const loan = await db.loan.findUniqueOrThrow({ where: { id: loanIds.R001! } });
    expect(loan).toMatchObject({ status: "ACTIVE", overduePeriods: 0, consecutiveOverduePeriods: 0 });
    expect(loan.outstandingPrincipal.toFixed(2)).toBe("70451.11");
    expect(loan.penaltyPaid.toFixed(2)).toBe("2.57");
    const rows = await installmentsOf(loanIds.R001!);
    expect(rows.slice(3, 6).map((i) => [i.seq, i.status, i.paidPrincipal, i.paidInterest])).toEqual([
      [4, "PAID", "9935.31", "233.40"],
      [5, "PAID", "9960.98", "207.73"],
      [6, "PENDING", "0.00", "0.00"],
    ]);
    const collection = await db.collectionCase.findFirstOrThrow({ where: { loanId: loanIds.R001! } });
    expect(collection).toMatchObject({ status: "CLOSED", openKey: null, closedOn: dateColumn(D) });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "REPAYMENT_ONLINE", actorId: borrower.user.id } });
    expect(audit).toMatchObject({ fromState: "OVERDUE", toState: "ACTIVE" });
  });

  it("a part payment fills the buckets in order (penalty, then the oldest interest) and leaves the case open", async () => {
    const result = await repayOnline({
      actor: coBorrower.actor,
      loanId: loanIds.R002!,
      amount: "102.57",
      idempotencyKey: "key-R002-a",
      now: at(D),
    });
    expect(result.allocation.map((l) => [l.bucket, l.amount])).toEqual([
      ["OVERDUE_PENALTY_INTEREST", "2.57"],
      ["OVERDUE_INTEREST", "100.00"],
    ]);
    expect(result.loanStatus).toBe("OVERDUE");
    const rows = await installmentsOf(loanIds.R002!);
    expect([rows[3]!.paidInterest, rows[4]!.paidInterest]).toEqual(["100.00", "0.00"]);
    expect(await db.collectionCase.findFirstOrThrow({ where: { loanId: loanIds.R002! } })).toMatchObject({ status: "OPEN" });
  });

  it("a double submit pays once: both answers name the first repayment, the card is debited once", async () => {
    await db.simulatedBankAccount.create({ data: { accountNo: "6222020000000001", holderName: "王借款", balance: "30000.00" } });
    const submit = () =>
      repayOnline({
        actor: borrower.actor,
        loanId: loanIds.R003!,
        cardAccount: "6222020000000001",
        idempotencyKey: "key-R003-a",
        now: at(D),
      });
    const [a, b] = await Promise.all([submit(), submit()]);
    expect(a.repaymentNo).toBe(b.repaymentNo);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    const again = await submit();
    expect(again).toMatchObject({ repaymentNo: a.repaymentNo, duplicate: true, amount: "20339.99" });
    expect(await db.repayment.count({ where: { loanId: loanIds.R003! } })).toBe(1);
    expect((await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: "6222020000000001" } })).balance.toFixed(2)).toBe(
      "9660.01",
    );
  });

  it("refuses more than is due now, and a card without the money; nothing is written", async () => {
    const before = await db.repayment.count();
    await expect(
      repayOnline({ actor: borrower.actor, loanId: loanIds.R002!, amount: "20237.43", idempotencyKey: "key-R002-b", now: at(D) }),
    ).rejects.toMatchObject({
      code: "AMOUNT_OVER_DUE",
      field: "amount",
      details: { max: "20237.42" },
    });
    await expect(
      repayOnline({
        actor: borrower.actor,
        loanId: loanIds.R002!,
        amount: "10000.00",
        cardAccount: "6222020000000001",
        idempotencyKey: "key-R002-c",
        now: at(D),
      }),
    ).rejects.toMatchObject({
      code: "BANK_INSUFFICIENT_FUNDS",
    });
    expect(await db.repayment.count()).toBe(before);
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanIds.R002! } })).status).toBe("OVERDUE");
  });

  it("nothing is due on a loan whose arrears are cleared until its next due date", async () => {
    await expect(
      repayOnline({ actor: borrower.actor, loanId: loanIds.R001!, idempotencyKey: "key-R001-b", now: at(D) }),
    ).rejects.toMatchObject({ code: "NOTHING_DUE" });
  });

  it("a citizen who is neither borrower nor co-borrower cannot repay the loan (LOAN_NOT_FOUND), nor reuse its key", async () => {
    await expect(
      repayOnline({ actor: stranger.actor, loanId: loanIds.R002!, idempotencyKey: "key-stranger", now: at(D) }),
    ).rejects.toMatchObject({ code: "LOAN_NOT_FOUND" });
    await expect(
      repayOnline({ actor: stranger.actor, loanId: loanIds.R002!, idempotencyKey: "key-R002-a", now: at(D) }),
    ).rejects.toMatchObject({ code: "LOAN_NOT_FOUND" });
    await expect(
      repayOnline({ actor: borrower.actor, loanId: loanIds.R001!, idempotencyKey: "key-R002-a", now: at(D) }),
    ).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });
  });
});
