import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { claimPendingApplication, parseInput, requireProjectOfficer, type ProjectActor } from "@/lib/projects/officer";
import { ZDecideWithReason, type TDecideWithReasonInput } from "@/lib/projects/schemas";

/**
 * Refuses a pending application (不予准入) with a reason: the application is REJECTED and the
 * project goes APPLIED → REJECTED (the developer may apply again after rectifying).
 * Errors: FORBIDDEN_ROLE, INVALID_INPUT (reason), NOT_FOUND, STALE, ILLEGAL_ADMISSION_STATE,
 * NO_PENDING_APPLICATION.
 */
export async function rejectAdmission(opts: { actor: ProjectActor; input: TDecideWithReasonInput; now?: Date }): Promise<void> {
  requireProjectOfficer(opts.actor);
  const now = opts.now ?? new Date();
  const input = parseInput(ZDecideWithReason, opts.input);
  await inTransaction(async (tx) => {
    const { project, application } = await claimPendingApplication(tx, input.projectId, input.expectedVersion);
    await tx.admissionApplication.update({
      where: { id: application.id },
      data: { decision: "REJECTED", decidedById: opts.actor.userId, decidedAt: now, note: input.reason },
    });
    await tx.housingProject.update({ where: { id: project.id }, data: { admissionStatus: "REJECTED" } });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "PROJECT_ADMISSION_REJECTED",
      entityType: "HousingProject",
      entityId: project.id,
      fromState: "APPLIED",
      toState: "REJECTED",
      detail: { applicationNo: application.applicationNo, reason: input.reason },
    });
  });
}
