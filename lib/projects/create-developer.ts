import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { parseInput, requireProjectOfficer, type ProjectActor } from "@/lib/projects/officer";
import { ZCreateDeveloper, type TCreateDeveloperInput } from "@/lib/projects/schemas";

/**
 * Registers a developer (开发商) by its 统一社会信用代码 (valid check character), with legal
 * representative, qualification level and contact. A code registered before is refused, so a
 * double submit cannot make two. Writes the row and its audit entry in one transaction.
 * Errors: FORBIDDEN_ROLE, INVALID_INPUT (details.fieldErrors), DEVELOPER_EXISTS (field creditCode).
 */
export async function createDeveloper(opts: { actor: ProjectActor; input: TCreateDeveloperInput }): Promise<{ developerId: string }> {
  requireProjectOfficer(opts.actor);
  const input = parseInput(ZCreateDeveloper, opts.input);
  const duplicate = () => new DomainError("DEVELOPER_EXISTS", { field: "creditCode" });
  return inTransaction(
    async (tx) => {
      if (await tx.developer.findUnique({ where: { creditCode: input.creditCode }, select: { id: true } })) throw duplicate();
      const developer = await tx.developer.create({ data: input });
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        action: "DEVELOPER_CREATED",
        entityType: "Developer",
        entityId: developer.id,
        detail: { creditCode: input.creditCode, name: input.name },
      });
      return { developerId: developer.id };
    },
    { onUnique: duplicate },
  );
}
