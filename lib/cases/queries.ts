import "server-only";
import { db } from "@/lib/db";
import type { CaseChannel, CaseStatus, LoanStage, MatterKind, MatterStatus } from "@/lib/generated/prisma/enums";
import { displayYuan, money } from "@/lib/money";
import { LOAN_STAGE_LABELS } from "@/lib/cases/loan-stages";
import { formatShanghaiDateTime, shanghaiDayRange } from "@/lib/dates/business-day";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { workingMinutesBetween } from "@/lib/calendar/working-days";

export const MATTER_KIND_LABELS: Record<MatterKind, string> = {
  LOAN: "公积金贷款",
  MORTGAGE_REGISTRATION: "不动产抵押登记",
  WITHDRAWAL: "公积金提取",
  MORTGAGE_RELEASE: "抵押注销登记",
};
const CASE_STATUS_LABELS: Record<CaseStatus, string> = { OPEN: "办理中", COMPLETED: "已办结", CANCELLED: "已撤销" };
const MATTER_STATUS_LABELS: Record<MatterStatus, string> = {
  OPEN: "办理中",
  COMPLETED: "已办结",
  REJECTED: "未通过",
  CANCELLED: "已撤销",
};
const CHANNEL_LABELS: Record<CaseChannel, string> = { WINDOW: "窗口", ONLINE: "网上" };

export type MatterDto = { id: string; kindLabel: string; progressLabel: string };
export type CaseRowDto = {
  id: string;
  caseNo: string;
  depositorName: string;
  openedAt: string;
  channelLabel: string;
  statusLabel: string;
  windowNo: number | null;
  matters: MatterDto[];
};

const caseSelect = {
  id: true,
  caseNo: true,
  openedAt: true,
  channel: true,
  status: true,
  depositor: { select: { name: true } },
  window: { select: { number: true } },
  matters: { select: { id: true, kind: true, status: true, loanStage: true }, orderBy: { createdAt: "asc" } },
} as const;

type CaseRow = {
  id: string;
  caseNo: string;
  openedAt: Date;
  channel: CaseChannel;
  status: CaseStatus;
  depositor: { name: string };
  window: { number: number } | null;
  matters: { id: string; kind: MatterKind; status: MatterStatus; loanStage: LoanStage | null }[];
};

function toCaseRow(row: CaseRow): CaseRowDto {
  return {
    id: row.id,
    caseNo: row.caseNo,
    depositorName: row.depositor.name,
    openedAt: formatShanghaiDateTime(row.openedAt),
    channelLabel: CHANNEL_LABELS[row.channel],
    statusLabel: CASE_STATUS_LABELS[row.status],
    windowNo: row.window?.number ?? null,
    matters: row.matters.map((m) => ({
      id: m.id,
      kindLabel: MATTER_KIND_LABELS[m.kind],
      // A loan matter shows its stage; other matters their status.
      progressLabel: m.loanStage && m.status === "OPEN" ? LOAN_STAGE_LABELS[m.loanStage] : MATTER_STATUS_LABELS[m.status],
    })),
  };
}

/** The citizen's own cases, newest first. */
export async function listCasesOfDepositor(depositorId: string, take = 20): Promise<CaseRowDto[]> {
  const rows = await db.case.findMany({ where: { depositorId }, orderBy: { openedAt: "desc" }, take, select: caseSelect });
  return rows.map(toCaseRow);
}

/** Cases opened today (Asia/Shanghai) at a window, newest first. */
export async function listTodayCasesAtWindow(windowNo: number, now: Date = new Date()): Promise<CaseRowDto[]> {
  const { start, end } = shanghaiDayRange(now);
  const rows = await db.case.findMany({
    where: { window: { number: windowNo }, openedAt: { gte: start, lt: end } },
    orderBy: { openedAt: "desc" },
    take: 100,
    select: caseSelect,
  });
  return rows.map(toCaseRow);
}

export type LoanMatterQueueDto = {
  matterId: string;
  caseId: string;
  /**
   * Working minutes the matter has stood in its current stage: the SLA timer of the dashboard and
   * the escalation (lib/calendar workingMinutesBetween), stopped on weekends and holidays.
   */
  minutesInStage: number;
  caseNo: string;
  depositorName: string;
  loanNo: string | null;
  principal: string | null;
  /** True when the principal is within `approvalLimit` (null when no limit was given). */
  withinLimit: boolean | null;
  stage: LoanStage;
  stageLabel: string;
  waitingSince: string;
  windowNo: number | null;
};

/** Open loan matters waiting in the given stages, longest waiting first, with their working minutes in the stage. */
export async function listLoanMattersAtStages(
  stages: readonly LoanStage[],
  options: { approvalLimit?: string | null; take?: number; now?: Date } = {},
): Promise<LoanMatterQueueDto[]> {
  const now = options.now ?? new Date();
  const rows = await db.caseMatter.findMany({
    where: { kind: "LOAN", status: "OPEN", loanStage: { in: [...stages] } },
    orderBy: { stageSince: "asc" },
    take: options.take ?? 50,
    select: {
      id: true,
      loanStage: true,
      stageSince: true,
      caseId: true,
      case: { select: { caseNo: true, depositor: { select: { name: true } }, window: { select: { number: true } } } },
      loan: { select: { loanNo: true, principal: true } },
    },
  });
  const limit = options.approvalLimit ? money(options.approvalLimit) : null;
  const calendar = await loadCalendar(db);
  return rows.map((row) => {
    const stage = row.loanStage!;
    return {
      matterId: row.id,
      caseId: row.caseId,
      minutesInStage: workingMinutesBetween(calendar, row.stageSince, now),
      caseNo: row.case.caseNo,
      depositorName: row.case.depositor.name,
      loanNo: row.loan?.loanNo ?? null,
      principal: row.loan ? displayYuan(row.loan.principal) : null,
      withinLimit: limit && row.loan ? money(row.loan.principal).lessThanOrEqualTo(limit) : null,
      stage,
      stageLabel: LOAN_STAGE_LABELS[stage],
      waitingSince: formatShanghaiDateTime(row.stageSince),
      windowNo: row.case.window?.number ?? null,
    };
  });
}
