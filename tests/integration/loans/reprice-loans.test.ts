import { beforeAll, describe, expect, it } from "vitest";
import { addMonthsClamped, dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { DEFAULT_LOAN_POLICY, type LoanPolicyRules } from "@/lib/loans/policy";
import { repriceLoans } from "@/lib/loans/reprice-loans";
import { buildSchedule } from "@/lib/loans/schedule";
import { money, sumMoney } from "@/lib/money";
import { createCitizen, createEmployer, createLoan, installmentsOf } from "../servicing/use-cases/fixtures";

// Policy v2 raises every rate by 0.25: first home 2.35 / 2.85, second home 2.775 / 3.325.
const V2: LoanPolicyRules = {
  ...DEFAULT_LOAN_POLICY,
  rates: { firstHome: { upTo5Years: "2.35", over5Years: "2.85" }, secondHome: { upTo5Years: "2.775", over5Years: "3.325" } },
};
const JAN1 = "2026-01-01";

type Loans = Record<"Q001" | "Q002" | "Q003" | "Q004" | "Q005" | "Q006", string>;
let ids: Loans;
let before: Record<string, Awaited<ReturnType<typeof installmentsOf>>>;

/** The tail from `fromSeq` rebuilt by buildSchedule at `rate`, on the loan's own due days. */
function expectedTail(rows: Awaited<ReturnType<typeof installmentsOf>>, fromSeq: number, rate: string, firstDueDate: string) {
  const tail = rows.filter((r) => r.seq >= fromSeq);
  const schedule = buildSchedule({
    principal: sumMoney(tail.map((r) => r.principal)).toFixed(2),
    annualRatePercent: rate,
    months: tail.length,
    method: "EQUAL_INSTALLMENT",
    firstDueDate: addMonthsClamped(firstDueDate, fromSeq - 1),
  });
  return schedule.installments.map((i) => ({
    ...i,
    seq: i.seq + fromSeq - 1,
    dueDate: addMonthsClamped(firstDueDate, i.seq + fromSeq - 2),
  }));
}

const plain = (rows: Awaited<ReturnType<typeof installmentsOf>>) =>
  rows.map(({ seq, dueDate, payment, principal, interest, balanceAfter }) => ({
    seq,
    dueDate,
    payment,
    principal,
    interest,
    balanceAfter,
  }));

beforeAll(async () => {
  await db.loanPolicy.createMany({
    data: [
      { version: 1, rules: DEFAULT_LOAN_POLICY },
      { version: 2, rules: V2 },
    ],
  });
  const employer = await createEmployer();
  const { depositor } = await createCitizen(employer.id, { name: "钱调价" });
  const make = async (loanNo: string, spec: Omit<Parameters<typeof createLoan>[1], "loanNo" | "principal" | "disbursedOn">) =>
    (await createLoan(depositor.id, { loanNo, principal: "300000.00", disbursedOn: "2025-01-01", ...spec })).loan.id;
  const range = (n: number) => Array.from({ length: n }, (_, k) => k + 1);
  ids = {
    // First home, 20 years at v1's 2.6: seqs 1–7 paid (to 2025-12-15), reprices from seq 8.
    Q001: await make("Q001", { annualRatePercent: "2.6", months: 240, firstDueDate: "2025-06-15", paidSeqs: range(7) }),
    // Already at v2's rate: untouched.
    Q002: await make("Q002", { annualRatePercent: "2.85", months: 240, firstDueDate: "2025-06-15", paidSeqs: range(7) }),
    // Second home, 36 months (≤ 5 years): seq 6 (2025-12-20) overdue keeps 2.525; reprices from seq 7.
    Q003: await make("Q003", {
      annualRatePercent: "2.525",
      months: 36,
      isFirstHome: false,
      firstDueDate: "2025-07-20",
      paidSeqs: range(5),
    }),
    // Paid off: untouched.
    Q004: await make("Q004", { annualRatePercent: "2.6", months: 240, firstDueDate: "2025-06-15", paidSeqs: range(7) }),
    // Seq 3 (2026-01-10) paid ahead: reprices from seq 4, never rewriting a paid installment.
    Q005: await make("Q005", { annualRatePercent: "2.6", months: 120, firstDueDate: "2025-11-10", paidSeqs: [1, 2, 3] }),
    // 5 years (≤ 60 months) due on the 31st: 2.1 → 2.35 from seq 13 (2026-01-31), February clamped.
    Q006: await make("Q006", { annualRatePercent: "2.1", months: 60, firstDueDate: "2025-01-31", paidSeqs: range(12) }),
  };
  await db.loan.update({ where: { id: ids.Q004 }, data: { status: "PAID_OFF" } });
  before = {};
  for (const [loanNo, id] of Object.entries(ids)) before[loanNo] = await installmentsOf(id);
});

describe("repricing on 1 January (repriceLoans)", () => {
  it("refuses any date but 1 January", async () => {
    await expect(repriceLoans({ effectiveDate: "2026-03-01" })).rejects.toMatchObject({
      code: "REPRICING_DATE_NOT_JAN_1",
      field: "effectiveDate",
    });
    await expect(repriceLoans({ effectiveDate: "2026-1-1" })).rejects.toMatchObject({ code: "INVALID_DATE" });
    expect(await db.loanRepricing.count()).toBe(0);
  });

  it("a run killed after its first chunk, then rerun, reprices each loan exactly once", async () => {
    await expect(
      repriceLoans({
        effectiveDate: JAN1,
        chunkSize: 2,
        onChunk: () => {
          throw new Error("killed");
        },
      }),
    ).rejects.toThrow("killed");
    expect(await db.loanRepricing.count()).toBe(2);
    const resumed = await repriceLoans({ effectiveDate: JAN1, chunkSize: 2 });
    expect(resumed).toMatchObject({ effectiveDate: JAN1, policyVersion: 2, loansRepriced: 2 });
    expect(await db.loanRepricing.count()).toBe(4);
  });

  it("rebuilds exactly the tail buildSchedule gives at the new rate; paid and overdue installments keep theirs", async () => {
    const cases = [
      ["Q001", 8, "2.85", "2025-06-15", "2.600"],
      ["Q003", 7, "2.775", "2025-07-20", "2.525"],
      ["Q005", 4, "2.85", "2025-11-10", "2.600"],
      ["Q006", 13, "2.35", "2025-01-31", "2.100"],
    ] as const;
    for (const [loanNo, fromSeq, rate, firstDueDate, fromRate] of cases) {
      const after = await installmentsOf(ids[loanNo]);
      const old = before[loanNo]!;
      expect(after.slice(0, fromSeq - 1), loanNo).toEqual(old.slice(0, fromSeq - 1));
      expect(plain(after.slice(fromSeq - 1)), loanNo).toEqual(expectedTail(old, fromSeq, rate, firstDueDate));
      expect(after.length, loanNo).toBe(old.length);
      const loan = await db.loan.findUniqueOrThrow({ where: { id: ids[loanNo] }, include: { repricings: true } });
      expect(loan.annualRatePercent.toFixed(3), loanNo).toBe(money(rate).toFixed(3));
      expect(
        loan.repricings.map((r) => [r.effectiveDate, r.fromRatePercent.toFixed(3), r.toRatePercent.toFixed(3), r.fromSeq, r.policyVersion]),
      ).toEqual([[dateColumn(JAN1), fromRate, loan.annualRatePercent.toFixed(3), fromSeq, 2]]);
    }
    // Q003's overdue seq 6 stays at the old amounts, unpaid.
    expect((await installmentsOf(ids.Q003))[5]).toEqual(before.Q003![5]);
    // Hand check, Q001 seq 8: 293,275.90 (balance after seq 7) × 2.85 % ÷ 12 = 696.5302… → 696.53.
    const q001 = await installmentsOf(ids.Q001);
    expect(q001[7]).toMatchObject({ seq: 8, dueDate: "2026-01-15" });
    expect([before.Q001![6]!.balanceAfter, q001[7]!.interest]).toEqual(["293275.90", "696.53"]);
    // Q006 keeps the 31st, clamped in February.
    expect((await installmentsOf(ids.Q006)).slice(12, 14).map((r) => r.dueDate)).toEqual(["2026-01-31", "2026-02-28"]);
  });

  it("leaves loans at the policy rate and paid-off loans alone, and a second run changes nothing", async () => {
    expect(await installmentsOf(ids.Q002)).toEqual(before.Q002);
    expect(await installmentsOf(ids.Q004)).toEqual(before.Q004);
    const snapshot = await Promise.all(Object.values(ids).map((id) => installmentsOf(id)));
    const again = await repriceLoans({ effectiveDate: JAN1 });
    expect(again).toMatchObject({ loansRepriced: 0, installmentsRebuilt: 0 });
    expect(await Promise.all(Object.values(ids).map((id) => installmentsOf(id)))).toEqual(snapshot);
    expect(await db.loanRepricing.count()).toBe(4);
    expect(await db.auditEntry.count({ where: { action: "LOAN_REPRICED" } })).toBe(4);
  });
});
