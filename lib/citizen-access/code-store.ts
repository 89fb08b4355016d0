import type { Tx } from "@/lib/db";

/**
 * The SMS outbox keeps the message, not the code: once a code is no longer live (used, ended by a
 * newer one, burnt or expired) the digits in its outbox row are masked, and a row still waiting to
 * be sent is not sent (EXPIRED). Idempotent per code (scrubbedAt).
 */
export async function scrubCodes(tx: Tx, codeIds: readonly string[], now: Date): Promise<void> {
  if (codeIds.length === 0) return;
  await tx.$executeRaw`
    WITH ended AS (
      UPDATE "CitizenAccessCode" SET "scrubbedAt" = ${now}
       WHERE id = ANY (${codeIds}::text[]) AND "scrubbedAt" IS NULL AND "outboxId" IS NOT NULL
      RETURNING "outboxId"
    )
    UPDATE "SmsOutbox" o
       SET text = regexp_replace(o.text, '[0-9]{6}', '******', 'g'),
           "lastError" = CASE WHEN o.status = 'PENDING' THEN '验证码已失效，未发送' ELSE o."lastError" END,
           status = CASE WHEN o.status = 'PENDING' THEN 'EXPIRED'::"SmsStatus" ELSE o.status END
      FROM ended
     WHERE o.id = ended."outboxId"`;
}

/** Masks the outbox rows of codes that ran out unused (anyone's; a bounded sweep at each request). */
export async function scrubExpiredCodes(tx: Tx, now: Date): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "CitizenAccessCode"
     WHERE "scrubbedAt" IS NULL AND "outboxId" IS NOT NULL AND "expiresAt" <= ${now}
     LIMIT 200`;
  await scrubCodes(
    tx,
    rows.map((r) => r.id),
    now,
  );
}

/** Serializes every code step of one person (two requests at once still leave one live code). */
export async function lockPerson(tx: Tx, idNumber: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`citizen-access:${idNumber}`}))`;
}

/** The depositor behind an ID number, as the code steps need it (null when there is none). */
export async function depositorByIdNumber(tx: Tx, idNumber: string) {
  return tx.depositor.findUnique({ where: { idNumber }, select: { id: true, name: true, phone: true } });
}
