import { isYuanString, money, percentOf } from "@/lib/money";
import { normalizeResidentId, parseResidentId, RESIDENT_ID_MESSAGES } from "@/lib/identity/resident-id";
import { boundsText, DEFAULT_RATE_BOUNDS, rateProblemKeeping, type RateBounds } from "@/lib/employers/rate-bounds";
import { REMITTANCE_ROW_MESSAGES } from "@/lib/remittances/messages";

/**
 * The rules one remittance row must satisfy, pure: header, ID number (an open account of this
 * employer, opened by the month remitted; an account still active at another employer is named as
 * such only to a row carrying the registered name), a name present, base within
 * [minimum wage, 3 × average wage], rates 5 %–12 % with at most two decimals, one rate pair for the
 * whole employer in a contribution year, one row per person. Account lookups are passed in.
 */
export const REMITTANCE_COLUMNS = ["身份证号", "姓名", "缴存基数", "单位比例", "个人比例"] as const;
export type RemittanceColumn = (typeof REMITTANCE_COLUMNS)[number];

/** The default bounds; the stored ones (lib/employers/rate-bounds.ts) come in `RowContext.rateBounds`. */
export const RATE_MIN = DEFAULT_RATE_BOUNDS.min;
export const RATE_MAX = DEFAULT_RATE_BOUNDS.max;

export type RowError = { row: number; column: RemittanceColumn | "文件"; reason: string };

export type RemittanceRow = {
  /** The spreadsheet row number (the header is row 1). */
  row: number;
  idNumber: string;
  name: string;
  base: string;
  employerRate: string;
  personalRate: string;
};

export type ValidRow = RemittanceRow & { accountId: string; employerAmount: string; personalAmount: string };

export type RowContext = {
  minBase: string;
  maxBase: string;
  /** The employer's rate pair for the year, if one is already fixed. */
  yearRates: { employer: string; personal: string } | null;
  /**
   * This employer's own accounts by ID number, and only those: a row's name is never compared with
   * them, and an account sealed at another employer looks exactly like no account.
   */
  accounts: Map<string, { accountId: string; status: string; postedThisMonth: boolean; openedMonth: string }>;
  /**
   * ID numbers whose account is still NORMAL at another employer in the city, with the registered
   * name. A row is told so (ACTIVE_ELSEWHERE) only when its name is that name — no more than the
   * hire form tells for the same ID number and name; any other row looks like no account.
   */
  activeElsewhere?: Map<string, string>;
  /** The month remitted, "YYYY-MM-01". */
  month: string;
  /** The contribution rate bounds as stored (default 5 %–12 %). */
  rateBounds?: RateBounds;
  /**
   * The employer's own rate pair in force (the year's, else its latest earlier year's): kept when
   * the bounds change, so a row with exactly these rates passes even outside today's bounds.
   */
  keptRates?: { employer: string; personal: string } | null;
};

/** The catalogue's row messages (lib/remittances/messages.ts), by the names the report and tests use. */
export const NOT_OUR_EMPLOYEE = REMITTANCE_ROW_MESSAGES.NOT_OUR_EMPLOYEE;
export const ACCOUNT_SEALED = REMITTANCE_ROW_MESSAGES.ACCOUNT_SEALED;
export const ACTIVE_ELSEWHERE = REMITTANCE_ROW_MESSAGES.ACTIVE_ELSEWHERE;

const FORMULA = /^[=+\-@\t\r]/;
const RATE = /^(0|[1-9]\d?)(\.\d{1,2})?$/;

export function checkHeader(header: string[]): RowError[] {
  const errors: RowError[] = [];
  REMITTANCE_COLUMNS.forEach((name, i) => {
    if ((header[i] ?? "").trim() !== name) {
      errors.push({ row: 1, column: "文件", reason: `第${i + 1}列表头应为“${name}”，实际为“${header[i] ?? "（缺失）"}”` });
    }
  });
  if (header.length > REMITTANCE_COLUMNS.length)
    errors.push({
      row: 1,
      column: "文件",
      reason: `表头多出 ${header.length - REMITTANCE_COLUMNS.length} 列，只应有 ${REMITTANCE_COLUMNS.length} 列`,
    });
  return errors;
}

