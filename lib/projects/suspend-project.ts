import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { claimProjectVersion, parseInput, requireProjectOfficer, type ProjectActor } from "@/lib/projects/officer";
import { ZDecideWithReason, type TDecideWithReasonInput } from "@/lib/projects/schemas";

/**
 * Suspends an admitted project (暂停准入) with a reason, e.g. a violation found after admission:
 * ADMITTED → SUSPENDED. From then on no new-home loan is accepted for its units; guarantees of
 * loans already accepted stay as they are. The developer re-applies to be admitted again.
 * Errors: FORBIDDEN_ROLE, INVALID_INPUT (reason), NOT_FOUND, STALE, ILLEGAL_ADMISSION_STATE.
 */
export async function suspendProject(opts: { actor: ProjectActor; input: TDecideWithReasonInput }): Promise<void> {
  requireProjectOfficer(opts.actor);
  const input = parseInput(ZDecideWithReason, opts.input);
  await inTransaction(async (tx) => {
    const project = await claimProjectVersion(tx, input.projectId, input.expectedVersion);
    if (project.admissionStatus !== "ADMITTED")
      throw new DomainError("ILLEGAL_ADMISSION_STATE", { details: { status: project.admissionStatus } });
    await tx.housingProject.update({ where: { id: project.id }, data: { admissionStatus: "SUSPENDED" } });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "PROJECT_SUSPENDED",
      entityType: "HousingProject",
      entityId: project.id,
      fromState: "ADMITTED",
      toState: "SUSPENDED",
      detail: { agreementNo: project.agreementNo, reason: input.reason },
    });
  });
}
