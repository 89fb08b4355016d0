import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import { nextApplicationNo } from "@/lib/projects/numbers";
import { claimProjectVersion, parseInput, requireProjectOfficer, type ProjectActor } from "@/lib/projects/officer";
import { applicationSchema, type TApplyForAdmissionInput } from "@/lib/projects/schemas";

/** Admission states from which a developer may (re-)apply: never applied, refused, or suspended. */
export const MAY_APPLY = ["NOT_APPLIED", "REJECTED", "SUSPENDED"] as const;

/**
 * Records the developer's application for admission (准入申请), dated (not in the future): a PENDING
 * AdmissionApplication with a number from the yearly ZRSQ series, and the project goes to APPLIED.
 * Only from NOT_APPLIED, REJECTED or SUSPENDED, at the version the officer saw.
 * Errors: FORBIDDEN_ROLE, INVALID_INPUT, NOT_FOUND, STALE, ILLEGAL_ADMISSION_STATE (details.status).
 */
export async function applyForAdmission(opts: {
  actor: ProjectActor;
  input: TApplyForAdmissionInput;
  now?: Date;
}): Promise<{ applicationId: string; applicationNo: string }> {
  requireProjectOfficer(opts.actor);
  const now = opts.now ?? new Date();
  const today = todayInShanghai(now);
  const input = parseInput(applicationSchema(today), opts.input);
  return inTransaction(async (tx) => {
    const project = await claimProjectVersion(tx, input.projectId, input.expectedVersion);
    if (!(MAY_APPLY as readonly string[]).includes(project.admissionStatus))
      throw new DomainError("ILLEGAL_ADMISSION_STATE", { details: { status: project.admissionStatus } });
    const applicationNo = await nextApplicationNo(tx, Number(today.slice(0, 4)));
    const application = await tx.admissionApplication.create({
      data: {
        applicationNo,
        projectId: project.id,
        appliedOn: dateColumn(input.appliedOn),
        applicantName: input.applicantName,
        note: input.note ?? null,
        createdById: opts.actor.userId,
        createdAt: now,
      },
    });
    await tx.housingProject.update({ where: { id: project.id }, data: { admissionStatus: "APPLIED" } });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "PROJECT_ADMISSION_APPLIED",
      entityType: "HousingProject",
      entityId: project.id,
      fromState: project.admissionStatus,
      toState: "APPLIED",
      detail: { applicationNo, appliedOn: input.appliedOn, applicantName: input.applicantName },
    });
    return { applicationId: application.id, applicationNo };
  });
}
