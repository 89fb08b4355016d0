import "server-only";
import { db } from "@/lib/db";
import { fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { isBanActive } from "@/lib/fraud/blacklist-rule";

export type BlacklistRowDto = {
  id: string;
  name: string;
  idNumber: string;
  reason: string;
  evidence: string;
  decidedBy: string;
  startsOn: string;
  endsOn: string;
  state: "ACTIVE" | "LIFTED" | "EXPIRED" | "PENDING";
  stateLabel: string;
  lifted: string | null;
  /** Applications refused because of this ban (audit BLACKLIST_REFUSAL). */
  refusals: number;
};

const STATE_LABELS = { ACTIVE: "生效中", LIFTED: "已解除", EXPIRED: "已到期", PENDING: "未生效" } as const;

/** Every blacklist entry, bans in force first, then by start date, newest first. */
export async function listBlacklist(q?: string): Promise<BlacklistRowDto[]> {
  const term = q?.trim();
  const entries = await db.blacklistEntry.findMany({
    where: term ? { OR: [{ idNumber: term.toUpperCase() }, { name: { contains: term } }] } : undefined,
    orderBy: [{ startsOn: "desc" }, { createdAt: "desc" }],
    take: 500,
  });
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(entries.flatMap((e) => [e.decidedById, ...(e.liftedById ? [e.liftedById] : [])]))] } },
    select: { id: true, displayName: true },
  });
  const refusals = await db.auditEntry.groupBy({
    by: ["entityId"],
    where: { action: "BLACKLIST_REFUSAL", entityId: { in: entries.map((e) => e.id) } },
    _count: { _all: true },
  });
  const today = todayInShanghai();
  const name = (id: string | null) => users.find((u) => u.id === id)?.displayName ?? "—";
  const rows = entries.map((e): BlacklistRowDto => {
    const startsOn = fromDateColumn(e.startsOn);
    const endsOn = fromDateColumn(e.endsOn);
    const state = e.liftedAt
      ? "LIFTED"
      : isBanActive({ startsOn, endsOn, lifted: false }, today)
        ? "ACTIVE"
        : today < startsOn
          ? "PENDING"
          : "EXPIRED";
    return {
      id: e.id,
      name: e.name,
      idNumber: e.idNumber,
      reason: e.reason,
      evidence: e.evidence,
      decidedBy: name(e.decidedById),
      startsOn,
      endsOn,
      state,
      stateLabel: STATE_LABELS[state],
      lifted: e.liftedAt ? `${name(e.liftedById)} ${formatShanghaiDateTime(e.liftedAt)}：${e.liftReason ?? ""}` : null,
      refusals: refusals.find((r) => r.entityId === e.id)?._count._all ?? 0,
    };
  });
  return rows.sort((a, b) => Number(b.state === "ACTIVE") - Number(a.state === "ACTIVE"));
}
