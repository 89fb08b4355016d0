import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";

/**
 * The refusals where money was at stake: each leaves a WITHDRAWAL_REFUSED audit row (who, which
 * window, which step, why), written after the refused transaction rolled back so it outlives it.
 */
export const AUDITED_REFUSALS: ReadonlySet<string> = new Set([
  "FOUR_EYES_SUBMITTER",
  "FOUR_EYES_APPROVER",
  "NO_WITHDRAWAL_AUTHORITY",
  "OVER_AUTHORITY",
  "PRESENCE_REQUIRED",
  "PRESENCE_MISMATCH",
  "PRESENCE_CODE_INVALID",
  "CARD_NOT_FOUND",
  "CARD_NAME_MISMATCH",
  "BANK_PAY_FAILED",
  "FORBIDDEN",
]);

export type RefusalContext = {
  actor: Actor;
  step: "SUBMIT" | "DECIDE" | "PAYOUT";
  entityType: "Withdrawal" | "Depositor";
  entityId: string;
  detail?: Record<string, string | number | null>;
};

/** Records the audit row when `error` is an audited refusal; always returns the error to rethrow. */
export async function auditRefusal(error: unknown, ctx: RefusalContext): Promise<unknown> {
  if (!isDomainError(error) || !AUDITED_REFUSALS.has(error.code)) return error;
  await recordAudit(db, {
    actorId: ctx.actor.userId,
    windowId: ctx.actor.windowId,
    action: "WITHDRAWAL_REFUSED",
    entityType: ctx.entityType,
    entityId: ctx.entityId,
    detail: { step: ctx.step, code: error.code, ...(error.details?.reason ? { reason: String(error.details.reason) } : {}), ...ctx.detail },
  });
  return error;
}
