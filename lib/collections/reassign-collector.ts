import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { lockOpenCase, requireCollectionRole, type CollectionActor } from "@/lib/collections/access";
import type { TReassignCollector } from "@/lib/collections/schemas";

/**
 * Changes the collector of an OPEN case. Any RISK_OFFICER may take a case over (collector = self);
 * only an ADMIN may assign it to someone else. The new collector must be an active RISK_OFFICER.
 * The screen's collector (expectedCollectorId) must still be the case's: a stale screen is refused.
 * Assigning the current collector again changes nothing and writes no audit entry.
 * Errors: FORBIDDEN_ROLE, ASSIGN_OTHERS, NOT_A_COLLECTOR (field collectorId), NOT_FOUND,
 * CASE_CLOSED, STALE.
 */
export async function reassignCollector(opts: { actor: CollectionActor; input: TReassignCollector }): Promise<{ changed: boolean }> {
  const { actor, input } = opts;
  requireCollectionRole(actor);
  if (input.collectorId !== actor.userId && !actor.roles.includes("ADMIN")) throw new DomainError("ASSIGN_OTHERS");
  return inTransaction(async (tx) => {
    const found = await lockOpenCase(tx, input.caseId);
    if (found.collectorId === input.collectorId) return { changed: false };
    if (found.collectorId !== input.expectedCollectorId) throw new DomainError("STALE");
    const collector = await tx.user.findFirst({
      where: { id: input.collectorId, active: true, roles: { has: "RISK_OFFICER" } },
      select: { id: true },
    });
    if (!collector) throw new DomainError("NOT_A_COLLECTOR", { field: "collectorId" });
    await tx.collectionCase.update({ where: { id: found.id }, data: { collectorId: collector.id } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: input.collectorId === actor.userId ? "COLLECTION_CASE_TAKEN_OVER" : "COLLECTION_CASE_ASSIGNED",
      entityType: "CollectionCase",
      entityId: found.id,
      fromState: found.collectorId,
      toState: collector.id,
    });
    return { changed: true };
  });
}
