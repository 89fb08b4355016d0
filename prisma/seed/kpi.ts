import type { Prisma } from "../../lib/generated/prisma/client";
import { addDays, dateColumn, todayInShanghai } from "../../lib/dates/calendar";
import { addWorkingDays, calendarOf } from "../../lib/calendar/working-days";
import { DEMO_CITIZENS } from "./demo-accounts";

/**
 * kpi (issue 15.6, 15.11, 15.13): the working-day calendar of 2026 and 2027, the window
 * supervisors (值班长), and ratings of past cases with their follow-up tasks, so the dashboard's
 * satisfaction figures and the supervisors' queue have content.
 */

/** 国务院办公厅关于2026年部分节假日安排的通知: weekday holidays and the make-up working days (调休). */
const HOLIDAYS_2026: [string, "HOLIDAY" | "WORKDAY", string][] = [
  ["2026-01-01", "HOLIDAY", "元旦"],
  ["2026-01-02", "HOLIDAY", "元旦"],
  ["2026-01-04", "WORKDAY", "元旦"],
  ["2026-02-14", "WORKDAY", "春节"],
  ["2026-02-16", "HOLIDAY", "春节"],
  ["2026-02-17", "HOLIDAY", "春节"],
  ["2026-02-18", "HOLIDAY", "春节"],
  ["2026-02-19", "HOLIDAY", "春节"],
  ["2026-02-20", "HOLIDAY", "春节"],
  ["2026-02-23", "HOLIDAY", "春节"],
  ["2026-02-28", "WORKDAY", "春节"],
  ["2026-04-06", "HOLIDAY", "清明节"],
  ["2026-05-01", "HOLIDAY", "劳动节"],
  ["2026-05-04", "HOLIDAY", "劳动节"],
  ["2026-05-05", "HOLIDAY", "劳动节"],
  ["2026-05-09", "WORKDAY", "劳动节"],
  ["2026-06-19", "HOLIDAY", "端午节"],
  ["2026-09-20", "WORKDAY", "国庆节"],
  ["2026-09-25", "HOLIDAY", "中秋节"],
  ["2026-10-01", "HOLIDAY", "国庆节"],
  ["2026-10-02", "HOLIDAY", "国庆节"],
  ["2026-10-05", "HOLIDAY", "国庆节"],
  ["2026-10-06", "HOLIDAY", "国庆节"],
  ["2026-10-07", "HOLIDAY", "国庆节"],
  ["2026-10-10", "WORKDAY", "国庆节"],
];

/**
 * 2027: the statutory holidays (全国年节及纪念日放假办法) that fall on a weekday, and the weekdays the
 * law gives back for those on a weekend (补假). The State Council's own arrangement (its bridges and
 * make-up working days) is entered by an ADMIN at /admin/calendar when published.
 */
const HOLIDAYS_2027: [string, "HOLIDAY" | "WORKDAY", string][] = [
  ["2027-01-01", "HOLIDAY", "元旦"],
  ["2027-02-05", "HOLIDAY", "春节"],
  ["2027-02-08", "HOLIDAY", "春节"],
  ["2027-02-09", "HOLIDAY", "春节"],
  ["2027-02-10", "HOLIDAY", "春节"],
  ["2027-04-05", "HOLIDAY", "清明节"],
  ["2027-05-03", "HOLIDAY", "劳动节"],
  ["2027-05-04", "HOLIDAY", "劳动节"],
  ["2027-06-09", "HOLIDAY", "端午节"],
  ["2027-09-15", "HOLIDAY", "中秋节"],
  ["2027-10-01", "HOLIDAY", "国庆节"],
  ["2027-10-04", "HOLIDAY", "国庆节"],
  ["2027-10-05", "HOLIDAY", "国庆节"],
];

export const CALENDAR_DAYS = [...HOLIDAYS_2026, ...HOLIDAYS_2027].map(([date, kind, name]) => ({ date, kind, name }));

/** The window supervisors (值班长): they answer bad ratings and SLA escalations at /supervisor. */
export const DEMO_SUPERVISORS = [
  { loginName: "duty01", displayName: "黄蓉", note: "值班长：差评回访、超时督办" },
  { loginName: "duty02", displayName: "马骏", note: "值班长" },
] as const;

