import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FraudFlagKind, FraudFlagStatus } from "@/lib/generated/prisma/enums";
import { addDays, todayInShanghai } from "@/lib/dates/calendar";
import { formatShanghaiDateTime, shanghaiDayStart } from "@/lib/dates/business-day";
import { FLAG_KIND_LABELS, FLAG_STATUS_LABELS } from "@/lib/fraud/labels";
import { blacklistYears, findActiveBan } from "@/lib/fraud/facts";
import { WITHDRAWAL_STATUS_LABELS } from "@/lib/withdrawals/queries";
import { REASON_RULES, isReasonCode } from "@/lib/withdrawals/reasons";

export const FLAG_KINDS = Object.keys(FLAG_KIND_LABELS) as FraudFlagKind[];
export const FLAG_STATUSES = Object.keys(FLAG_STATUS_LABELS) as FraudFlagStatus[];

export type FlagFilter = { kind?: FraudFlagKind; status?: FraudFlagStatus | "ALL"; from?: string; to?: string; q?: string };

export type FlagRowDto = {
  id: string;
  createdAt: string;
  kind: string;
  status: FraudFlagStatus;
  statusLabel: string;
  person: string;
  idNumber: string;
  reason: string;
  withdrawal: string | null;
  handler: string;
};

const reasonLabel = (code: string) => (isReasonCode(code) ? REASON_RULES[code].label : code);

/** The risk officer's queue: newest first, OPEN by default, at most 200 rows. */
export async function listFlags(filter: FlagFilter): Promise<{ rows: FlagRowDto[]; total: number }> {
  const q = filter.q?.trim();
  const people = q
    ? await db.depositor.findMany({
        where: { OR: [{ idNumber: q.toUpperCase() }, { name: { contains: q } }] },
        select: { id: true },
        take: 200,
      })
    : null;
  const where: Prisma.FraudFlagWhereInput = {
    kind: filter.kind,
    status: filter.status === "ALL" ? undefined : (filter.status ?? "OPEN"),
    createdAt: {
      gte: filter.from ? shanghaiDayStart(filter.from) : undefined,
      lt: filter.to ? shanghaiDayStart(addDays(filter.to, 1)) : undefined,
    },
    depositorId: people ? { in: people.map((p) => p.id) } : undefined,
  };
  const [rows, total] = await Promise.all([
    db.fraudFlag.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: 200,
      select: {
        id: true,
        createdAt: true,
        kind: true,
        status: true,
        reason: true,
        depositorId: true,
        handledById: true,
        withdrawal: { select: { withdrawalNo: true, reasonCode: true, status: true } },
      },
    }),
    db.fraudFlag.count({ where }),
  ]);
  const [persons, handlers] = await Promise.all([
    db.depositor.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.depositorId))] } },
      select: { id: true, name: true, idNumber: true },
    }),
    db.user.findMany({
      where: { id: { in: rows.flatMap((r) => (r.handledById ? [r.handledById] : [])) } },
      select: { id: true, displayName: true, loginName: true },
    }),
  ]);
  return {
    total,
    rows: rows.map((r) => {
      const p = persons.find((x) => x.id === r.depositorId);
      const h = handlers.find((x) => x.id === r.handledById);
      const w = r.withdrawal;
      return {
        id: r.id,
        createdAt: formatShanghaiDateTime(r.createdAt),
        kind: FLAG_KIND_LABELS[r.kind],
        status: r.status,
        statusLabel: FLAG_STATUS_LABELS[r.status],
        person: p?.name ?? "—",
        idNumber: p?.idNumber ?? "—",
        reason: r.reason,
        withdrawal: w ? `${w.withdrawalNo}（${reasonLabel(w.reasonCode)}，${WITHDRAWAL_STATUS_LABELS[w.status]}）` : null,
        handler: h ? `${h.displayName}（${h.loginName}）` : "网上申请",
      };
    }),
  };
}

/** Open flags by kind, for the queue's header. */
export async function countOpenFlags(): Promise<{ kind: string; count: number }[]> {
  const groups = await db.fraudFlag.groupBy({ by: ["kind"], where: { status: "OPEN" }, _count: { _all: true } });
  return FLAG_KINDS.map((k) => ({ kind: FLAG_KIND_LABELS[k], count: groups.find((g) => g.kind === k)?._count._all ?? 0 }));
}

/** Whether the person is banned today, for the flag page. */
export async function activeBanFor(idNumber: string) {
  const ban = await findActiveBan(db, [idNumber], todayInShanghai());
  return ban && { reason: ban.reason, startsOn: ban.startsOn, endsOn: ban.endsOn };
}

/** The ban length new entries get (Setting fraud.blacklistYears, default 5). */
export function getBlacklistYears(): Promise<number> {
  return blacklistYears(db);
}
