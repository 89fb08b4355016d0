import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import { lockSeries } from "@/lib/db/serial";
import { nextProjectNo } from "@/lib/projects/numbers";
import { parseInput, requireProjectOfficer, type ProjectActor } from "@/lib/projects/officer";
import { projectSchema, type TCreateProjectInput } from "@/lib/projects/schemas";

/**
 * Registers a housing project (楼盘) of a developer with its buildings. The planned units are the
 * buildings' units summed; the construction status as of a date (not in the future) opens the
 * construction history. Admission starts at NOT_APPLIED. A second project of the same name for the
 * same developer is refused (so a double submit makes one). One transaction with its audit entry.
 * Errors: FORBIDDEN_ROLE, INVALID_INPUT (details.fieldErrors), NOT_FOUND (field developerId),
 * PROJECT_NAME_TAKEN (field name).
 */
export async function createProject(opts: {
  actor: ProjectActor;
  input: TCreateProjectInput;
  now?: Date;
}): Promise<{ projectId: string; projectNo: string }> {
  requireProjectOfficer(opts.actor);
  const now = opts.now ?? new Date();
  const today = todayInShanghai(now);
  const input = parseInput(projectSchema(today), opts.input);
  return inTransaction(async (tx) => {
    const developer = await tx.developer.findUnique({ where: { id: input.developerId }, select: { id: true } });
    if (!developer) throw new DomainError("NOT_FOUND", { field: "developerId", details: { entity: "Developer" } });
    await lockSeries(tx, `projectName:${input.developerId}`);
    if (await tx.housingProject.findFirst({ where: { developerId: input.developerId, name: input.name }, select: { id: true } })) {
      throw new DomainError("PROJECT_NAME_TAKEN", { field: "name" });
    }
    const projectNo = await nextProjectNo(tx, Number(today.slice(0, 4)));
    const project = await tx.housingProject.create({
      data: {
        projectNo,
        name: input.name,
        developerId: input.developerId,
        district: input.district,
        address: input.address,
        presalePermitNo: input.presalePermitNo ?? null,
        plannedUnits: input.buildings.reduce((sum, b) => sum + b.unitCount, 0),
        constructionStatus: input.constructionStatus,
        buildings: { create: input.buildings },
        constructionUpdates: {
          create: {
            status: input.constructionStatus,
            asOf: dateColumn(input.statusAsOf),
            note: "楼盘登记",
            recordedById: opts.actor.userId,
            createdAt: now,
          },
        },
      },
    });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      action: "PROJECT_CREATED",
      entityType: "HousingProject",
      entityId: project.id,
      toState: "NOT_APPLIED",
      detail: {
        projectNo,
        name: input.name,
        buildings: input.buildings.length,
        plannedUnits: project.plannedUnits,
        constructionStatus: input.constructionStatus,
      },
    });
    return { projectId: project.id, projectNo };
  });
}
