import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dateColumn } from "@/lib/dates/calendar";
import { formatYuan, sumMoney } from "@/lib/money";
import { overdueRate, overdueRatePercent } from "@/lib/servicing/overdue-rate";
import {
  agingBucketFigures,
  collectorFigures,
  dailyOverdueTrend,
  liveOverdueRate,
  monthlyOverdueTrend,
} from "@/lib/collections/dashboard-queries";
import { loanArrears } from "@/lib/collections/loan-arrears";
import { logCollectionContact } from "@/lib/collections/log-contact";
import { DAY_MS, NOW, TODAY, call, collectionsWorld, type World } from "./fixtures";

let w: World;
beforeAll(async () => {
  w = await collectionsWorld();
});

const stat = (date: string, total: string, overdue: string) => ({
  businessDate: dateColumn(date),
  totalPrincipal: total,
  overduePrincipal: overdue,
  loanCount: 10,
  overdueLoanCount: 2,
  overdueBorrowerCount: 2,
  bucket1Loans: 1,
  bucket2to5Loans: 1,
  bucket6PlusLoans: 0,
  bucket1Principal: "0.00",
  bucket2to5Principal: overdue,
  bucket6PlusPrincipal: "0.00",
});

describe("risk dashboards", () => {
  it("the live overdue rate is overdueRate() of the same Loan rows", async () => {
    const rows = await db.loan.findMany({ select: { borrowerId: true, status: true, outstandingPrincipal: true } });
    const live = await liveOverdueRate();
    expect(live).toEqual(overdueRate(rows.map((r) => ({ ...r, outstandingPrincipal: r.outstandingPrincipal.toFixed(2) }))));
    // L001, L002 (borrower 1) and L005 (borrower 1 again) are overdue; five loans in repayment.
    expect(live).toMatchObject({ loanCount: 5, overdueLoanCount: 3, overdueBorrowerCount: 2 });
    // The batch's own end-of-day row for today agrees.
    expect((await dailyOverdueTrend(NOW)).at(-1)).toEqual({
      date: TODAY,
      totalPrincipal: live.totalPrincipal,
      overduePrincipal: live.overduePrincipal,
      ratePercent: live.ratePercent,
      loanCount: 5,
      overdueLoanCount: 3,
      overdueBorrowerCount: 2,
    });
  });

  it("aging buckets split the overdue balance by the batch's overdue periods", async () => {
    const live = await liveOverdueRate();
    const balance = async (...loanNos: string[]) =>
      formatYuan(sumMoney((await db.loan.findMany({ where: { loanNo: { in: loanNos } } })).map((l) => l.outstandingPrincipal)));
    const [b1, b25] = [await balance("L005"), await balance("L001", "L002")];
    expect(await agingBucketFigures(live)).toEqual([
      {
        bucket: "1",
        label: "逾期1期",
        loans: 1,
        principal: b1,
        shareOfOverdue: overdueRatePercent(b1, live.overduePrincipal),
        shareOfTotal: overdueRatePercent(b1, live.totalPrincipal),
      },
      {
        bucket: "2-5",
        label: "逾期2至5期",
        loans: 2,
        principal: b25,
        shareOfOverdue: overdueRatePercent(b25, live.overduePrincipal),
        shareOfTotal: overdueRatePercent(b25, live.totalPrincipal),
      },
      { bucket: "6+", label: "逾期6期以上", loans: 0, principal: "0.00", shareOfOverdue: "0.00", shareOfTotal: "0.00" },
    ]);
  });

  it("trends: the last 60 days by day, and the last stat of each of the last 12 months", async () => {
    await db.overdueDailyStat.createMany({
      data: [
        stat("2025-05-31", "1000000.00", "50000.00"),
        stat("2025-06-15", "1000000.00", "40000.00"),
        stat("2025-06-30", "1000000.00", "12345.67"),
        stat("2026-03-21", "2000000.00", "10000.00"),
        stat("2026-03-22", "2000000.00", "20000.00"),
        stat("2026-04-10", "2000000.00", "30000.00"),
        stat("2026-04-30", "2000000.00", "25000.00"),
      ],
    });
    const daily = await dailyOverdueTrend(NOW);
    expect(daily.map((p) => p.date)).toEqual(["2026-03-22", "2026-04-10", "2026-04-30", TODAY]);
    expect(daily.slice(0, 3).map((p) => p.ratePercent)).toEqual(["1.00", "1.50", "1.25"]);
    const monthly = await monthlyOverdueTrend(NOW);
    expect(monthly.map((p) => [p.date, p.ratePercent])).toEqual([
      ["2025-06-30", "1.23"],
      ["2026-03-22", "1.00"],
      ["2026-04-30", "1.25"],
      [TODAY, daily.at(-1)!.ratePercent],
    ]);
  });

  it("per collector: open cases, their overdue principal and balance, contacts and promises of the last 30 days", async () => {
    await logCollectionContact({ actor: w.actors.risk01, input: call(w.caseOf("L001").id), now: NOW });
    await logCollectionContact({
      actor: w.actors.risk01,
      input: call(w.caseOf("L005").id, { promisedAmount: "800.00", promisedDate: TODAY }),
      now: NOW,
    });
    await logCollectionContact({
      actor: w.actors.risk02,
      input: call(w.caseOf("L002").id, { promisedAmount: "500.00", promisedDate: "2026-05-25" }),
      now: NOW,
    });
    const tomorrow = new Date(NOW.getTime() + DAY_MS);

    const sums = async (...loanNos: string[]) => {
      const loans = loanNos.map((n) => w.caseOf(n).loanId);
      const arrears = await Promise.all(loans.map((id) => loanArrears(db, id, "2026-05-21")));
      const balances = await db.loan.findMany({ where: { id: { in: loans } } });
      return {
        overduePrincipal: formatYuan(sumMoney(arrears.map((a) => a.status.overduePrincipal))),
        loanBalance: formatYuan(sumMoney(balances.map((l) => l.outstandingPrincipal))),
      };
    };
    expect(await collectorFigures(tomorrow)).toEqual([
      {
        collectorId: w.users.risk01.id,
        name: "risk01",
        openCases: 2,
        ...(await sums("L001", "L005")),
        contacts: 2,
        promisesKept: 0,
        promisesBroken: 1,
        promisesPending: 0,
      },
      {
        collectorId: w.users.risk02.id,
        name: "risk02",
        openCases: 1,
        ...(await sums("L002")),
        contacts: 1,
        promisesKept: 0,
        promisesBroken: 0,
        promisesPending: 1,
      },
    ]);

    // 500.00 received on L002 before its promised date: kept. An unassigned case gets its own row.
    await db.repayment.create({
      data: {
        repaymentNo: "HK-DASH-1",
        loanId: w.caseOf("L002").loanId,
        kind: "ONLINE",
        source: "ONLINE",
        businessDate: dateColumn("2026-05-21"),
        amount: "500.00",
        idempotencyKey: "dashboard-test-1",
      },
    });
    await db.collectionCase.update({ where: { id: w.caseOf("L002").id }, data: { collectorId: null } });
    const figures = await collectorFigures(tomorrow);
    expect(figures.map((f) => [f.name, f.openCases, f.promisesKept, f.promisesPending])).toEqual([
      ["risk01", 2, 0, 0],
      ["risk02", 0, 1, 0],
      [null, 1, 0, 0],
    ]);
    expect(figures[2]).toMatchObject({ collectorId: null, ...(await sums("L002")) });
  });
});