/** Scores given to past cases, in turn (1 and 2 are bad ratings: a follow-up task each). */
const SCORES = [5, 5, 4, 5, 3, 5, 4, 2, 5, 5, 4, 1, 5, 4, 5, 3];
const COMMENTS: Record<number, string> = { 1: "排队时间太长，材料说明不清楚", 2: "窗口解释不够耐心", 3: "还可以", 5: "办理很快，服务热情" };
const REPLIES = ["已向您致歉并说明材料要求，窗口已改进一次性告知。", "已约谈窗口人员，加强服务规范。"];

export async function seedKpi(tx: Prisma.TransactionClient, asOf: string): Promise<string> {
  await tx.calendarDay.createMany({ data: CALENDAR_DAYS.map((d) => ({ date: dateColumn(d.date), kind: d.kind, name: d.name })) });
  const calendar = calendarOf(CALENDAR_DAYS);

  // Same demo password as every account: copy the admin's hash.
  const admin = await tx.user.findUniqueOrThrow({ where: { loginName: "admin" }, select: { passwordHash: true } });
  const supervisors = [];
  for (const s of DEMO_SUPERVISORS) {
    supervisors.push(
      await tx.user.create({
        data: {
          id: `kpi_${s.loginName}`,
          loginName: s.loginName,
          displayName: s.displayName,
          passwordHash: admin.passwordHash,
          roles: ["SUPERVISOR"],
        },
      }),
    );
  }

  // Past cases closed in the last 90 days, not of the demo citizens (their cases stay unrated for the portal).
  const since = dateColumn(addDays(asOf, -90));
  const cases = await tx.case.findMany({
    where: { status: { not: "OPEN" }, closedAt: { gte: since }, depositor: { idNumber: { notIn: DEMO_CITIZENS.map((c) => c.loginName) } } },
    orderBy: { caseNo: "asc" },
    select: { id: true, depositorId: true, windowId: true, acceptedById: true, closedAt: true },
  });
  const bad: { caseId: string; ratingId: string; windowId: string | null; ratedAt: Date }[] = [];
  let ratings = 0;
  for (const [i, c] of cases.entries()) {
    if (i % 3 === 2 || !c.closedAt) continue; // about two in three citizens rate
    const score = SCORES[ratings % SCORES.length]!;
    const ratedAt = new Date(c.closedAt.getTime() + 60 * 60_000);
    const rating = await tx.caseRating.create({
      data: {
        caseId: c.id,
        depositorId: c.depositorId,
        score,
        comment: COMMENTS[score] ?? null,
        windowId: c.windowId,
        tellerId: c.acceptedById,
        ratedAt,
      },
    });
    ratings++;
    if (score <= 2) bad.push({ caseId: c.id, ratingId: rating.id, windowId: c.windowId, ratedAt });
  }
  // Every bad rating has its task; the two latest are still open for the supervisors, the rest were answered.
  for (const [i, b] of bad.entries()) {
    const answered = i < bad.length - 2;
    await tx.followUpTask.create({
      data: {
        kind: "BAD_RATING",
        dedupeKey: `rating:${b.ratingId}`,
        caseId: b.caseId,
        ratingId: b.ratingId,
        windowId: b.windowId,
        dueOn: dateColumn(addWorkingDays(calendar, todayInShanghai(b.ratedAt), 2)),
        createdAt: b.ratedAt,
        ...(answered
          ? {
              status: "CLOSED" as const,
              reply: REPLIES[i % REPLIES.length]!,
              closedById: supervisors[i % 2]!.id,
              closedAt: new Date(b.ratedAt.getTime() + 24 * 3600_000),
            }
          : {}),
      },
    });
  }
  const tasks = bad.length;
  const open = Math.min(2, bad.length);
  return `${CALENDAR_DAYS.length} calendar days (2026–2027), ${DEMO_SUPERVISORS.length} supervisors (${DEMO_SUPERVISORS.map((s) => s.loginName).join(", ")}), ${ratings} ratings, ${tasks} follow-up tasks (${open} open)`;
}
