import { db } from "@/lib/db";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SmsStatus } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_KIND_LABELS } from "./labels";
import { maskPhone } from "./texts";

/** One outbox message as the admin sees it: the number masked, the event it tells of. */
export type SmsRow = {
  id: string;
  status: SmsStatus;
  phone: string;
  event: string;
  attempts: number;
  resends: number;
  lastError: string | null;
  createdAt: string;
};

const STATUSES: SmsStatus[] = ["PENDING", "SENT", "FAILED", "EXPIRED"];

/** How many messages the outbox holds in each status. */
export async function smsStatusCounts(): Promise<Record<SmsStatus, number>> {
  const groups = await db.smsOutbox.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<SmsStatus, number>;
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

/** The newest `limit` FAILED or EXPIRED messages (or only `status`), newest first. */
export function listUndeliveredSms(opts: { status?: "FAILED" | "EXPIRED"; limit?: number } = {}): Promise<SmsRow[]> {
  return listSms({ status: opts.status ?? { in: ["FAILED", "EXPIRED"] } }, opts.limit ?? 100);
}

/** Messages staff put back in the outbox that are waiting or were delivered since (what became of a 重新发送). */
export function listResentSms(limit = 20): Promise<SmsRow[]> {
  return listSms({ resends: { gt: 0 }, status: { in: ["PENDING", "SENT"] } }, limit);
}

async function listSms(where: Prisma.SmsOutboxWhereInput, limit: number): Promise<SmsRow[]> {
  const rows = await db.smsOutbox.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, status: true, phone: true, notificationId: true, attempts: true, resends: true, lastError: true, createdAt: true },
  });
  const ids = rows.map((r) => r.notificationId).filter((id): id is string => id !== null);
  const notes = await db.notification.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true, title: true } });
  const byId = new Map(notes.map((n) => [n.id, n]));
  return rows.map((r) => {
    const n = r.notificationId ? byId.get(r.notificationId) : undefined;
    return {
      id: r.id,
      status: r.status,
      phone: maskPhone(r.phone),
      event: n ? `${NOTIFICATION_KIND_LABELS[n.kind]}：${n.title}` : "—",
      attempts: r.attempts,
      resends: r.resends,
      lastError: r.lastError,
      createdAt: formatShanghaiDateTime(r.createdAt),
    };
  });
}
