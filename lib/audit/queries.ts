import "server-only";
import { db } from "@/lib/db";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";

export type AuditRowDto = {
  id: string;
  chainSeq: string | null;
  at: string;
  actor: string;
  action: string;
  entity: string;
  change: string;
  hash: string | null;
};

/** The latest audit entries, newest first, with their place in the chain. */
export async function listRecentAuditEntries(take = 50): Promise<AuditRowDto[]> {
  const rows = await db.auditEntry.findMany({
    orderBy: { id: "desc" },
    take,
    select: {
      id: true,
      chainSeq: true,
      at: true,
      actorLabel: true,
      actor: { select: { loginName: true, displayName: true } },
      action: true,
      entityType: true,
      entityId: true,
      fromState: true,
      toState: true,
      hash: true,
    },
  });
  return rows.map((r) => ({
    id: r.id.toString(),
    chainSeq: r.chainSeq?.toString() ?? null,
    at: formatShanghaiDateTime(r.at),
    actor: r.actor ? `${r.actor.displayName}（${r.actor.loginName}）` : (r.actorLabel ?? "—"),
    action: r.action,
    entity: `${r.entityType} ${r.entityId}`,
    change: r.fromState || r.toState ? `${r.fromState ?? "—"} → ${r.toState ?? "—"}` : "—",
    hash: r.hash,
  }));
}
