import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dateColumn } from "@/lib/dates/calendar";
import { contributionStatementFor, repaymentStatementFor } from "@/lib/exports/history-queries";
import { statementFile } from "@/lib/exports/statement-file";
import { pdfText } from "../../unit/support/pdf-text";
import { acceptedLoan, createApplicant, createCenter, type Center } from "../cases/fixtures";

let c: Center;
beforeAll(async () => {
  c = await createCenter();
});

const zero = { penaltyInterest: "0", overdueInterest: "0", overduePrincipal: "0", prepaidPrincipal: "0", accruedInterest: "0" };

describe("history exports", () => {
  it("a borrower's repayment history: every repayment split into principal, interest and penalty, summed exactly, in CSV and PDF", async () => {
    const a = await createApplicant(c);
    const { loanId, loanNo } = await acceptedLoan(c, a);
    const rows = [
      { no: "HK20260410000001", date: "2026-04-10", amount: "2675.52", ci: "1083.33", cp: "1592.19", extra: {} },
      {
        no: "HK20260512000002",
        date: "2026-05-12",
        amount: "2702.31",
        ci: "1079.88",
        cp: "1592.19",
        extra: { penaltyInterest: "26.79", overdueInterest: "3.45" },
      },
      {
        no: "HK20260601000003",
        date: "2026-06-01",
        amount: "50000.00",
        ci: "0",
        cp: "0",
        extra: { prepaidPrincipal: "49900.00", accruedInterest: "100.00" },
      },
    ];
    for (const r of rows) {
      await db.repayment.create({
        data: {
          repaymentNo: r.no,
          loanId,
          kind: r.no.endsWith("3") ? "PREPAYMENT" : "SCHEDULED",
          source: "BANK",
          businessDate: dateColumn(r.date),
          amount: r.amount,
          currentInterest: r.ci,
          currentPrincipal: r.cp,
          ...zero,
          ...r.extra,
          idempotencyKey: `export-test:${r.no}`,
        },
      });
    }
    const statement = await repaymentStatementFor({ loanNo, depositorId: a.applicant.id, now: new Date("2026-06-02T03:00:00Z") });
    expect(statement!.rows).toEqual([
      ["2026-04-10", "HK20260410000001", "按月扣划", "银行卡代扣", "2675.52", "1592.19", "1083.33", "0.00"],
      ["2026-05-12", "HK20260512000002", "按月扣划", "银行卡代扣", "2702.31", "1592.19", "1083.33", "26.79"],
      ["2026-06-01", "HK20260601000003", "提前部分还款", "银行卡代扣", "50000.00", "49900.00", "100.00", "0.00"],
    ]);
    expect(statement!.totals).toEqual(["合计", "", "", "", "55377.83", "53084.38", "2266.66", "26.79"]);

    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
      (await statementFile(statement!, "csv", "南京住房公积金管理中心")).bytes,
    );
    expect(csv.split("\r\n")[0]).toBe("\uFEFF还款日期,流水号,方式,资金来源,还款金额,本金,利息,罚息");
    expect(csv).toContain("\r\n合计,,,,55377.83,53084.38,2266.66,26.79\r\n");
    const pdf = await statementFile(statement!, "pdf", "南京住房公积金管理中心");
    expect(pdf.fileName).toBe(`repayments-${loanNo}-2026-06-02.pdf`);
    const text = await pdfText(pdf.bytes);
    for (const figure of ["2675.52", "49900.00", "55377.83", "53084.38", "2266.66", "26.79", `贷款编号：${loanNo}`])
      expect(text).toContain(figure);
  });

  it("only the borrower (or co-borrower) gets a loan's history; another citizen gets nothing", async () => {
    const a = await createApplicant(c);
    const { loanId, loanNo } = await acceptedLoan(c, a);
    const stranger = await createApplicant(c);
    expect(await repaymentStatementFor({ loanNo, depositorId: stranger.applicant.id })).toBeNull();
    expect(await repaymentStatementFor({ loanNo, depositorId: a.spouse.id })).toBeNull();
    expect(await repaymentStatementFor({ loanNo, depositorId: a.applicant.id })).not.toBeNull();
    // Once the spouse is the loan's co-borrower, the spouse gets the same statement.
    await db.loan.update({ where: { id: loanId }, data: { coBorrowerId: a.spouse.id } });
    const asCoBorrower = await repaymentStatementFor({ loanNo, depositorId: a.spouse.id });
    expect(asCoBorrower).not.toBeNull();
    expect(asCoBorrower!.facts).toEqual((await repaymentStatementFor({ loanNo, depositorId: a.applicant.id }))!.facts);
    expect(await repaymentStatementFor({ loanNo, depositorId: stranger.applicant.id })).toBeNull();
  });

  it("a depositor's contribution history: every month, oldest first, with exact totals", async () => {
    const a = await createApplicant(c);
    const statement = await contributionStatementFor({ depositorId: a.applicant.id });
    expect(statement!.rows).toHaveLength(12);
    expect(statement!.rows[0]!.slice(1)).toEqual(["测试科技有限公司", "10000.00", "1200.00", "1200.00", "2400.00"]);
    const months = statement!.rows.map((r) => r[0]!);
    expect(months.every((m) => /^\d{4}-\d{2}$/.test(m))).toBe(true);
    expect(months).toEqual([...months].sort());
    expect(statement!.totals).toEqual(["合计", "", "", "14400.00", "14400.00", "28800.00"]);
    const text = await pdfText((await statementFile(statement!, "pdf", "南京住房公积金管理中心")).bytes);
    expect(text).toContain("28800.00");
    expect(text).toContain("账户余额：100000.00");
    expect(await contributionStatementFor({ depositorId: "nobody" })).toBeNull();
  });
});
