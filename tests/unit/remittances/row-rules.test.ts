import { describe, expect, it } from "vitest";
import { buildResidentId } from "@/lib/identity/resident-id";
import { checkHeader, checkRows, NOT_OUR_EMPLOYEE, toRows, type RowContext } from "@/lib/remittances/row-rules";

const A = buildResidentId("320102", "1990-01-01", 11);
const B = buildResidentId("320102", "1991-02-02", 12);
const OTHER = buildResidentId("320102", "1992-03-03", 13);

const ctx = (over: Partial<RowContext> = {}): RowContext => ({
  minBase: "2490.00",
  maxBase: "34500.00",
  yearRates: null,
  month: "2026-03-01",
  // Only this employer's accounts are ever looked up: OTHER (an account elsewhere) is not in it.
  accounts: new Map([
    [A, { accountId: "acc-a", status: "NORMAL", postedThisMonth: false, openedMonth: "2020-01-01" }],
    [B, { accountId: "acc-b", status: "NORMAL", postedThisMonth: false, openedMonth: "2026-03-01" }],
  ]),
  ...over,
});
const rows = (...cells: string[][]) => toRows(cells).rows;

describe("header", () => {
  it("needs the five Chinese columns in order", () => {
    expect(checkHeader(["身份证号", "姓名", "缴存基数", "单位比例", "个人比例"])).toEqual([]);
    expect(checkHeader(["身份证号", "姓名", "基数"]).map((e) => e.reason)).toEqual([
      "第3列表头应为“缴存基数”，实际为“基数”",
      "第4列表头应为“单位比例”，实际为“（缺失）”",
      "第5列表头应为“个人比例”，实际为“（缺失）”",
    ]);
  });
  it("a row with the wrong number of cells is reported by row", () => {
    expect(toRows([["1", "2"]]).errors).toEqual([{ row: 2, column: "文件", reason: "应有 5 列，实际 2 列" }]);
  });
});

