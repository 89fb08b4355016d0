import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";

type Who = { actorId: string | null; windowId?: string | null };

/**
 * In the caller's transaction (loan acceptance): the developer's stage guarantee (阶段性担保) for a
 * new-home loan, ACTIVE from `on`, for the loan's principal, naming the project and its developer.
 * One per loan (loanId is unique). Throws NOT_FOUND when the unit belongs to no project.
 */
export async function openStageGuarantee(
  tx: Tx,
  opts: Who & { loanId: string; unitId: string; amount: string; on: string },
): Promise<{ guaranteeId: string }> {
  const unit = await tx.propertyUnit.findUnique({
    where: { id: opts.unitId },
    select: { project: { select: { id: true, developerId: true } } },
  });
  if (!unit?.project) throw new DomainError("NOT_FOUND", { details: { entity: "HousingProject" } });
  const guarantee = await tx.stageGuarantee.create({
    data: {
      loanId: opts.loanId,
      developerId: unit.project.developerId,
      projectId: unit.project.id,
      amount: opts.amount,
      status: "ACTIVE",
      startsOn: dateColumn(opts.on),
    },
  });
  await recordAudit(tx, {
    actorId: opts.actorId,
    windowId: opts.windowId ?? null,
    action: "STAGE_GUARANTEE_OPENED",
    entityType: "StageGuarantee",
    entityId: guarantee.id,
    toState: "ACTIVE",
    detail: {
      loanId: opts.loanId,
      projectId: unit.project.id,
      developerId: unit.project.developerId,
      amount: opts.amount,
      startsOn: opts.on,
    },
  });
  return { guaranteeId: guarantee.id };
}

/**
 * In the caller's transaction (mortgage registration): the loan's ACTIVE stage guarantee, if any,
 * becomes RELEASED on `on`. Guarded by the status, so a second call changes nothing; returns
 * whether this call released it.
 */
export async function releaseStageGuarantee(tx: Tx, opts: Who & { loanId: string; on: string; reason: string }): Promise<boolean> {
  const guarantee = await tx.stageGuarantee.findUnique({ where: { loanId: opts.loanId }, select: { id: true } });
  if (!guarantee) return false;
  const released = await tx.stageGuarantee.updateMany({
    where: { id: guarantee.id, status: "ACTIVE" },
    data: { status: "RELEASED", releasedOn: dateColumn(opts.on) },
  });
  if (released.count !== 1) return false;
  await recordAudit(tx, {
    actorId: opts.actorId,
    windowId: opts.windowId ?? null,
    action: "STAGE_GUARANTEE_RELEASED",
    entityType: "StageGuarantee",
    entityId: guarantee.id,
    fromState: "ACTIVE",
    toState: "RELEASED",
    detail: { loanId: opts.loanId, releasedOn: opts.on, reason: opts.reason },
  });
  return true;
}
