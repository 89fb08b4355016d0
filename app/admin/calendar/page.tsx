import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { currentYear, getCalendarYear } from "@/lib/calendar/queries";
import { ZCalendarYear } from "@/lib/calendar/schemas";
import { CALENDAR_DAY_KIND_LABELS, WEEKDAY_LABELS } from "@/lib/calendar/labels";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { CalendarDayForm, RemoveCalendarDayButton } from "@/components/calendar/calendar-day-form";
import { addCalendarDayAction, removeCalendarDayAction } from "@/app/admin/calendar/actions";

export const metadata: Metadata = { title: "工作日历" };

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requireRole("ADMIN");
  const parsed = ZCalendarYear.safeParse((await searchParams).year);
  const year = parsed.success ? parsed.data : currentYear();
  const cal = await getCalendarYear(year);
  return (
    <>
      <PageTitle subtitle="法定节假日与调休上班日；提取办理时限、回访时限、审批时限等均按此日历计算工作日">工作日历</PageTitle>
      <div className="space-y-6">
        <nav aria-label="选择年份" className="flex gap-4 text-sm">
          <Link className="text-sky-800 underline" href={`/admin/calendar?year=${year - 1}`}>
            {year - 1}年
          </Link>
          <span aria-current="page" className="font-semibold">
            {year}年（工作日 {cal.workingDays} 天）
          </span>
          <Link className="text-sky-800 underline" href={`/admin/calendar?year=${year + 1}`}>
            {year + 1}年
          </Link>
        </nav>
        <Card id="add" title="新增放假或调休上班日">
          <CalendarDayForm addAction={addCalendarDayAction} />
        </Card>
        <Card id="entries" title={`${year}年放假与调休安排（${cal.entries.length}）`}>
          <DataTable
            caption={`${year}年放假与调休安排`}
            rows={cal.entries}
            rowKey={(e) => e.date}
            empty="本年尚未录入放假安排"
            columns={[
              { header: "日期", cell: (e) => e.date },
              { header: "星期", cell: (e) => WEEKDAY_LABELS[new Date(`${e.date}T00:00:00Z`).getUTCDay()] },
              {
                header: "类型",
                cell: (e) => <Badge tone={e.kind === "HOLIDAY" ? "warn" : "good"}>{CALENDAR_DAY_KIND_LABELS[e.kind]}</Badge>,
              },
              { header: "节日", cell: (e) => e.name },
              {
                header: "操作",
                cell: (e) => <RemoveCalendarDayButton date={e.date} label={e.name} removeAction={removeCalendarDayAction} />,
              },
            ]}
          />
        </Card>
        <Card id="year" title={`${year}年全年视图`}>
          <p className="mb-3 text-sm text-slate-600">
            <span className="mr-3 inline-block rounded bg-amber-100 px-1.5">放假</span>
            <span className="mr-3 inline-block rounded bg-emerald-100 px-1.5">调休上班</span>
            <span className="inline-block rounded bg-slate-100 px-1.5">周末</span>
          </p>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {cal.months.map((m) => (
              <table key={m.month} className="w-full text-center text-xs">
                <caption className="mb-1 text-left text-sm font-medium">
                  {m.month}月（工作日 {m.workingDays} 天）
                </caption>
                <thead>
                  <tr>
                    {WEEKDAY_LABELS.map((w) => (
                      <th key={w} scope="col" className="font-normal text-slate-500">
                        {w.slice(1)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {weeks(m.days).map((week, i) => (
                    <tr key={i}>
                      {week.map((d, j) =>
                        d ? (
                          <td
                            key={j}
                            title={d.entry ? `${d.entry.name}·${CALENDAR_DAY_KIND_LABELS[d.entry.kind]}` : undefined}
                            className={
                              d.entry?.kind === "HOLIDAY"
                                ? "bg-amber-100"
                                : d.entry?.kind === "WORKDAY"
                                  ? "bg-emerald-100"
                                  : d.working
                                    ? ""
                                    : "bg-slate-100"
                            }
                          >
                            {d.day}
                            {d.entry ? (
                              <span className="sr-only">{`（${d.entry.name}${CALENDAR_DAY_KIND_LABELS[d.entry.kind]}）`}</span>
                            ) : null}
                          </td>
                        ) : (
                          <td key={j} />
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
        </Card>
      </div>
    </>
  );
}

/** A month's days laid out Sunday-first in weeks, blank cells before the 1st and after the last day. */
function weeks<T extends { weekday: number }>(days: T[]): (T | null)[][] {
  const cells: (T | null)[] = [...Array.from({ length: days[0]?.weekday ?? 0 }, () => null), ...days];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}
