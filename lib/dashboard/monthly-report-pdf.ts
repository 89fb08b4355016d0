import "server-only";
import { db } from "@/lib/db";
import { chineseFontBytes } from "@/lib/contracts/font";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { getKpiReport, monthPeriod } from "@/lib/dashboard/kpi-queries";
import { drawMonthlyReport } from "@/lib/dashboard/monthly-report-layout";

/** The monthly service report of `month` ("YYYY-MM") as PDF bytes; the caller checked the role. */
export async function renderMonthlyReportPdf(month: string, now: Date = new Date()): Promise<Uint8Array> {
  const { from, to } = monthPeriod(month);
  const [report, center] = await Promise.all([getKpiReport(from, to), db.fundCenter.findFirst({ select: { name: true } })]);
  return drawMonthlyReport(
    { ...report, centerName: center?.name ?? "住房公积金管理中心", month, generatedAt: formatShanghaiDateTime(now) },
    await chineseFontBytes(),
  );
}

export function monthlyReportHeaders(month: string): HeadersInit {
  return {
    "content-type": "application/pdf",
    "content-disposition": `inline; filename="service-report-${month}.pdf"; filename*=UTF-8''${encodeURIComponent(`窗口服务月报-${month}.pdf`)}`,
    "cache-control": "private, no-store",
  };
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A "YYYY-MM" no later than the current month, or null. */
export function parseReportMonth(value: string | null, today: string): string | null {
  if (!value || !MONTH.test(value)) return null;
  return value <= today.slice(0, 7) ? value : null;
}