/** Checks data rows; every problem of every row is reported, not just the first. */
export function checkRows(rows: RemittanceRow[], ctx: RowContext): { valid: ValidRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const valid: ValidRow[] = [];
  const seen = new Map<string, number>();
  let fileRates = ctx.yearRates;
  rows.forEach((raw) => {
    const row = raw.row;
    const before = errors.length;
    const err = (column: RemittanceColumn, reason: string) => errors.push({ row, column, reason });
    const cells = [raw.idNumber, raw.name, raw.base, raw.employerRate, raw.personalRate];
    for (const [column, value] of REMITTANCE_COLUMNS.map((c, k) => [c, cells[k]!] as const)) {
      if (FORMULA.test(value)) err(column, "单元格不能以 = + - @ 开头（不接受公式）");
    }
    if (errors.length > before) return;

    const idNumber = normalizeResidentId(raw.idNumber);
    const parsed = parseResidentId(idNumber);
    const account = parsed.ok ? ctx.accounts.get(idNumber) : undefined;
    if (!parsed.ok) err("身份证号", RESIDENT_ID_MESSAGES[parsed.problem]);
    else if (seen.has(idNumber)) err("身份证号", `与第${seen.get(idNumber)}行重复：每人只能有一行`);
    else if (!account) err("身份证号", ctx.activeElsewhere?.get(idNumber) === raw.name.trim() ? ACTIVE_ELSEWHERE : NOT_OUR_EMPLOYEE);
    else if (account.status === "CLOSED") err("身份证号", "该职工的账户已销户");
    else if (account.status === "SEALED") err("身份证号", ACCOUNT_SEALED);
    else if (ctx.month < account.openedMonth)
      err("身份证号", `该职工账户于${account.openedMonth.slice(0, 4)}年${account.openedMonth.slice(5, 7)}月开户，不能汇缴开户前的月份`);
    else if (account.postedThisMonth) err("身份证号", "该职工本月已汇缴，不能重复汇缴");
    if (parsed.ok) seen.set(idNumber, row);

    // NOTE: the name is never compared with the registered one (that would confirm a name to anyone
    // holding an ID number); the account is found by ID number among this employer's own accounts.
    if (raw.name.trim() === "") err("姓名", "姓名不能为空");

    if (!isYuanString(raw.base)) err("缴存基数", "应为金额，最多两位小数，例如 8000.00");
    else if (money(raw.base).lt(ctx.minBase)) err("缴存基数", `不能低于最低工资 ${ctx.minBase} 元`);
    else if (money(raw.base).gt(ctx.maxBase)) err("缴存基数", `不能高于上年平均工资的3倍 ${ctx.maxBase} 元`);

    const rateOk = (column: RemittanceColumn, value: string) => {
      const bounds = ctx.rateBounds ?? DEFAULT_RATE_BOUNDS;
      const kept = column === "单位比例" ? ctx.keptRates?.employer : ctx.keptRates?.personal;
      const problem = RATE.test(value) ? rateProblemKeeping(value, bounds, kept) : "FORMAT";
      if (problem === "FORMAT") return (err(column, "应为百分比数字，最多两位小数，例如 12 或 7.5"), false);
      if (problem === "OUT_OF_BOUNDS") return (err(column, `应在 ${boundsText(bounds)} 之间`), false);
      return true;
    };
    const eOk = rateOk("单位比例", raw.employerRate);
    const pOk = rateOk("个人比例", raw.personalRate);
    if (eOk && pOk) {
      if (fileRates === null) fileRates = { employer: raw.employerRate, personal: raw.personalRate };
      else {
        if (!money(raw.employerRate).eq(fileRates.employer))
          err("单位比例", `本缴存年度单位比例为 ${money(fileRates.employer).toFixed(2)}%，全体职工须一致`);
        if (!money(raw.personalRate).eq(fileRates.personal))
          err("个人比例", `本缴存年度个人比例为 ${money(fileRates.personal).toFixed(2)}%，全体职工须一致`);
      }
    }
    if (errors.length > before || !account) return;
    valid.push({
      ...raw,
      idNumber,
      name: raw.name.trim(),
      row,
      accountId: account.accountId,
      employerAmount: percentOf(raw.base, raw.employerRate).toFixed(2),
      personalAmount: percentOf(raw.base, raw.personalRate).toFixed(2),
    });
  });
  return { valid, errors };
}

/** Raw CSV cells → rows; a row with the wrong number of cells is an error, not a guess. */
export function toRows(cells: string[][]): { rows: RemittanceRow[]; errors: RowError[] } {
  const rows: RemittanceRow[] = [];
  const errors: RowError[] = [];
  cells.forEach((c, i) => {
    if (c.length !== REMITTANCE_COLUMNS.length) {
      errors.push({ row: i + 2, column: "文件", reason: `应有 ${REMITTANCE_COLUMNS.length} 列，实际 ${c.length} 列` });
      return;
    }
    const [idNumber, name, base, employerRate, personalRate] = c as [string, string, string, string, string];
    rows.push({ row: i + 2, idNumber, name, base, employerRate, personalRate });
  });
  return { rows, errors };
}
