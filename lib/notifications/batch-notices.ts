import type { Tx } from "@/lib/db";
import { addDays } from "@/lib/dates/calendar";
import { Prisma } from "@/lib/generated/prisma/client";
import { SERVICED_LOAN_STATUSES } from "@/lib/servicing/batch/unpaid-sql";
import { DUE_REMINDER_TEXT, LOAN_OVERDUE_TEXT, QUEUE_TEXTS, SMS_SIGNATURE, renderTextSql, type Template } from "./texts";

/** Borrowers are reminded this many days before an installment's due date. */
export const REMINDER_DAYS_BEFORE = 3;
/** An overdue SMS not delivered within this many days is no longer sent (the next notice says more). */
const OVERDUE_SMS_VALID_DAYS = 7;

/** The due date the daily batch of `businessDate` reminds of: D + 3. */
export function reminderDueDate(businessDate: string): string {
  return addDays(businessDate, REMINDER_DAYS_BEFORE);
}

/** The due date whose unpaid installments became overdue on `businessDate` (due before D, unpaid): D − 1. */
export function newlyOverdueDueDate(businessDate: string): string {
  return addDays(businessDate, -1);
}

/** Midnight of a calendar date in Asia/Shanghai (UTC+8, no daylight saving). */
function startOfShanghaiDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+08:00`);
}

/**
 * The daily batch's notices for business date D (called at the end of its last data step, in that
 * step's transaction, after D's deductions and overdue marking):
 * - due-date reminders (还款提醒) for every installment of a serviced loan due on D + 3 and still
 *   owing, SMS valid until the due date begins;
 * - overdue notices (逾期提醒) for every installment that became overdue on D (due D − 1, unpaid);
 * - the collector's inbox item for every collection case opened on D (their new queue item).
 * Set-based, one statement each; eventKey per installment or case, so a rerun of the date (or of
 * the step after a kill) writes nothing twice. Returns how many were written.
 */
export async function notifyBatchDay(
  tx: Tx,
  ctx: { businessDate: string; now: Date },
): Promise<{ reminders: number; overdue: number; collections: number }> {
  const remindFor = reminderDueDate(ctx.businessDate);
  const reminders = await insertInstallmentNotices(tx, {
    kind: "DUE_REMINDER",
    keyPrefix: "due-reminder",
    text: DUE_REMINDER_TEXT,
    where: Prisma.sql`i.status = 'PENDING'::"InstallmentStatus" AND i."dueDate" = ${remindFor}::date`,
    expiresAt: startOfShanghaiDay(remindFor),
    now: ctx.now,
  });
  const overdue = await insertInstallmentNotices(tx, {
    kind: "LOAN_OVERDUE",
    keyPrefix: "overdue",
    text: LOAN_OVERDUE_TEXT,
    where: Prisma.sql`i.status = 'OVERDUE'::"InstallmentStatus" AND i."dueDate" = ${newlyOverdueDueDate(ctx.businessDate)}::date`,
    expiresAt: new Date(ctx.now.getTime() + OVERDUE_SMS_VALID_DAYS * 86_400_000),
    now: ctx.now,
  });
  const collections = await notifyCollectors(tx, ctx);
  return { reminders, overdue, collections };
}

async function notifyCollectors(tx: Tx, ctx: { businessDate: string; now: Date }): Promise<number> {
  const vars = { loanNo: Prisma.sql`l."loanNo"`, periods: Prisma.sql`c."overduePeriodsAtOpen"` };
  const { title, body } = QUEUE_TEXTS.COLLECTION_ASSIGNED;
  return tx.$executeRaw`
    INSERT INTO "Notification" (id, "userId", kind, title, body, link, "eventKey", "createdAt")
    SELECT gen_random_uuid()::text, c."collectorId", 'LOAN_QUEUE', ${renderTextSql(title, vars)}, ${renderTextSql(body, vars)},
           '/risk/collections/' || c.id, 'collection-assigned:' || c.id || ':' || c."collectorId", ${ctx.now}
      FROM "CollectionCase" c JOIN "Loan" l ON l.id = c."loanId"
     WHERE c."openedOn" = ${ctx.businessDate}::date AND c."collectorId" IS NOT NULL
    ON CONFLICT ("eventKey") DO NOTHING`;
}

async function insertInstallmentNotices(
  tx: Tx,
  o: { kind: "DUE_REMINDER" | "LOAN_OVERDUE"; keyPrefix: string; text: Template; where: Prisma.Sql; expiresAt: Date; now: Date },
): Promise<number> {
  const vars = {
    loanNo: Prisma.sql`x."loanNo"`,
    seq: Prisma.sql`x.seq`,
    dueDate: Prisma.sql`x.due`,
    amount: Prisma.sql`x.owed`,
  };
  const rows = await tx.$queryRaw<{ n: number }[]>`
    WITH x AS (
      SELECT i.id, i.seq, to_char(i."dueDate", 'YYYY-MM-DD') AS due,
             (i.principal + i.interest - i."paidPrincipal" - i."paidInterest") AS owed,
             l."loanNo", l."borrowerId"
        FROM "LoanInstallment" i
        JOIN "Loan" l ON l.id = i."loanId" AND l.status IN ${SERVICED_LOAN_STATUSES}
       WHERE ${o.where} AND i.principal + i.interest > i."paidPrincipal" + i."paidInterest"),
    n AS (
      INSERT INTO "Notification" (id, "depositorId", kind, title, body, link, "eventKey", "createdAt")
      SELECT gen_random_uuid()::text, x."borrowerId", ${o.kind}::"NotificationKind", ${renderTextSql(o.text.title, vars)},
             ${renderTextSql(o.text.body, vars)}, '/portal/loans/' || x."loanNo", ${o.keyPrefix} || ':' || x.id, ${o.now}
        FROM x
      ON CONFLICT ("eventKey") DO NOTHING
      RETURNING id, "depositorId", body),
    s AS (
      INSERT INTO "SmsOutbox" (id, "notificationId", phone, text, "expiresAt", "nextAttemptAt", "createdAt")
      SELECT gen_random_uuid()::text, n.id, d.phone, ${SMS_SIGNATURE} || n.body, ${o.expiresAt}, ${o.now}, ${o.now}
        FROM n JOIN "Depositor" d ON d.id = n."depositorId"
      RETURNING 1)
    SELECT count(*)::int AS n FROM s`;
  return rows[0]?.n ?? 0;
}