describe("checkRows", () => {
  it("computes both parts half-up to the fen", () => {
    const { valid, errors } = checkRows(rows([A, "张三", "8333.33", "12", "12"], [B, "李四", "2490.00", "12", "12"]), ctx());
    expect(errors).toEqual([]);
    expect(valid.map((v) => [v.row, v.accountId, v.employerAmount, v.personalAmount])).toEqual([
      [2, "acc-a", "1000.00", "1000.00"], // 999.9996
      [3, "acc-b", "298.80", "298.80"],
    ]);
  });

  it("base between the minimum wage and 3 × the average wage, inclusive", () => {
    const r = checkRows(rows([A, "张三", "2489.99", "12", "12"], [B, "李四", "34500.01", "12", "12"]), ctx());
    expect(r.errors).toEqual([
      { row: 2, column: "缴存基数", reason: "不能低于最低工资 2490.00 元" },
      { row: 3, column: "缴存基数", reason: "不能高于上年平均工资的3倍 34500.00 元" },
    ]);
    expect(checkRows(rows([A, "张三", "34500.00", "12", "12"]), ctx()).errors).toEqual([]);
  });

  it("rates 5–12 %, two decimals, one pair for the whole employer", () => {
    const r = checkRows(rows([A, "张三", "5000", "4.99", "12.01"], [B, "李四", "5000", "7.555", "7"]), ctx());
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "单位比例"],
      [2, "个人比例"],
      [3, "单位比例"],
    ]);
    const mixed = checkRows(rows([A, "张三", "5000", "10", "10"], [B, "李四", "5000", "12", "10"]), ctx());
    expect(mixed.errors).toEqual([{ row: 3, column: "单位比例", reason: "本缴存年度单位比例为 10.00%，全体职工须一致" }]);
    const fixed = checkRows(rows([A, "张三", "5000", "10", "10"]), ctx({ yearRates: { employer: "12.00", personal: "12.00" } }));
    expect(fixed.errors.map((e) => e.column)).toEqual(["单位比例", "个人比例"]);
  });

  it("ID number, account, employer, duplicates, formulas and fractions of a fen; the name is never compared", () => {
    const r = checkRows(
      rows(
        ["320102199001010000", "张三", "5000", "12", "12"],
        [OTHER, "王五", "5000", "12", "12"],
        [A, "张3", "5000", "12", "12"],
        [B, "李四", "=1+1", "12", "12"],
        [B, "李四", "5000.001", "12", "12"],
        [A, "张三", "5000", "12", "12"],
      ),
      ctx(),
    );
    expect(r.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [2, "身份证号", "身份证号校验位不正确，请核对后重新输入"],
      [3, "身份证号", NOT_OUR_EMPLOYEE],
      [5, "缴存基数", "单元格不能以 = + - @ 开头（不接受公式）"],
      [6, "缴存基数", "应为金额，最多两位小数，例如 8000.00"],
      [7, "身份证号", "与第4行重复：每人只能有一行"],
    ]);
    // Row 4's name differs from the registered one and still passes: names are not compared.
    expect(r.valid.map((v) => [v.row, v.name])).toEqual([[4, "张3"]]);
  });

  it("after the bounds narrow, the employer's own rates still pass; a different pair outside them does not", () => {
    const narrow = { rateBounds: { min: "6.00", max: "10.00" }, keptRates: { employer: "12.00", personal: "11.00" } };
    expect(checkRows(rows([A, "张三", "5000", "12", "11"]), ctx(narrow)).errors).toEqual([]);
    expect(checkRows(rows([A, "张三", "5000", "11", "12"]), ctx(narrow)).errors).toEqual([
      { row: 2, column: "单位比例", reason: "应在 6% 至 10% 之间" },
      { row: 2, column: "个人比例", reason: "应在 6% 至 10% 之间" },
    ]);
    expect(checkRows(rows([A, "张三", "5000", "12", "11"]), ctx({ rateBounds: narrow.rateBounds })).errors.map((e) => e.column)).toEqual([
      "单位比例",
      "个人比例",
    ]);
  });

  it("an account still active at another employer is named only to a row with the registered name", () => {
    const unknown = buildResidentId("320102", "1993-04-04", 14);
    const activeElsewhere = new Map([[OTHER, "王五"]]);
    const r = checkRows(rows([OTHER, " 王五 ", "5000", "12", "12"], [unknown, "王五", "5000", "12", "12"]), ctx({ activeElsewhere }));
    expect(r.errors).toEqual([
      { row: 2, column: "身份证号", reason: "该职工账户仍在其他单位缴存，请先办理转移" },
      { row: 3, column: "身份证号", reason: NOT_OUR_EMPLOYEE },
    ]);
    const wrongName = checkRows(rows([OTHER, "王六", "5000", "12", "12"]), ctx({ activeElsewhere }));
    expect(wrongName.errors).toEqual([{ row: 2, column: "身份证号", reason: NOT_OUR_EMPLOYEE }]);
  });

  it("gives the same message for no account and an account at another employer", () => {
    const unknown = buildResidentId("320102", "1993-04-04", 14);
    const r = checkRows(rows([OTHER, "王五", "5000", "12", "12"], [unknown, "赵六", "5000", "12", "12"]), ctx());
    expect(r.errors).toEqual([
      { row: 2, column: "身份证号", reason: "该身份证号不是本单位的在册缴存职工，请核对，或先办理开户、转入" },
      { row: 3, column: "身份证号", reason: "该身份证号不是本单位的在册缴存职工，请核对，或先办理开户、转入" },
    ]);
  });

  it("refuses a month before the employee's account was opened", () => {
    expect(checkRows(rows([B, "李四", "5000", "12", "12"]), ctx({ month: "2026-02-01" })).errors).toEqual([
      { row: 2, column: "身份证号", reason: "该职工账户于2026年03月开户，不能汇缴开户前的月份" },
    ]);
    expect(checkRows(rows([B, "李四", "5000", "12", "12"]), ctx({ month: "2026-03-01" })).errors).toEqual([]);
  });

  it("refuses a person already posted this month", () => {
    const accounts = ctx().accounts;
    accounts.set(A, { ...accounts.get(A)!, postedThisMonth: true });
    expect(checkRows(rows([A, "张三", "5000", "12", "12"]), ctx({ accounts })).errors[0]?.reason).toBe("该职工本月已汇缴，不能重复汇缴");
  });
});

describe("the employee lifecycle in the row check", () => {
  it("a sealed account takes no contribution; the stored rate bounds are used, with their figures in the message", () => {
    const sealed = ctx({
      accounts: new Map([[A, { accountId: "acc-a", status: "SEALED", postedThisMonth: false, openedMonth: "2020-01-01" }]]),
    });
    expect(checkRows(rows([A, "张三", "5000", "12", "12"]), sealed).errors).toEqual([
      { row: 2, column: "身份证号", reason: "该职工账户已封存，封存期间不能汇缴；如已回到本单位工作，请先办理增员（启封）" },
    ]);
    const narrow = ctx({ rateBounds: { min: "6.00", max: "10.00" } });
    expect(checkRows(rows([A, "张三", "5000", "12", "5"]), narrow).errors).toEqual([
      { row: 2, column: "单位比例", reason: "应在 6% 至 10% 之间" },
      { row: 2, column: "个人比例", reason: "应在 6% 至 10% 之间" },
    ]);
    expect(checkRows(rows([A, "张三", "5000", "10", "6"]), narrow).errors).toEqual([]);
  });
});
