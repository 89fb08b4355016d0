import type { Db } from "@/lib/db";
import type { LoanStage } from "@/lib/generated/prisma/enums";
import { slaMinutes } from "@/lib/settings/sla";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { workingMinutesBetween } from "@/lib/calendar/working-days";

export type SlaBreach = {
  matterId: string;
  caseId: string;
  caseNo: string;
  depositorName: string;
  windowId: string | null;
  stage: Extract<LoanStage, "ACCEPTED" | "MORTGAGE_REGISTERED">;
  stageSince: Date;
  /** Working minutes in the stage (the timer stops on weekends and holidays). */
  minutes: number;
  limit: number;
};

/**
 * Open loan matters past their SLA now: waiting for approval (ACCEPTED) or recheck
 * (MORTGAGE_REGISTERED) longer than the minutes an ADMIN set, counted in working minutes of the
 * center's calendar. The wall clock only narrows the candidates (working minutes ≤ wall minutes).
 * One definition, read by the dashboard and by the escalation into the supervisors' queue.
 */
export async function findSlaBreaches(db: Pick<Db, "setting" | "calendarDay" | "caseMatter">, now: Date, take = 500): Promise<SlaBreach[]> {
  const [sla, calendar] = await Promise.all([slaMinutes(db), loadCalendar(db)]);
  const limits = { ACCEPTED: sla.review, MORTGAGE_REGISTERED: sla.recheck } as const;
  const candidates = await db.caseMatter.findMany({
    where: {
      kind: "LOAN",
      status: "OPEN",
      OR: [
        { loanStage: "ACCEPTED", stageSince: { lt: new Date(now.getTime() - sla.review * 60_000) } },
        { loanStage: "MORTGAGE_REGISTERED", stageSince: { lt: new Date(now.getTime() - sla.recheck * 60_000) } },
      ],
    },
    orderBy: { stageSince: "asc" },
    take,
    select: {
      id: true,
      caseId: true,
      loanStage: true,
      stageSince: true,
      case: { select: { caseNo: true, windowId: true, depositor: { select: { name: true } } } },
    },
  });
  const breaches: SlaBreach[] = [];
  for (const m of candidates) {
    const stage = m.loanStage as SlaBreach["stage"];
    const minutes = workingMinutesBetween(calendar, m.stageSince, now);
    if (minutes <= limits[stage]) continue;
    breaches.push({
      matterId: m.id,
      caseId: m.caseId,
      caseNo: m.case.caseNo,
      depositorName: m.case.depositor.name,
      windowId: m.case.windowId,
      stage,
      stageSince: m.stageSince,
      minutes,
      limit: limits[stage],
    });
  }
  return breaches;
}

/** The key that makes one task per stay in a stage: a matter that leaves and comes back is a new breach. */
export function slaDedupeKey(b: Pick<SlaBreach, "matterId" | "stage" | "stageSince">): string {
  return `sla:${b.matterId}:${b.stage}:${b.stageSince.toISOString()}`;
}
