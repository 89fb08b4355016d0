import "server-only";
import { db } from "@/lib/db";
import { displayYuan } from "@/lib/money";
import { formatMonth, formatShanghaiDateTime } from "@/lib/dates/business-day";
import { todayInShanghai } from "@/lib/dates/calendar";

export type PostedRemittanceDto = { id: string; month: string; rowCount: number; total: string; source: string; postedAt: string };

/** The agent's own employer's posted remittances (through this system), newest first. */
export async function listPostedRemittances(employerId: string): Promise<PostedRemittanceDto[]> {
  const rows = await db.remittance.findMany({ where: { employerId }, orderBy: { month: "desc" }, take: 24 });
  return rows.map((r) => ({ id: r.id, month: formatMonth(r.month), rowCount: r.rowCount, total: displayYuan(r.total), source: r.source === "CSV" ? "文件上传" : "在线录入", postedAt: formatShanghaiDateTime(r.postedAt) }));
}

export type EmployerArrearsDto = { id: string; name: string; creditCode: string; accounts: number; lastMonth: string | null; arrearMonths: string[] };

/** The last month that should have been remitted by now: the month before the current one. */
export function lastDueMonth(today = todayInShanghai()): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, "0")}-01`;
}

/**
 * Every employer with its arrears (欠缴): months from its first remittance up to the last month
 * due with no contribution posted, for staff at /window/employers.
 */
export async function listEmployerArrears(): Promise<EmployerArrearsDto[]> {
  const due = lastDueMonth();
  const rows = await db.$queryRaw<{ id: string; name: string; creditCode: string; accounts: bigint; last: string | null; arrears: string[] | null }[]>`
    WITH posted AS (SELECT DISTINCT "employerId", month FROM "Contribution"),
    span AS (SELECT "employerId", min(month) AS first, max(month) AS last FROM posted GROUP BY "employerId")
    SELECT e.id, e.name, e."creditCode",
           (SELECT count(*) FROM "DepositAccount" a WHERE a."employerId" = e.id AND a.status = 'NORMAL') AS accounts,
           to_char(s.last, 'YYYY-MM') AS last,
           (SELECT array_agg(to_char(g, 'YYYY-MM') ORDER BY g)
              FROM generate_series(s.first, ${due}::date, interval '1 month') g
             WHERE NOT EXISTS (SELECT 1 FROM posted p WHERE p."employerId" = e.id AND p.month = g::date)) AS arrears
      FROM "Employer" e LEFT JOIN span s ON s."employerId" = e.id
     ORDER BY e.name`;
  return rows.map((r) => ({ id: r.id, name: r.name, creditCode: r.creditCode, accounts: Number(r.accounts), lastMonth: r.last, arrearMonths: r.arrears ?? [] }));
}
