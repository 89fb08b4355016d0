import "server-only";
import Decimal from "decimal.js";
import { db } from "@/lib/db";
import { money } from "@/lib/money";
import { todayInShanghai } from "@/lib/dates/calendar";
import { fundSettings } from "@/lib/accounts/fund-settings";
import { contributionYearStart } from "@/lib/remittances/contribution-year";
import { REMITTANCE_COLUMNS } from "@/lib/remittances/row-rules";
import { toCsv } from "@/lib/csv/write-csv";

/**
 * A UTF-8 CSV (with BOM, so spreadsheets open it right) of the employer's NORMAL accounts, prefilled
 * with values that pass the rules: each base clamped to this year's range and the employer's rate
 * pair for the current contribution year (or the account's own rates before one is fixed).
 */
export async function remittanceTemplateCsv(employerId: string): Promise<string> {
  const rows = await remittanceDraftRows(employerId);
  return toCsv(
    REMITTANCE_COLUMNS,
    rows.map((r) => [r.idNumber, r.name, r.base, r.employerRate, r.personalRate]),
  );
}

export type DraftRow = { idNumber: string; name: string; base: string; employerRate: string; personalRate: string };

/** The rows the template and the on-screen editor start from. */
export async function remittanceDraftRows(employerId: string): Promise<DraftRow[]> {
  const settings = await fundSettings(db);
  const yearStart = contributionYearStart(`${todayInShanghai().slice(0, 7)}-01`);
  const [rate, accounts] = await Promise.all([
    db.employerRate.findUnique({ where: { employerId_yearStart: { employerId, yearStart } } }),
    db.depositAccount.findMany({
      // A sealed account takes no contributions (row-rules.ts): only NORMAL accounts are listed.
      where: { employerId, status: "NORMAL" },
      orderBy: { accountNo: "asc" },
      select: {
        contributionBase: true,
        employerRatePercent: true,
        personalRatePercent: true,
        depositor: { select: { idNumber: true, name: true } },
      },
    }),
  ]);
  return accounts.map((a) => ({
    idNumber: a.depositor.idNumber,
    name: a.depositor.name,
    base: Decimal.min(Decimal.max(money(a.contributionBase), money(settings.minimumWage)), money(settings.maxBase)).toFixed(2),
    employerRate: (rate?.employerRatePercent ?? a.employerRatePercent).toFixed(2),
    personalRate: (rate?.personalRatePercent ?? a.personalRatePercent).toFixed(2),
  }));
}
