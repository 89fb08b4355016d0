import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FraudFlagKind } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";

/** A fraud check's finding, to be written as a FraudFlag for the RISK_OFFICER queue. */
export type FlagDraft = {
  kind: FraudFlagKind;
  /** Chinese, for the risk officer: what was found. */
  reason: string;
  /** The evidence: claimed vs registered values, matching claims, the invoice verdict … */
  detail: Record<string, unknown>;
  depositorId: string;
  withdrawalId?: string | null;
  caseMatterId?: string | null;
  /** The staff member who took or handled the application (null online): the insider report counts these. */
  handledById?: string | null;
  windowId?: string | null;
};

const toData = (d: FlagDraft, applicationKey?: string): Prisma.FraudFlagCreateManyInput => ({
  kind: d.kind,
  reason: d.reason,
  detail: (applicationKey ? { ...d.detail, applicationKey } : d.detail) as Prisma.InputJsonValue,
  depositorId: d.depositorId,
  withdrawalId: d.withdrawalId ?? null,
  caseMatterId: d.caseMatterId ?? null,
  handledById: d.handledById ?? null,
  windowId: d.windowId ?? null,
});

/**
 * Flags written inside the caller's transaction (an application held or accepted with a finding),
 * each with its audit entry, so they commit or roll back with the application.
 */
export async function raiseFlags(
  tx: Tx,
  drafts: readonly FlagDraft[],
  audit: { actorId: string; windowId?: string | null },
): Promise<string[]> {
  const ids: string[] = [];
  for (const draft of drafts) {
    const flag = await tx.fraudFlag.create({ data: toData(draft), select: { id: true } });
    ids.push(flag.id);
    await recordAudit(tx, {
      actorId: audit.actorId,
      windowId: audit.windowId ?? null,
      action: "FRAUD_FLAG_RAISED",
      entityType: "FraudFlag",
      entityId: flag.id,
      toState: "OPEN",
      detail: {
        kind: draft.kind,
        withdrawalId: draft.withdrawalId ?? null,
        caseMatterId: draft.caseMatterId ?? null,
        depositorId: draft.depositorId,
      },
    });
  }
  return ids;
}

/**
 * Flags of a REFUSED application: written in their own short transaction before the refusal is
 * thrown, so they survive the rollback of the application's transaction. A repeated submit of the
 * same application (same applicationKey) records them once.
 * NOTE: no audit row here. The caller's transaction may already hold the audit chain's lock, and an
 * audit insert on this second connection would wait for it forever; a FraudFlag insert touches no
 * row that transaction can hold. The flag itself records who, where, when and why.
 */
export async function recordRefusalFlags(drafts: readonly FlagDraft[], applicationKey?: string): Promise<void> {
  if (drafts.length === 0) return;
  await db.$transaction(async (tx) => {
    if (applicationKey) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242, hashtext(${applicationKey}))`;
      const seen = await tx.fraudFlag.count({
        where: { depositorId: drafts[0]!.depositorId, detail: { path: ["applicationKey"], equals: applicationKey } },
      });
      if (seen > 0) return;
    }
    await tx.fraudFlag.createMany({ data: drafts.map((d) => toData(d, applicationKey)) });
  });
}
