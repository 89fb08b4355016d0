import { DomainError } from "@/lib/errors";
import type { ConstructionStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import { claimProjectVersion, parseInput, requireProjectOfficer, type ProjectActor } from "@/lib/projects/officer";
import { constructionSchema, type TUpdateConstructionInput } from "@/lib/projects/schemas";

const ORDER: Record<ConstructionStatus, number> = { NOT_STARTED: 0, UNDER_CONSTRUCTION: 1, BUILT: 2 };

/**
 * Why a construction update needs a note, or null: going backwards (e.g. BUILT → UNDER_CONSTRUCTION
 * after a failed completion acceptance) must be explained, and so must an update that keeps the
 * status (it only reports progress). Pure.
 */
export function noteRequiredFor(from: ConstructionStatus, to: ConstructionStatus): "BACKWARD" | "UNCHANGED" | null {
  if (ORDER[to] < ORDER[from]) return "BACKWARD";
  return to === from ? "UNCHANGED" : null;
}

/**
 * Records the project's construction status (未开工 / 在建 / 已竣工) as of a date: not in the future
 * and not before the latest recorded update, so the history reads in order. A backward or unchanged
 * status needs a note. Appends a ConstructionUpdate, sets the project's status, bumps its version,
 * audits, in one transaction.
 * Errors: FORBIDDEN_ROLE, INVALID_INPUT, NOT_FOUND, STALE, DATE_BEFORE_LAST_UPDATE (field asOf,
 * details.lastAsOf), NOTE_REQUIRED (field note, details.reason).
 */
export async function updateConstruction(opts: {
  actor: ProjectActor;
  input: TUpdateConstructionInput;
  now?: Date;
}): Promise<{ updateId: string }> {
  requireProjectOfficer(opts.actor);
  const now = opts.now ?? new Date();
  const input = parseInput(constructionSchema(todayInShanghai(now)), opts.input);
  return inTransaction(async (tx) => {
    const project = await claimProjectVersion(tx, input.projectId, input.expectedVersion);
    const last = await tx.constructionUpdate.findFirst({
      where: { projectId: project.id },
      orderBy: [{ asOf: "desc" }, { createdAt: "desc" }],
      select: { asOf: true },
    });
    const lastAsOf = last ? fromDateColumn(last.asOf) : null;
    if (lastAsOf && input.asOf < lastAsOf) throw new DomainError("DATE_BEFORE_LAST_UPDATE", { field: "asOf", details: { lastAsOf } });
    const reason = noteRequiredFor(project.constructionStatus, input.status);
    if (reason && !input.note) throw new DomainError("NOTE_REQUIRED", { field: "note", details: { reason } });
    const update = await tx.constructionUpdate.create({
      data: {
        projectId: project.id,
        status: input.status,
        asOf: dateColumn(input.asOf),
        note: input.note ?? "",
        recordedById: opts.actor.userId,
        createdAt: now,
      },
    });
    await tx.housingProject.update({ where: { id: project.id }, data: { constructionStatus: input.status } });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "PROJECT_CONSTRUCTION_UPDATED",
      entityType: "HousingProject",
      entityId: project.id,
      fromState: project.constructionStatus,
      toState: input.status,
      detail: { asOf: input.asOf, note: input.note ?? null },
    });
    return { updateId: update.id };
  });
}
