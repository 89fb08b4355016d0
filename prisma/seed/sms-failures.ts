import type { Prisma } from "../../lib/generated/prisma/client";
import { DEMO_CITIZENS } from "./demo-accounts";
import { REMITTANCE_TEXTS, SMS_SIGNATURE, monthLabel, renderText } from "../../lib/notifications/texts";

/** Ids of the demo's failed SMS (the /admin/sms screen's rows; the e2e spec resends the first). */
export const SEEDED_FAILED_SMS_IDS = ["seed-sms-failed-1", "seed-sms-failed-2"] as const;

/**
 * Two 缴存到账 SMS the gateway gave up on (FAILED after six tries, with the gateway's last answer),
 * for the latest contribution of two depositors who are not demo citizens (their inbox stays as the
 * other specs expect). Texts from the notification catalogue; ids and times fixed by the as-of date.
 */
export async function seedFailedSms(tx: Prisma.TransactionClient, asOf: string): Promise<string> {
  const reserved = DEMO_CITIZENS.map((c) => c.loginName);
  const rows = await tx.$queryRaw<{ depositorId: string; phone: string; month: Date; amount: string }[]>`
    SELECT DISTINCT ON (a.id) d.id AS "depositorId", d.phone, c.month, (c."employerAmount" + c."personalAmount")::text AS amount
      FROM "DepositAccount" a JOIN "Depositor" d ON d.id = a."depositorId" JOIN "Contribution" c ON c."accountId" = a.id
     WHERE d."idNumber" <> ALL (${reserved}::text[]) AND a.status = 'NORMAL'
     ORDER BY a.id, c.month DESC
     LIMIT ${SEEDED_FAILED_SMS_IDS.length}`;
  const errors = ["网关超时（演示）", "短信网关返回：用户已停机（演示）"];
  for (const [i, row] of rows.entries()) {
    const vars = { month: monthLabel(row.month.toISOString().slice(0, 7)), amount: row.amount };
    const body = renderText(REMITTANCE_TEXTS.DEPOSITOR.body, vars);
    const at = new Date(`${asOf}T0${i + 1}:00:00Z`);
    const id = SEEDED_FAILED_SMS_IDS[i]!;
    await tx.notification.create({
      data: {
        id: `${id}-notice`,
        depositorId: row.depositorId,
        kind: "REMITTANCE_CREDITED",
        title: renderText(REMITTANCE_TEXTS.DEPOSITOR.title, vars),
        body,
        link: "/portal/account",
        eventKey: `seed-sms-failed:${i + 1}`,
        createdAt: at,
      },
    });
    await tx.smsOutbox.create({
      data: {
        id,
        notificationId: `${id}-notice`,
        phone: row.phone,
        text: SMS_SIGNATURE + body,
        status: "FAILED",
        attempts: 6,
        lastError: errors[i % errors.length]!,
        nextAttemptAt: at,
        createdAt: at,
      },
    });
  }
  return `${rows.length} failed SMS (/admin/sms)`;
}
