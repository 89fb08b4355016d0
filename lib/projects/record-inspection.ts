import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import { evaluateChecklist, readChecklist } from "@/lib/projects/checklist";
import { preparePhotos } from "@/lib/projects/inspection-photos";
import { claimProjectVersion, parseInput, requireProjectOfficer, type ProjectActor } from "@/lib/projects/officer";
import { inspectionSchema, type TRecordInspectionInput } from "@/lib/projects/schemas";

/**
 * Records an on-site inspection (现场查勘) of a project in any admission state: the date (not in the
 * future), the place, the findings, a finding for every admission condition, the conclusion, and
 * 1–10 photos (JPEG/PNG by their bytes, ≤ 5 MB each, SHA-256 kept). The conclusion "passed" is
 * refused while a required condition is unmet. Everything is checked before the transaction; the
 * inspection, its photos, the project's version and the audit entry commit together or not at all.
 * Errors: FORBIDDEN_ROLE, INVALID_INPUT (details.fieldErrors, e.g. inspectedOn in the future, a
 * missing location or finding), PHOTO_REQUIRED / TOO_MANY_PHOTOS / PHOTO_INVALID (field photos),
 * CONCLUSION_CONFLICT (field passed, details.missing), NOT_FOUND, STALE.
 */
export async function recordInspection(opts: {
  actor: ProjectActor;
  input: TRecordInspectionInput;
  photos: { filename: string; bytes: Uint8Array }[];
  /** Optional captions by photo index. */
  captions?: (string | undefined)[];
  now?: Date;
}): Promise<{ inspectionId: string; passed: boolean }> {
  requireProjectOfficer(opts.actor);
  const now = opts.now ?? new Date();
  const input = parseInput(inspectionSchema(todayInShanghai(now)), opts.input);
  const photos = preparePhotos(opts.photos);
  const evaluation = evaluateChecklist(input.checklist);
  if (input.passed && !evaluation.complete) {
    throw new DomainError("CONCLUSION_CONFLICT", { field: "passed", details: { missing: evaluation.missing.map((c) => c.label) } });
  }
  return inTransaction(async (tx) => {
    const project = await claimProjectVersion(tx, input.projectId, input.expectedVersion);
    const inspection = await tx.siteInspection.create({
      data: {
        projectId: project.id,
        inspectedOn: dateColumn(input.inspectedOn),
        inspectorId: opts.actor.userId,
        location: input.location,
        findings: input.findings,
        checklist: readChecklist(input.checklist),
        passed: input.passed,
        createdAt: now,
      },
    });
    await tx.inspectionPhoto.createMany({
      data: photos.map((p, i) => ({ ...p, inspectionId: inspection.id, caption: opts.captions?.[i]?.trim() || null, uploadedAt: now })),
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "PROJECT_INSPECTED",
      entityType: "HousingProject",
      entityId: project.id,
      detail: {
        inspectionId: inspection.id,
        inspectedOn: input.inspectedOn,
        passed: input.passed,
        missing: evaluation.missing.map((c) => c.code),
        photos: photos.map((p) => p.sha256),
      },
    });
    return { inspectionId: inspection.id, passed: input.passed };
  });
}
