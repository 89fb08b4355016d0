import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import { evaluateChecklist, readChecklist } from "@/lib/projects/checklist";
import { nextAgreementNo } from "@/lib/projects/numbers";
import { claimPendingApplication, parseInput, requireProjectOfficer, type ProjectActor } from "@/lib/projects/officer";
import { admitSchema, type TAdmitProjectInput } from "@/lib/projects/schemas";

/**
 * Admits a project (准入): the officer signs the admission agreement with the developer on site.
 * Rules, all checked inside the transaction at the version the officer saw:
 * - the project is APPLIED with a PENDING application, and construction has started;
 * - the latest inspection (by date, then by recording time) is on or after the application date,
 *   its conclusion is "passed", and its checklist meets every condition required today;
 * - the agreement is signed on or after that inspection and not in the future, at a place.
 * Writes the agreement number (yearly ZRXY series, by the signing year) on the application
 * (ADMITTED, decider, the inspection's checklist) and on the project (ADMITTED, admittedOn = the
 * signing date), with the audit entry.
 * Errors: FORBIDDEN_ROLE, INVALID_INPUT, NOT_FOUND, STALE, ILLEGAL_ADMISSION_STATE,
 * NO_PENDING_APPLICATION, PROJECT_NOT_STARTED, INSPECTION_REQUIRED (details.appliedOn),
 * INSPECTION_NOT_PASSED, CONDITIONS_UNMET (details.missing labels), SIGNED_BEFORE_INSPECTION
 * (field agreementSignedOn).
 */
export async function admitProject(opts: {
  actor: ProjectActor;
  input: TAdmitProjectInput;
  now?: Date;
}): Promise<{ agreementNo: string; admittedOn: string }> {
  requireProjectOfficer(opts.actor);
  const now = opts.now ?? new Date();
  const input = parseInput(admitSchema(todayInShanghai(now)), opts.input);
  return inTransaction(async (tx) => {
    const { project, application } = await claimPendingApplication(tx, input.projectId, input.expectedVersion);
    if (project.constructionStatus === "NOT_STARTED") throw new DomainError("PROJECT_NOT_STARTED");

    const appliedOn = fromDateColumn(application.appliedOn);
    const latest = await tx.siteInspection.findFirst({
      where: { projectId: project.id },
      orderBy: [{ inspectedOn: "desc" }, { createdAt: "desc" }],
    });
    if (!latest || fromDateColumn(latest.inspectedOn) < appliedOn) throw new DomainError("INSPECTION_REQUIRED", { details: { appliedOn } });
    if (!latest.passed) throw new DomainError("INSPECTION_NOT_PASSED");
    const checklist = readChecklist(latest.checklist);
    const evaluation = evaluateChecklist(checklist);
    if (!evaluation.complete) throw new DomainError("CONDITIONS_UNMET", { details: { missing: evaluation.missing.map((c) => c.label) } });
    const inspectedOn = fromDateColumn(latest.inspectedOn);
    if (input.agreementSignedOn < inspectedOn)
      throw new DomainError("SIGNED_BEFORE_INSPECTION", { field: "agreementSignedOn", details: { inspectedOn } });

    const agreementNo = await nextAgreementNo(tx, Number(input.agreementSignedOn.slice(0, 4)));
    const signedOn = dateColumn(input.agreementSignedOn);
    const note = [`开发商签约代表：${input.developerSignatory}`, input.note].filter(Boolean).join("；");
    await tx.admissionApplication.update({
      where: { id: application.id },
      data: {
        decision: "ADMITTED",
        decidedById: opts.actor.userId,
        decidedAt: now,
        checklist,
        agreementNo,
        agreementSignedOn: signedOn,
        agreementPlace: input.agreementPlace,
        note,
      },
    });
    await tx.housingProject.update({ where: { id: project.id }, data: { admissionStatus: "ADMITTED", admittedOn: signedOn, agreementNo } });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "PROJECT_ADMITTED",
      entityType: "HousingProject",
      entityId: project.id,
      fromState: "APPLIED",
      toState: "ADMITTED",
      detail: {
        agreementNo,
        applicationNo: application.applicationNo,
        inspectionId: latest.id,
        signedOn: input.agreementSignedOn,
        place: input.agreementPlace,
        signatory: input.developerSignatory,
      },
    });
    return { agreementNo, admittedOn: input.agreementSignedOn };
  });
}
