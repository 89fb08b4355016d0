import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";

/** Closes the case (COMPLETED, closedAt) once none of its matters is still OPEN. Returns true if it closed. */
export async function closeCaseIfDone(
  tx: Tx,
  caseId: string,
  audit: { actorId?: string | null; actorLabel?: string | null; windowId?: string | null },
  now = new Date(),
): Promise<boolean> {
  const open = await tx.caseMatter.count({ where: { caseId, status: "OPEN" } });
  if (open > 0) return false;
  const closed = await tx.case.updateMany({ where: { id: caseId, status: "OPEN" }, data: { status: "COMPLETED", closedAt: now } });
  if (closed.count === 0) return false;
  await recordAudit(tx, { ...audit, action: "CASE_CLOSED", entityType: "Case", entityId: caseId, fromState: "OPEN", toState: "COMPLETED" });
  return true;
}
