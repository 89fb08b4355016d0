import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";
import { renderText, maskPhone, SMS_SIGNATURE } from "@/lib/notifications/texts";
import { takeHit } from "@/lib/security/rate-limit";
import { ACCESS_CODE_REQUESTS_PER_ID, ACCESS_CODE_REQUESTS_PER_IP } from "@/lib/security/rate-limits";
import { accessCodeExpiry, hashAccessCode, newAccessCode, normalizePhone } from "@/lib/citizen-access/code-rules";
import { depositorByIdNumber, lockPerson, scrubCodes, scrubExpiredCodes } from "@/lib/citizen-access/code-store";
import { ACCESS_CODE_SMS } from "@/lib/citizen-access/messages";
import type { TRequestAccessCode } from "@/lib/citizen-access/schemas";

/** Why no code was sent (audit only: the caller always gets the same answer). */
type Refusal = "UNKNOWN_ID" | "NAME_MISMATCH" | "PHONE_MISMATCH" | "ACCOUNT_INACTIVE" | "NOT_A_CITIZEN_LOGIN";

/**
 * 开通网上服务 / 忘记密码, step 1 (no sign-in): when the ID number, name and mobile number match a
 * depositor on file, a fresh 6-digit code is texted to that phone (SMS outbox, written in this
 * transaction; the dispatcher sends it) and only its hash is kept. Earlier live codes of the person
 * end (one live code per person). The purpose follows the person: ACTIVATE without a citizen sign-in,
 * RESET with one. Whatever matched, the caller learns nothing: the function returns the same
 * (nothing) for an unknown ID, a wrong name or phone, an inactive sign-in, or a code sent.
 * Audited ACCESS_CODE_SENT / ACCESS_CODE_REFUSED (reason), never with the code.
 * Rate limited per IP and per ID number (known or not). Errors: ACCESS_RATE_LIMITED.
 */
export async function requestAccessCode(opts: TRequestAccessCode & { ip: string; now?: Date }): Promise<void> {
  const now = opts.now ?? new Date();
  const withinIp = await takeHit(ACCESS_CODE_REQUESTS_PER_IP, opts.ip, now);
  const withinId = await takeHit(ACCESS_CODE_REQUESTS_PER_ID, opts.idNumber, now);
  const audit = { actorLabel: "citizen", entityType: "CitizenAccess", entityId: opts.idNumber } as const;
  if (!withinIp || !withinId) {
    await inTransaction((tx) =>
      recordAudit(tx, { ...audit, action: "ACCESS_CODE_REFUSED", detail: { reason: "RATE_LIMITED", ip: opts.ip } }),
    );
    throw new DomainError("ACCESS_RATE_LIMITED");
  }
  const code = newAccessCode();
  await inTransaction(async (tx) => {
    await lockPerson(tx, opts.idNumber);
    await scrubExpiredCodes(tx, now);
    const depositor = await depositorByIdNumber(tx, opts.idNumber);
    const user = depositor
      ? await tx.user.findUnique({ where: { depositorId: depositor.id }, select: { id: true, roles: true, active: true } })
      : null;
    const refusal: Refusal | null = !depositor
      ? "UNKNOWN_ID"
      : depositor.name !== opts.name.trim()
        ? "NAME_MISMATCH"
        : normalizePhone(depositor.phone) !== normalizePhone(opts.phone)
          ? "PHONE_MISMATCH"
          : user && !user.roles.includes("CITIZEN")
            ? "NOT_A_CITIZEN_LOGIN"
            : user && !user.active
              ? "ACCOUNT_INACTIVE"
              : null;
    if (refusal || !depositor) {
      await recordAudit(tx, { ...audit, action: "ACCESS_CODE_REFUSED", detail: { reason: refusal, ip: opts.ip } });
      return;
    }
    const earlier = await tx.citizenAccessCode.findMany({
      where: { depositorId: depositor.id, usedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    if (earlier.length) {
      await tx.citizenAccessCode.updateMany({ where: { id: { in: earlier.map((c) => c.id) } }, data: { expiresAt: now } });
      await scrubCodes(
        tx,
        earlier.map((c) => c.id),
        now,
      );
    }
    const purpose = user ? "RESET" : "ACTIVATE";
    const id = randomUUID();
    const expiresAt = accessCodeExpiry(now);
    const text = SMS_SIGNATURE + renderText(ACCESS_CODE_SMS[purpose], { code });
    const [outbox] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "SmsOutbox" (id, phone, text, "expiresAt", "nextAttemptAt", "createdAt")
      VALUES (gen_random_uuid()::text, ${normalizePhone(depositor.phone)}, ${text}, ${expiresAt}, ${now}, ${now})
      RETURNING id`;
    await tx.citizenAccessCode.create({
      data: {
        id,
        depositorId: depositor.id,
        purpose,
        codeHash: hashAccessCode(id, depositor.id, code),
        expiresAt,
        outboxId: outbox!.id,
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      ...audit,
      action: "ACCESS_CODE_SENT",
      toState: purpose,
      detail: { codeId: id, depositorId: depositor.id, phone: maskPhone(depositor.phone), endedCodes: earlier.length, ip: opts.ip },
    });
  });
}
