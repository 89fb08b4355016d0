import type { Tx } from "@/lib/db";
import { fromDateColumn } from "@/lib/dates/calendar";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CreditReceipt, CreditTarget } from "@/lib/remittances/credit-remittance";
import { REASON_RULES, isReasonCode } from "@/lib/withdrawals/reasons";
import { notify } from "./notify";
import {
  OVERDUE_NOTICE_TEXT,
  REMITTANCE_TEXTS,
  SMS_SIGNATURE,
  WITHDRAWAL_PAID_TEXT,
  cardTail,
  monthLabel,
  renderText,
  renderTextSql,
} from "./texts";

/**
 * 提取到账: a withdrawal was paid (called by lib/withdrawals/record-payout in the payout's
 * transaction, after the bank's receipt). The depositor gets an inbox item and an SMS with the
 * amount the bank paid: a closing withdrawal pays the balance plus the closing interest, more than
 * the amount applied for.
 */
export async function notifyWithdrawalPaid(tx: Tx, opts: { withdrawalId: string; paidAmount: string; now: Date }): Promise<void> {
  const w = await tx.withdrawal.findUniqueOrThrow({
    where: { id: opts.withdrawalId },
    select: { withdrawalNo: true, reasonCode: true, bankAccount: true, depositor: { select: { id: true, phone: true } } },
  });
  const vars = {
    reason: isReasonCode(w.reasonCode) ? REASON_RULES[w.reasonCode].label : "",
    amount: opts.paidAmount,
    cardTail: cardTail(w.bankAccount),
    withdrawalNo: w.withdrawalNo,
  };
  await notify(tx, {
    to: { depositorId: w.depositor.id },
    kind: "WITHDRAWAL_PAID",
    eventKey: `withdrawal-paid:${opts.withdrawalId}`,
    title: renderText(WITHDRAWAL_PAID_TEXT.title, vars),
    body: renderText(WITHDRAWAL_PAID_TEXT.body, vars),
    link: "/portal/withdrawals",
    sms: { phone: w.depositor.phone },
    now: opts.now,
  });
}

/**
 * A 逾期贷款通知单 was issued (lib/collections/issue-overdue-notice, in its transaction): the
 * borrower gets an inbox item and an SMS with the amount and the pay-by date.
 */
export async function notifyOverdueNotice(tx: Tx, opts: { noticeId: string; now: Date }): Promise<void> {
  const n = await tx.overdueNotice.findUniqueOrThrow({
    where: { id: opts.noticeId },
    select: {
      noticeNo: true,
      totalDue: true,
      payBy: true,
      loan: { select: { loanNo: true, borrower: { select: { id: true, phone: true } } } },
    },
  });
  const vars = { noticeNo: n.noticeNo, loanNo: n.loan.loanNo, totalDue: n.totalDue.toFixed(2), payBy: fromDateColumn(n.payBy) };
  await notify(tx, {
    to: { depositorId: n.loan.borrower.id },
    kind: "OVERDUE_NOTICE",
    eventKey: `overdue-notice:${opts.noticeId}`,
    title: renderText(OVERDUE_NOTICE_TEXT.title, vars),
    body: renderText(OVERDUE_NOTICE_TEXT.body, vars),
    link: `/portal/loans/${n.loan.loanNo}`,
    sms: { phone: n.loan.borrower.phone },
    now: opts.now,
  });
}

/**
 * A remittance was credited on the bank's receipt (lib/remittances/credit-remittance, in the
 * import's transaction): each employee whose line it held gets an inbox item and an SMS with their
 * amount (set-based: a 10,000-row remittance is two statements), and the employer's agents an
 * inbox item with the total.
 */
export async function notifyRemittanceCredited(
  tx: Tx,
  remittance: Pick<CreditTarget, "id" | "employerId" | "month" | "rowCount">,
  receipt: Pick<CreditReceipt, "amount" | "receivedOn">,
  now: Date,
): Promise<void> {
  const opts = { remittanceId: remittance.id, employerId: remittance.employerId, rows: remittance.rowCount, now, ...receipt };
  const month = monthLabel(remittance.month);
  const t = REMITTANCE_TEXTS.DEPOSITOR;
  const title = renderText(t.title, { month });
  const body = renderTextSql(t.body, { month: Prisma.sql`${month}`, amount: Prisma.sql`l."employerAmount" + l."personalAmount"` });
  await tx.$executeRaw`
    WITH n AS (
      INSERT INTO "Notification" (id, "depositorId", kind, title, body, link, "eventKey", "createdAt")
      SELECT gen_random_uuid()::text, a."depositorId", 'REMITTANCE_CREDITED', ${title}, ${body}, '/portal/account',
             'remittance:' || ${opts.remittanceId} || ':' || a.id, ${opts.now}
        FROM "RemittanceLine" l JOIN "DepositAccount" a ON a.id = l."accountId"
       WHERE l."remittanceId" = ${opts.remittanceId}
      ON CONFLICT ("eventKey") DO NOTHING
      RETURNING id, "depositorId", body)
    INSERT INTO "SmsOutbox" (id, "notificationId", phone, text, "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid()::text, n.id, d.phone, ${SMS_SIGNATURE} || n.body, ${opts.now}, ${opts.now}
      FROM n JOIN "Depositor" d ON d.id = n."depositorId"`;

  const vars = { month, rows: opts.rows, amount: opts.amount, receivedOn: opts.receivedOn };
  const agents = await tx.user.findMany({
    where: { employerId: opts.employerId, active: true, roles: { has: "EMPLOYER_AGENT" } },
    select: { id: true },
  });
  for (const agent of agents) {
    await notify(tx, {
      to: { userId: agent.id },
      kind: "REMITTANCE_CREDITED",
      eventKey: `remittance:${opts.remittanceId}:agent:${agent.id}`,
      title: renderText(REMITTANCE_TEXTS.EMPLOYER.title, vars),
      body: renderText(REMITTANCE_TEXTS.EMPLOYER.body, vars),
      link: "/employer/remittances",
      now: opts.now,
    });
  }
}
