import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { smsPort } from "./choose-sms";
import type { SmsPort } from "./sms-port";

/** After this many failed attempts a message is FAILED (kept, with the last reason, for staff to see). */
export const MAX_SMS_ATTEMPTS = 6;

/** Wait before attempt n + 1 after n failures: 10 s, 20 s, 40 s … capped at 10 minutes. */
export function retryDelayMs(failures: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, failures - 1), 600_000);
}

export type DispatchResult = { sent: number; retrying: number; failed: number; expired: number };
/** A message given up on this run, for the log (the caller masks the phone). */
export type GaveUp = { id: string; phone: string; reason: string };

type Claimed = { id: string; phone: string; text: string; attempts: number; expiresAt: Date | null };

/**
 * Sends the SMS outbox (after the events' commits), `limit` messages per transaction, until none is
 * due. Each claimed row is locked (FOR UPDATE SKIP LOCKED: two dispatchers never send the same row
 * at once) and marked in the transaction that sent it: SENT with the gateway's receipt; after a
 * failure attempts + 1 and the next try later (retryDelayMs), FAILED after MAX_SMS_ATTEMPTS; a
 * message past its expiresAt is EXPIRED unsent. A crash between send and commit resends the same
 * id, which the port answers with its first receipt (sms-port.ts): sent once, never lost.
 */
export async function dispatchSms(
  opts: { port?: SmsPort; now?: () => Date; limit?: number; onGiveUp?: (message: GaveUp) => void } = {},
): Promise<DispatchResult> {
  const port = opts.port ?? smsPort();
  const clock = opts.now ?? (() => new Date());
  const limit = opts.limit ?? 50;
  const total: DispatchResult = { sent: 0, retrying: 0, failed: 0, expired: 0 };
  for (;;) {
    const claimed = await db.$transaction(
      async (tx) => {
        const now = clock();
        const rows = await tx.$queryRaw<Claimed[]>`
          SELECT id, phone, text, attempts, "expiresAt" FROM "SmsOutbox"
           WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
           ORDER BY "nextAttemptAt", "createdAt", id
           LIMIT ${limit}
             FOR UPDATE SKIP LOCKED`;
        for (const row of rows) {
          if (row.expiresAt && row.expiresAt <= now) {
            await tx.smsOutbox.update({ where: { id: row.id }, data: { status: "EXPIRED", lastError: "已过时效，未发送" } });
            total.expired += 1;
            continue;
          }
          try {
            const receipt = await port.send({ id: row.id, phone: row.phone, text: row.text });
            await tx.smsOutbox.update({
              where: { id: row.id },
              data: { status: "SENT", attempts: row.attempts + 1, sentAt: clock(), providerRef: receipt.providerRef, lastError: null },
            });
            total.sent += 1;
          } catch (error) {
            const attempts = row.attempts + 1;
            const reason = isDomainError(error)
              ? String(error.details?.reason ?? error.code)
              : error instanceof Error
                ? error.message
                : String(error);
            const gaveUp = attempts >= MAX_SMS_ATTEMPTS;
            await tx.smsOutbox.update({
              where: { id: row.id },
              data: {
                attempts,
                lastError: reason.slice(0, 500),
                ...(gaveUp ? { status: "FAILED" as const } : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) }),
              },
            });
            if (gaveUp) {
              total.failed += 1;
              opts.onGiveUp?.({ id: row.id, phone: row.phone, reason });
            } else total.retrying += 1;
          }
        }
        return rows.length;
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
    if (claimed < limit) return total;
  }
}
