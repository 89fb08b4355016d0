import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { dateColumn, fromDateColumn } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import { lockOpenCase, requireCollectionRole, type CollectionActor } from "@/lib/collections/access";
import { contactRuleIssues } from "@/lib/collections/contact-rules";
import { instantToShanghaiLocal } from "@/lib/dates/business-day";
import type { TLogContact } from "@/lib/collections/schemas";

export type LogContactOptions = { actor: CollectionActor; input: TLogContact; now?: Date };

/**
 * Logs a call, visit, meeting or other contact on an OPEN collection case, with an optional promise
 * to pay. Rules: RISK_OFFICER or ADMIN; the contact time is not in the future nor before the case
 * was opened; a promise has a positive amount (two decimals at most) and a date from today on.
 * The same entry submitted twice (same officer, kind, party, time and outcome) is stored once: the
 * second call returns the first. One transaction with its audit entry.
 * Errors: FORBIDDEN_ROLE, CONTACT_RULES (details.issues by field), NOT_FOUND, CASE_CLOSED,
 * CONTACT_BEFORE_OPEN (field contactedAt).
 */
export async function logCollectionContact(opts: LogContactOptions): Promise<{ contactId: string; duplicate: boolean }> {
  const now = opts.now ?? new Date();
  const { input, actor } = opts;
  requireCollectionRole(actor);
  const issues = contactRuleIssues(input, now);
  if (issues.length > 0) throw new DomainError("CONTACT_RULES", { details: { issues } });

  return inTransaction(async (tx) => {
    const found = await lockOpenCase(tx, input.caseId);
    if (instantToShanghaiLocal(input.contactedAt).slice(0, 10) < fromDateColumn(found.openedOn)) {
      throw new DomainError("CONTACT_BEFORE_OPEN", { field: "contactedAt" });
    }
    const same = await tx.collectionContact.findFirst({
      where: {
        caseId: found.id,
        kind: input.kind,
        party: input.party,
        contactedAt: input.contactedAt,
        outcome: input.outcome,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    if (same) return { contactId: same.id, duplicate: true };
    const contact = await tx.collectionContact.create({
      data: {
        caseId: found.id,
        kind: input.kind,
        contactedAt: input.contactedAt,
        party: input.party,
        outcome: input.outcome,
        promisedAmount: input.promisedAmount,
        promisedDate: input.promisedDate ? dateColumn(input.promisedDate) : null,
        note: input.note,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "COLLECTION_CONTACT_LOGGED",
      entityType: "CollectionCase",
      entityId: found.id,
      detail: {
        contactId: contact.id,
        kind: input.kind,
        party: input.party,
        contactedAt: input.contactedAt.toISOString(),
        ...(input.promisedAmount ? { promisedAmount: input.promisedAmount, promisedDate: input.promisedDate } : {}),
      },
    });
    return { contactId: contact.id, duplicate: false };
  });
}
