import "server-only";
import { db } from "@/lib/db";
import { LOAN_STAGE_LABELS, type LoanStage } from "@/lib/cases/loan-stages";
import { shanghaiDayRange, formatShanghaiDateTime } from "@/lib/dates/business-day";
import { slaMinutes } from "@/lib/settings/sla";
import { findSlaBreaches } from "@/lib/followups/sla-breaches";

export type WindowCountDto = { windowNo: number; cases: number };
export type StageMedianDto = { stage: LoanStage; label: string; medianMinutes: string; samples: number };
export type SlaBreachDto = { caseId: string; caseNo: string; depositorName: string; stageLabel: string; minutes: number; limit: number };
export type DashboardDto = {
  today: string;
  casesToday: number;
  perWindow: WindowCountDto[];
  stageMedians: StageMedianDto[];
  wholeCase: { medianMinutes: string; samples: number };
  breaches: SlaBreachDto[];
  sla: { review: number; recheck: number };
  windowDays: number;
};

const fmt = (v: number | null) => (v === null ? "—" : v.toFixed(1));

/**
 * The center dashboard: cases per window today, median minutes spent in each loan stage and per
 * whole case (opened → disbursed) over the last `days` days, and open matters past their SLA
 * (working minutes, lib/followups/sla-breaches.ts).
 */
export async function getDashboard(now: Date = new Date(), days = 30): Promise<DashboardDto> {
  const { start, end } = shanghaiDayRange(now);
  const since = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const [windows, grouped, stageRows, wholeRows, sla] = await Promise.all([
    db.serviceWindow.findMany({ where: { active: true }, orderBy: { number: "asc" }, select: { id: true, number: true } }),
    db.case.groupBy({ by: ["windowId"], where: { openedAt: { gte: start, lt: end } }, _count: { _all: true } }),
    // A stage lasts from the transition into it to the next transition of the same matter.
    db.$queryRaw<{ stage: LoanStage; median: number | null; samples: bigint }[]>`
      SELECT "toStage" AS stage,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (next_at - at)) / 60) AS median,
             COUNT(*) AS samples
      FROM (SELECT "toStage", at, LEAD(at) OVER (PARTITION BY "matterId" ORDER BY at) AS next_at
            FROM "CaseTransition" WHERE at >= ${since}) t
      WHERE next_at IS NOT NULL
      GROUP BY "toStage"`,
    db.$queryRaw<{ median: number | null; samples: bigint }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (t.at - c."openedAt")) / 60) AS median,
             COUNT(*) AS samples
      FROM "CaseTransition" t JOIN "Case" c ON c.id = t."caseId"
      WHERE t."toStage" = 'DISBURSED' AND t.at >= ${since}`,
    slaMinutes(db),
  ]);
  const counts = new Map(grouped.map((g) => [g.windowId, g._count._all]));
  const order = Object.keys(LOAN_STAGE_LABELS) as LoanStage[];
  const stageMedians = stageRows
    .map((r) => ({
      stage: r.stage,
      label: LOAN_STAGE_LABELS[r.stage],
      medianMinutes: fmt(r.median === null ? null : Number(r.median)),
      samples: Number(r.samples),
    }))
    .sort((a, b) => order.indexOf(a.stage) - order.indexOf(b.stage));

  // Working minutes on the center's calendar: the SLA timer stops on weekends and holidays.
  const late = await findSlaBreaches(db, now, 50);
  const whole = wholeRows[0];
  return {
    today: formatShanghaiDateTime(now).slice(0, 10),
    casesToday: grouped.reduce((n, g) => n + g._count._all, 0),
    perWindow: windows.map((w) => ({ windowNo: w.number, cases: counts.get(w.id) ?? 0 })),
    stageMedians,
    wholeCase: {
      medianMinutes: fmt(whole?.median === null || whole === undefined ? null : Number(whole.median)),
      samples: Number(whole?.samples ?? 0),
    },
    breaches: late.map((b) => ({
      caseId: b.caseId,
      caseNo: b.caseNo,
      depositorName: b.depositorName,
      stageLabel: LOAN_STAGE_LABELS[b.stage],
      minutes: b.minutes,
      limit: b.limit,
    })),
    sla,
    windowDays: days,
  };
}
