import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";

/**
 * 单位信息变更 at a window: name, address and contact phone (the credit code never changes; the
 * rates change through a four-eyes request, request-rate-change.ts). The audit row keeps both the
 * old and the new values. Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, EMPLOYER_NOT_FOUND.
 */
export async function updateEmployer(input: {
  actor: Actor;
  employerId: string;
  name: string;
  address: string;
  contactPhone: string;
}): Promise<{ changed: string[] }> {
  const windowId = requireTellerAtWindow(input.actor);
  return inTransaction(async (tx) => {
    const [before] = await tx.$queryRaw<{ name: string; address: string; contactPhone: string }[]>`
      SELECT name, address, "contactPhone" FROM "Employer" WHERE id = ${input.employerId} FOR UPDATE`;
    if (!before) throw new DomainError("EMPLOYER_NOT_FOUND");
    const after = { name: input.name.trim(), address: input.address.trim(), contactPhone: input.contactPhone.trim() };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]);
    if (changed.length === 0) return { changed };
    await tx.employer.update({ where: { id: input.employerId }, data: after });
    await recordAudit(tx, {
      actorId: input.actor.userId,
      windowId,
      action: "EMPLOYER_CHANGED",
      entityType: "Employer",
      entityId: input.employerId,
      fromState: JSON.stringify(Object.fromEntries(changed.map((k) => [k, before[k]]))),
      toState: JSON.stringify(Object.fromEntries(changed.map((k) => [k, after[k]]))),
    });
    return { changed };
  });
}
