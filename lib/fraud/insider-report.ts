import { shanghaiDayStart } from "@/lib/dates/business-day";
import "server-only";
import { db } from "@/lib/db";
import { addMonthsClamped, todayInShanghai } from "@/lib/dates/calendar";
import { FLAG_KIND_LABELS } from "@/lib/fraud/labels";
import { INSIDER_THRESHOLD, rankStaffByFlags } from "@/lib/fraud/insider-threshold";

export type InsiderRowDto = {
  userId: string;
  name: string;
  handled: number;
  flags: number;
  rate: string;
  ratio: string;
  unusual: boolean;
  kinds: string;
};

/**
 * Staff whose handled work carries unusually many fraud flags, since `since` (default 12 months
 * ago, Asia/Shanghai): handled = cases they accepted at a window + withdrawals they took at a
 * window; flags = fraud flags naming them as handler (refused applications included). The rule
 * is lib/fraud/insider-threshold.
 */
export async function insiderReport(since: string = addMonthsClamped(todayInShanghai(), -12)) {
  const from = shanghaiDayStart(since);
  const [cases, withdrawals, flags, kinds] = await Promise.all([
    db.case.groupBy({ by: ["acceptedById"], where: { acceptedById: { not: null }, openedAt: { gte: from } }, _count: { _all: true } }),
    db.withdrawal.groupBy({ by: ["submittedById"], where: { channel: "WINDOW", submittedAt: { gte: from } }, _count: { _all: true } }),
    db.fraudFlag.groupBy({ by: ["handledById"], where: { handledById: { not: null }, createdAt: { gte: from } }, _count: { _all: true } }),
    db.fraudFlag.groupBy({
      by: ["handledById", "kind"],
      where: { handledById: { not: null }, createdAt: { gte: from } },
      _count: { _all: true },
    }),
  ]);
  const load = new Map<string, { handled: number; flags: number }>();
  const at = (id: string) => load.get(id) ?? load.set(id, { handled: 0, flags: 0 }).get(id)!;
  for (const c of cases) at(c.acceptedById!).handled += c._count._all;
  for (const w of withdrawals) at(w.submittedById).handled += w._count._all;
  for (const f of flags) at(f.handledById!).flags += f._count._all;
  const ranked = rankStaffByFlags([...load.entries()].map(([userId, v]) => ({ userId, ...v })));
  const users = await db.user.findMany({
    where: { id: { in: [...load.keys()] } },
    select: { id: true, displayName: true, loginName: true },
  });
  const rows: InsiderRowDto[] = ranked.rows.map((r) => {
    const u = users.find((x) => x.id === r.userId);
    return {
      userId: r.userId,
      name: u ? `${u.displayName}（${u.loginName}）` : r.userId,
      handled: r.handled,
      flags: r.flags,
      rate: r.handled ? `${((r.flags / r.handled) * 100).toFixed(1)}%` : "—",
      ratio: r.ratio === null ? "—" : `${r.ratio.toFixed(1)} 倍`,
      unusual: r.unusual,
      kinds:
        kinds
          .filter((k) => k.handledById === r.userId)
          .map((k) => `${FLAG_KIND_LABELS[k.kind]} ${k._count._all}`)
          .join("，") || "—",
    };
  });
  return {
    since,
    centerRate: ranked.centerHandled ? `${((ranked.centerFlags / ranked.centerHandled) * 100).toFixed(1)}%` : "—",
    centerFlags: ranked.centerFlags,
    centerHandled: ranked.centerHandled,
    threshold: INSIDER_THRESHOLD,
    rows,
  };
}
