import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  actorId?: string | null;
  /** For actions outside a person: "system", "seed", "batch", or an unknown login name. */
  actorLabel?: string | null;
  windowId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  detail?: Prisma.InputJsonValue;
};

/** Anything with the auditEntry delegate: a transaction client (preferred) or the db client. */
export type AuditWriter = {
  auditEntry: { create(args: { data: Prisma.AuditEntryUncheckedCreateInput }): PromiseLike<unknown> };
};

/**
 * Writes one audit row. Call it inside the same `$transaction` as the change it records, so the
 * change and its audit entry commit or roll back together.
 */
export async function recordAudit(tx: AuditWriter, input: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: input.actorId ?? null,
      actorLabel: input.actorLabel ?? null,
      windowId: input.windowId ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      fromState: input.fromState ?? null,
      toState: input.toState ?? null,
      detail: input.detail,
    },
  });
}
