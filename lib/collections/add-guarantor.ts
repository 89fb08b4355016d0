import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { lockOpenCase, requireCollectionRole, type CollectionActor } from "@/lib/collections/access";
import type { TAddGuarantor } from "@/lib/collections/schemas";

/**
 * Adds a guarantor's contacts to an OPEN collection case. A guarantor with the same name and phone
 * already on the case is not added twice (a double submit returns the first). One transaction with
 * its audit entry. Errors: FORBIDDEN_ROLE, NOT_FOUND, CASE_CLOSED.
 */
export async function addCollectionGuarantor(opts: {
  actor: CollectionActor;
  input: TAddGuarantor;
}): Promise<{ guarantorId: string; duplicate: boolean }> {
  const { actor, input } = opts;
  requireCollectionRole(actor);
  return inTransaction(async (tx) => {
    const found = await lockOpenCase(tx, input.caseId);
    const same = await tx.collectionGuarantor.findFirst({
      where: { caseId: found.id, name: input.name, phone: input.phone },
      select: { id: true },
    });
    if (same) return { guarantorId: same.id, duplicate: true };
    const guarantor = await tx.collectionGuarantor.create({
      data: {
        caseId: found.id,
        name: input.name,
        phone: input.phone,
        relation: input.relation,
        address: input.address,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "COLLECTION_GUARANTOR_ADDED",
      entityType: "CollectionCase",
      entityId: found.id,
      detail: { guarantorId: guarantor.id, name: input.name, relation: input.relation },
    });
    return { guarantorId: guarantor.id, duplicate: false };
  });
}
