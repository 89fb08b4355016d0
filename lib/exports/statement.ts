import { formatYuan, money, sumMoney, type MoneyInput } from "@/lib/money";
import { toCsv } from "@/lib/csv/write-csv";

/**
 * A citizen's history statement (repayments of a loan, contributions of an account) as one pure
 * model that both the CSV and the PDF are written from, so the two files always show the same
 * figures. Money cells are plain yuan with two decimals ("1234.50"), computed with decimal.js.
 */
export type StatementColumn = { header: string; align: "left" | "right"; width: number };

export type Statement = {
  title: string;
  /** File name without extension (ASCII-safe parts only; the route adds .csv / .pdf). */
  fileBase: string;
  facts: [label: string, value: string][];
  columns: StatementColumn[];
  rows: string[][];
  /** The 合计 row: blank cells where a sum means nothing. */
  totals: string[];
};

export type RepaymentLine = {
  repaymentNo: string;
  businessDate: string;
  kindLabel: string;
  sourceLabel: string;
  amount: MoneyInput;
  penaltyInterest: MoneyInput;
  overdueInterest: MoneyInput;
  overduePrincipal: MoneyInput;
  currentInterest: MoneyInput;
  currentPrincipal: MoneyInput;
  prepaidPrincipal: MoneyInput;
  accruedInterest: MoneyInput;
};

/** Principal and interest of one repayment: overdue + current + paid ahead; penalty apart. */
export function splitRepayment(r: RepaymentLine): { principal: string; interest: string; penalty: string } {
  return {
    principal: formatYuan(sumMoney([r.overduePrincipal, r.currentPrincipal, r.prepaidPrincipal])),
    interest: formatYuan(sumMoney([r.overdueInterest, r.currentInterest, r.accruedInterest])),
    penalty: formatYuan(r.penaltyInterest),
  };
}

const sumColumn = (rows: string[][], index: number) => formatYuan(sumMoney(rows.map((r) => r[index] ?? "0")));

export function repaymentStatement(opts: {
  loanNo: string;
  borrowerName: string;
  principal: MoneyInput;
  outstanding: MoneyInput;
  issuedOn: string;
  /** Oldest first. */
  repayments: RepaymentLine[];
}): Statement {
  const rows = opts.repayments.map((r) => {
    const s = splitRepayment(r);
    return [r.businessDate, r.repaymentNo, r.kindLabel, r.sourceLabel, formatYuan(r.amount), s.principal, s.interest, s.penalty];
  });
  return {
    title: "个人住房公积金贷款还款明细",
    fileBase: `repayments-${opts.loanNo}-${opts.issuedOn}`,
    facts: [
      ["贷款编号", opts.loanNo],
      ["借款人", opts.borrowerName],
      ["贷款金额", formatYuan(opts.principal)],
      ["剩余本金", formatYuan(opts.outstanding)],
      ["还款笔数", String(rows.length)],
      ["出具日期", opts.issuedOn],
    ],
    columns: [
      { header: "还款日期", align: "left", width: 58 },
      { header: "流水号", align: "left", width: 92 },
      { header: "方式", align: "left", width: 60 },
      { header: "资金来源", align: "left", width: 58 },
      { header: "还款金额", align: "right", width: 66 },
      { header: "本金", align: "right", width: 66 },
      { header: "利息", align: "right", width: 60 },
      { header: "罚息", align: "right", width: 52 },
    ],
    rows,
    totals: ["合计", "", "", "", sumColumn(rows, 4), sumColumn(rows, 5), sumColumn(rows, 6), sumColumn(rows, 7)],
  };
}

export type ContributionLine = {
  month: string;
  employerName: string;
  base: MoneyInput;
  employerAmount: MoneyInput;
  personalAmount: MoneyInput;
};

export function contributionStatement(opts: {
  accountNo: string;
  holderName: string;
  balance: MoneyInput;
  issuedOn: string;
  /** Oldest first. */
  contributions: ContributionLine[];
}): Statement {
  const rows = opts.contributions.map((c) => [
    c.month,
    c.employerName,
    formatYuan(c.base),
    formatYuan(c.employerAmount),
    formatYuan(c.personalAmount),
    formatYuan(money(c.employerAmount).plus(money(c.personalAmount))),
  ]);
  return {
    title: "住房公积金缴存明细",
    fileBase: `contributions-${opts.accountNo}-${opts.issuedOn}`,
    facts: [
      ["公积金账号", opts.accountNo],
      ["姓名", opts.holderName],
      ["账户余额", formatYuan(opts.balance)],
      ["缴存月数", String(rows.length)],
      ["出具日期", opts.issuedOn],
    ],
    columns: [
      { header: "缴存月份", align: "left", width: 56 },
      { header: "缴存单位", align: "left", width: 190 },
      { header: "缴存基数", align: "right", width: 66 },
      { header: "单位部分", align: "right", width: 66 },
      { header: "个人部分", align: "right", width: 66 },
      { header: "合计", align: "right", width: 68 },
    ],
    rows,
    totals: ["合计", "", "", sumColumn(rows, 3), sumColumn(rows, 4), sumColumn(rows, 5)],
  };
}

/** The statement as CSV (lib/csv: BOM, quoting, formulas defused): the table and its 合计 row. */
export function statementCsv(s: Statement): string {
  return toCsv(
    s.columns.map((c) => c.header),
    [...s.rows, s.totals],
  );
}
