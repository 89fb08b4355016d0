import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { maskPhone } from "./texts";

/**
 * An ADMIN puts a FAILED SMS back in the outbox (重新发送, /admin/sms): PENDING, due now, with a
 * fresh round of attempts (the dispatcher sends it with the same id, so a gateway that did deliver
 * it answers with its first receipt: never twice on a phone). `resends` is the count the admin saw:
 * the row is locked and the count compared, so a double click or two admins put it back once.
 * An EXPIRED message, or a failed one past its expiresAt, stays unsent: its text stopped being true
 * (a reminder after the due date).
 * Audited (SMS_RESENT, with the failed round's tries and last error; the phone masked).
 * Errors: FORBIDDEN_ROLE, NOT_FOUND, SMS_NOT_RESENDABLE, SMS_ALREADY_RESENT.
 */
export async function resendSms(opts: { actor: Actor; smsId: string; resends: number; now?: Date }): Promise<{ resends: number }> {
  requireActorRole(opts.actor, "ADMIN");
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    const [sms] = await tx.$queryRaw<
      { id: string; status: string; phone: string; attempts: number; resends: number; lastError: string | null; expiresAt: Date | null }[]
    >`
      SELECT id, status::text AS status, phone, attempts, resends, "lastError", "expiresAt" FROM "SmsOutbox" WHERE id = ${opts.smsId} FOR UPDATE`;
    if (!sms) throw new DomainError("NOT_FOUND");
    if (sms.resends !== opts.resends) throw new DomainError("SMS_ALREADY_RESENT");
    if (sms.status !== "FAILED" || (sms.expiresAt && sms.expiresAt <= now)) throw new DomainError("SMS_NOT_RESENDABLE");
    const resends = sms.resends + 1;
    await tx.smsOutbox.update({ where: { id: sms.id }, data: { status: "PENDING", attempts: 0, nextAttemptAt: now, resends } });
    await recordAudit(tx, {
      actorId: opts.actor.userId,
      windowId: opts.actor.windowId,
      action: "SMS_RESENT",
      entityType: "SmsOutbox",
      entityId: sms.id,
      fromState: "FAILED",
      toState: "PENDING",
      detail: { phone: maskPhone(sms.phone), attempts: sms.attempts, lastError: sms.lastError, resends },
    });
    return { resends };
  });
}
