import "server-only";
import { db } from "@/lib/db";
import type { CaseChannel, FollowUpKind, FollowUpStatus } from "@/lib/generated/prisma/enums";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { LOAN_STAGE_LABELS } from "@/lib/cases/loan-stages";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tasksOfSupervisor } from "@/lib/followups/window-supervisors";

export type RateableCaseDto = {
  caseId: string;
  caseNo: string;
  channel: CaseChannel;
  windowNo: number | null;
  closedAt: string;
  rating: {
    score: number;
    comment: string | null;
    ratedAt: string;
    reply: string | null;
    repliedAt: string | null;
    /** A bad rating's reply deadline (2 working days). */
    replyDueOn: string | null;
  } | null;
};

/** A citizen's closed cases, newest first, with their rating and the supervisor's reply to it. */
export async function listRateableCases(depositorId: string, take = 20): Promise<RateableCaseDto[]> {
  const rows = await db.case.findMany({
    where: { depositorId, status: { not: "OPEN" } },
    orderBy: [{ closedAt: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      caseNo: true,
      channel: true,
      closedAt: true,
      openedAt: true,
      window: { select: { number: true } },
      rating: { select: { id: true, score: true, comment: true, ratedAt: true } },
      followUps: { where: { kind: "BAD_RATING" }, select: { reply: true, closedAt: true, dueOn: true } },
    },
  });
  return rows.map((c) => {
    const answered = c.followUps.find((t) => t.reply);
    return {
      caseId: c.id,
      caseNo: c.caseNo,
      channel: c.channel,
      windowNo: c.window?.number ?? null,
      closedAt: formatShanghaiDateTime(c.closedAt ?? c.openedAt),
      rating: c.rating
        ? {
            score: c.rating.score,
            comment: c.rating.comment,
            ratedAt: formatShanghaiDateTime(c.rating.ratedAt),
            reply: answered?.reply ?? null,
            repliedAt: answered?.closedAt ? formatShanghaiDateTime(answered.closedAt) : null,
            replyDueOn: c.followUps[0] ? fromDateColumn(c.followUps[0].dueOn) : null,
          }
        : null,
    };
  });
}

export type FollowUpTaskDto = {
  id: string;
  kind: FollowUpKind;
  status: FollowUpStatus;
  caseId: string;
  caseNo: string;
  depositorName: string;
  windowNo: number | null;
  /** A bad rating's score and comment; an SLA breach's stage and limit. */
  score: number | null;
  comment: string | null;
  stageLabel: string | null;
  slaMinutes: number | null;
  dueOn: string;
  overdue: boolean;
  createdAt: string;
  reply: string | null;
  closedByName: string | null;
  closedAt: string | null;
  /** The window's supervisors on duty; none: the task is every supervisor's. */
  windowSupervisors: string[];
};

const TASK_SELECT = {
  id: true,
  kind: true,
  status: true,
  caseId: true,
  windowId: true,
  ratingId: true,
  stage: true,
  slaMinutes: true,
  dueOn: true,
  createdAt: true,
  reply: true,
  closedById: true,
  closedAt: true,
  case: { select: { caseNo: true, depositor: { select: { name: true } }, rating: { select: { score: true, comment: true } } } },
} as const;

async function toDtos(rows: Awaited<ReturnType<typeof findTasks>>, now: Date): Promise<FollowUpTaskDto[]> {
  const windowIds = [...new Set(rows.map((r) => r.windowId).filter((w): w is string => w !== null))];
  const closerIds = [...new Set(rows.map((r) => r.closedById).filter((w): w is string => w !== null))];
  const [windows, closers, duties] = await Promise.all([
    db.serviceWindow.findMany({ where: { id: { in: windowIds } }, select: { id: true, number: true } }),
    db.user.findMany({ where: { id: { in: closerIds } }, select: { id: true, displayName: true } }),
    db.windowSupervisor.findMany({ where: { windowId: { in: windowIds } }, select: { windowId: true, userId: true } }),
  ]);
  const dutyNames = new Map(
    (await db.user.findMany({ where: { id: { in: duties.map((d) => d.userId) } }, select: { id: true, displayName: true } })).map((u) => [
      u.id,
      u.displayName,
    ]),
  );
  const supervisorsOf = (windowId: string | null) =>
    duties
      .filter((d) => d.windowId === windowId)
      .map((d) => dutyNames.get(d.userId) ?? "—")
      .sort();
  const windowNo = new Map(windows.map((w) => [w.id, w.number]));
  const closerName = new Map(closers.map((u) => [u.id, u.displayName]));
  const today = todayInShanghai(now);
  return rows.map((t) => {
    const dueOn = fromDateColumn(t.dueOn);
    return {
      id: t.id,
      kind: t.kind,
      status: t.status,
      caseId: t.caseId,
      caseNo: t.case.caseNo,
      depositorName: t.case.depositor.name,
      windowNo: t.windowId ? (windowNo.get(t.windowId) ?? null) : null,
      score: t.kind === "BAD_RATING" ? (t.case.rating?.score ?? null) : null,
      comment: t.kind === "BAD_RATING" ? (t.case.rating?.comment ?? null) : null,
      stageLabel: t.stage ? LOAN_STAGE_LABELS[t.stage] : null,
      slaMinutes: t.slaMinutes,
      dueOn,
      overdue: t.status === "OPEN" && today > dueOn,
      createdAt: formatShanghaiDateTime(t.createdAt),
      reply: t.reply,
      closedByName: t.closedById ? (closerName.get(t.closedById) ?? null) : null,
      closedAt: t.closedAt ? formatShanghaiDateTime(t.closedAt) : null,
      windowSupervisors: supervisorsOf(t.windowId),
    };
  });
}

function findTasks(status: FollowUpStatus, take: number, scope: Prisma.FollowUpTaskWhereInput = {}) {
  return db.followUpTask.findMany({
    where: { status, ...scope },
    orderBy: status === "OPEN" ? [{ dueOn: "asc" }, { createdAt: "asc" }] : [{ closedAt: "desc" }],
    take,
    select: TASK_SELECT,
  });
}

/**
 * The supervisors' queue: open tasks by due date (oldest first), or the latest closed ones. With
 * `supervisorId`, only the tasks that supervisor may answer (their windows', and those of windows
 * nobody is on duty for).
 */
export async function listFollowUpTasks(
  status: FollowUpStatus,
  now: Date = new Date(),
  take = 100,
  supervisorId?: string,
): Promise<FollowUpTaskDto[]> {
  const scope = supervisorId ? await tasksOfSupervisor(db, supervisorId) : {};
  return toDtos(await findTasks(status, take, scope), now);
}

/** One task; with `supervisorId`, null when it is another window's supervisors' (as if it did not exist). */
export async function getFollowUpTask(id: string, now: Date = new Date(), supervisorId?: string): Promise<FollowUpTaskDto | null> {
  const scope = supervisorId ? await tasksOfSupervisor(db, supervisorId) : {};
  const row = await db.followUpTask.findFirst({ where: { id, ...scope }, select: TASK_SELECT });
  return row ? ((await toDtos([row], now))[0] ?? null) : null;
}

export type WindowDutyDto = { windowId: string; supervisorIds: string[] };
export type SupervisorOptionDto = { id: string; label: string };

/** For /admin/windows: every window's supervisors on duty, and the active supervisors to pick from. */
export async function listWindowDuties(): Promise<{ duties: WindowDutyDto[]; supervisors: SupervisorOptionDto[] }> {
  const [rows, users] = await Promise.all([
    db.windowSupervisor.findMany({ orderBy: { assignedAt: "asc" }, select: { windowId: true, userId: true } }),
    db.user.findMany({
      where: { active: true, roles: { has: "SUPERVISOR" } },
      orderBy: { loginName: "asc" },
      select: { id: true, loginName: true, displayName: true },
    }),
  ]);
  const byWindow = new Map<string, string[]>();
  for (const r of rows) byWindow.set(r.windowId, [...(byWindow.get(r.windowId) ?? []), r.userId]);
  return {
    duties: [...byWindow].map(([windowId, supervisorIds]) => ({ windowId, supervisorIds })),
    supervisors: users.map((u) => ({ id: u.id, label: `${u.displayName}（${u.loginName}）` })),
  };
}
