import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, addMonthsClamped, todayInShanghai } from "@/lib/dates/calendar";
import { shanghaiDayStart } from "@/lib/dates/business-day";
import { summarizeKpis, type ClosedCaseFact, type KpiRow } from "@/lib/dashboard/kpi-rules";

export type WindowKpiDto = KpiRow & { windowNo: number };
export type TellerKpiDto = KpiRow & { loginName: string; displayName: string };
export type KpiReportDto = {
  /** [from, to) as Shanghai calendar dates. */
  from: string;
  to: string;
  total: KpiRow;
  perWindow: WindowKpiDto[];
  perTeller: TellerKpiDto[];
  badRatings: number;
  followUps: { opened: number; closed: number; closedLate: number; slaBreaches: number };
};

type FactRow = { windowNo: number | null; tellerId: string | null; seconds: number; success: boolean; score: number | null };

/**
 * The cases closed in [from, to): accepted (the window's opening, or an online case's acceptance)
 * → closed in seconds, success (completed with no matter rejected or cancelled) and the rating.
 */
async function closedCaseFacts(from: string, to: string): Promise<FactRow[]> {
  const rows = await db.$queryRaw<
    { windowNo: number | null; tellerId: string | null; seconds: number; success: boolean; score: number | null }[]
  >(
    Prisma.sql`
      SELECT w.number AS "windowNo", c."acceptedById" AS "tellerId",
             GREATEST(0, FLOOR(EXTRACT(EPOCH FROM (c."closedAt" - COALESCE(
               (SELECT min(t.at) FROM "CaseTransition" t WHERE t."caseId" = c.id AND t."toStage" = 'ACCEPTED'), c."openedAt")))))::int AS seconds,
             (c.status = 'COMPLETED' AND NOT EXISTS (
               SELECT 1 FROM "CaseMatter" m WHERE m."caseId" = c.id AND m.status IN ('REJECTED', 'CANCELLED'))) AS success,
             r.score
        FROM "Case" c
        LEFT JOIN "ServiceWindow" w ON w.id = c."windowId"
        LEFT JOIN "CaseRating" r ON r."caseId" = c.id
       WHERE c.status <> 'OPEN' AND c."closedAt" >= ${shanghaiDayStart(from)} AND c."closedAt" < ${shanghaiDayStart(to)}`,
  );
  return rows.map((r) => ({ ...r, seconds: Number(r.seconds), score: r.score === null ? null : Number(r.score) }));
}

/** Per window, per teller and overall KPIs of the cases closed in [from, to), with the period's follow-ups. */
export async function getKpiReport(from: string, to: string): Promise<KpiReportDto> {
  const [facts, windows, tellers, followUps] = await Promise.all([
    closedCaseFacts(from, to),
    db.serviceWindow.findMany({ where: { active: true }, orderBy: { number: "asc" }, select: { number: true } }),
    db.user.findMany({
      where: { roles: { has: "TELLER" } },
      orderBy: { loginName: "asc" },
      select: { id: true, loginName: true, displayName: true },
    }),
    db.$queryRaw<{ opened: bigint; closed: bigint; closedLate: bigint; slaBreaches: bigint; badRatings: bigint }[]>`
      SELECT count(*) FILTER (WHERE t."createdAt" >= ${shanghaiDayStart(from)} AND t."createdAt" < ${shanghaiDayStart(to)}) AS opened,
             count(*) FILTER (WHERE t."closedAt" >= ${shanghaiDayStart(from)} AND t."closedAt" < ${shanghaiDayStart(to)}) AS closed,
             count(*) FILTER (WHERE t."closedAt" >= ${shanghaiDayStart(from)} AND t."closedAt" < ${shanghaiDayStart(to)}
                                AND (t."closedAt" + interval '8 hours')::date > t."dueOn") AS "closedLate",
             count(*) FILTER (WHERE t.kind = 'SLA_BREACH' AND t."createdAt" >= ${shanghaiDayStart(from)} AND t."createdAt" < ${shanghaiDayStart(to)}) AS "slaBreaches",
             count(*) FILTER (WHERE t.kind = 'BAD_RATING' AND t."createdAt" >= ${shanghaiDayStart(from)} AND t."createdAt" < ${shanghaiDayStart(to)}) AS "badRatings"
        FROM "FollowUpTask" t`,
  ]);
  const byWindow: ClosedCaseFact[] = facts.flatMap((f) => (f.windowNo === null ? [] : [{ ...f, key: String(f.windowNo) }]));
  const byTeller: ClosedCaseFact[] = facts.flatMap((f) => (f.tellerId === null ? [] : [{ ...f, key: f.tellerId }]));
  const f = followUps[0];
  const tellerRows = summarizeKpis(
    byTeller,
    tellers.map((t) => t.id),
  );
  return {
    from,
    to,
    total: summarizeKpis(
      facts.map((x) => ({ ...x, key: "all" })),
      ["all"],
    )[0]!,
    perWindow: summarizeKpis(
      byWindow,
      windows.map((w) => String(w.number)),
    ).map((r) => ({ ...r, windowNo: Number(r.key) })),
    perTeller: tellerRows.map((r, i) => ({ ...r, loginName: tellers[i]!.loginName, displayName: tellers[i]!.displayName })),
    badRatings: Number(f?.badRatings ?? 0),
    followUps: {
      opened: Number(f?.opened ?? 0),
      closed: Number(f?.closed ?? 0),
      closedLate: Number(f?.closedLate ?? 0),
      slaBreaches: Number(f?.slaBreaches ?? 0),
    },
  };
}

/** The last `days` days up to and including today (the dashboard's default period). */
export function recentPeriod(now: Date = new Date(), days = 30): { from: string; to: string } {
  const to = addDays(todayInShanghai(now), 1);
  return { from: addDays(to, -days), to };
}

/** A month "YYYY-MM" as [first day, first day of the next month). */
export function monthPeriod(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  return { from, to: addMonthsClamped(from, 1) };
}
