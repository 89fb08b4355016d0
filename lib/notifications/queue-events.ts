import type { Tx } from "@/lib/db";
import { fromDateColumn } from "@/lib/dates/calendar";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { REASON_RULES, isReasonCode } from "@/lib/withdrawals/reasons";
import { closeQueue, notifyRole } from "./notify";
import { QUEUE_TEXTS, monthLabel, renderText, type Template } from "./texts";

/**
 * The staff work queues beyond the loan case (whose queues are STAGE_QUEUES in
 * loan-stage-events.ts), as data: which role is told, with which text, where the item links, who
 * of them is left out (four-eyes: the maker never checks), and whose authority must cover it.
 * - WITHDRAWAL_HOLD: a withdrawal HELD by a fraud check waits for a risk officer (lib/fraud/resolve-flag);
 * - WITHDRAWAL_DECIDE: a SUBMITTED withdrawal waits for its checker, a teller whose withdrawal
 *   authority covers the amount (decide-withdrawal.ts), never the teller who took it;
 * - WITHDRAWAL_PAY: an APPROVED withdrawal waits for a teller to pay it, neither maker nor checker;
 * - BACK_PAYMENT_REVIEW: a back payment (补缴) waits for a reviewer's approval.
 */
export type WorkQueue = "WITHDRAWAL_HOLD" | "WITHDRAWAL_DECIDE" | "WITHDRAWAL_PAY" | "BACK_PAYMENT_REVIEW";
type WithdrawalQueue = Exclude<WorkQueue, "BACK_PAYMENT_REVIEW">;
const WITHDRAWAL_QUEUES: readonly WithdrawalQueue[] = ["WITHDRAWAL_HOLD", "WITHDRAWAL_DECIDE", "WITHDRAWAL_PAY"];

type QueueSpec = {
  kind: NotificationKind;
  role: "TELLER" | "REVIEWER" | "RISK_OFFICER";
  text: Template;
  link: (subjectId: string) => string;
};

export const WORK_QUEUES: Record<WorkQueue, QueueSpec> = {
  WITHDRAWAL_HOLD: {
    kind: "WITHDRAWAL_QUEUE",
    role: "RISK_OFFICER",
    text: QUEUE_TEXTS.WITHDRAWAL_HELD,
    link: () => "/risk/fraud",
  },
  WITHDRAWAL_DECIDE: {
    kind: "WITHDRAWAL_QUEUE",
    role: "TELLER",
    text: QUEUE_TEXTS.WITHDRAWAL_TO_DECIDE,
    link: (id) => `/window/withdrawals/${id}`,
  },
  WITHDRAWAL_PAY: {
    kind: "WITHDRAWAL_QUEUE",
    role: "TELLER",
    text: QUEUE_TEXTS.WITHDRAWAL_TO_PAY,
    link: (id) => `/window/withdrawals/${id}`,
  },
  BACK_PAYMENT_REVIEW: {
    kind: "BACK_PAYMENT_QUEUE",
    role: "REVIEWER",
    text: QUEUE_TEXTS.BACK_PAYMENT_TO_REVIEW,
    link: () => "/review/remittances#awaiting-title",
  },
};

/** The queue entry every recipient's item shares (Notification.queueKey). */
export const queueKey = (queue: WorkQueue, subjectId: string) => `${queue}:${subjectId}`;

async function enter(
  tx: Tx,
  queue: WorkQueue,
  o: { subjectId: string; vars: Record<string, string | number>; except: (string | null)[]; authority?: string; now: Date },
): Promise<number> {
  const spec = WORK_QUEUES[queue];
  const key = queueKey(queue, o.subjectId);
  return notifyRole(tx, {
    role: spec.role,
    except: o.except,
    kind: spec.kind,
    // Once per entry: a withdrawal enters each of its queues at most once in its life.
    eventKey: `queue:${key}`,
    title: renderText(spec.text.title, o.vars),
    body: renderText(spec.text.body, o.vars),
    link: spec.link(o.subjectId),
    queueKey: key,
    withdrawalAuthority: o.authority ?? null,
    now: o.now,
  });
}

/**
 * A withdrawal entered a staff queue (called in the transaction that moved it: held by a fraud check
 * → WITHDRAWAL_HOLD; submitted or released from its hold → WITHDRAWAL_DECIDE; approved →
 * WITHDRAWAL_PAY). The items of the queues it left are done. Returns how many staff were told.
 */
export async function withdrawalQueued(tx: Tx, opts: { withdrawalId: string; queue: WithdrawalQueue; now: Date }) {
  const w = await tx.withdrawal.findUniqueOrThrow({
    where: { id: opts.withdrawalId },
    select: {
      withdrawalNo: true,
      amount: true,
      reasonCode: true,
      decideBy: true,
      submittedById: true,
      decidedById: true,
      depositor: { select: { name: true } },
    },
  });
  const left = WITHDRAWAL_QUEUES.filter((q) => q !== opts.queue).map((q) => queueKey(q, opts.withdrawalId));
  await closeQueue(tx, left, opts.now);
  const vars = {
    name: w.depositor.name,
    reason: isReasonCode(w.reasonCode) ? REASON_RULES[w.reasonCode].label : w.reasonCode,
    amount: w.amount.toFixed(2),
    withdrawalNo: w.withdrawalNo,
    deadline: fromDateColumn(w.decideBy),
  };
  const decide = opts.queue === "WITHDRAWAL_DECIDE";
  return enter(tx, opts.queue, {
    subjectId: opts.withdrawalId,
    vars,
    except: decide ? [w.submittedById] : [w.submittedById, w.decidedById],
    authority: decide ? w.amount.toFixed(2) : undefined,
    now: opts.now,
  });
}

/** A withdrawal left the staff queues (decided, stopped, paid, rejected as fraud): every item of it is done. */
export function withdrawalDone(tx: Tx, opts: { withdrawalId: string; now: Date }): Promise<number> {
  return closeQueue(
    tx,
    WITHDRAWAL_QUEUES.map((q) => queueKey(q, opts.withdrawalId)),
    opts.now,
  );
}

/** A back payment awaits approval (post-remittance.ts, in its transaction): every reviewer is told. */
export async function backPaymentQueued(tx: Tx, opts: { remittanceId: string; now: Date }): Promise<number> {
  const r = await tx.remittance.findUniqueOrThrow({
    where: { id: opts.remittanceId },
    select: { month: true, rowCount: true, total: true, backPayReason: true, postedById: true, employer: { select: { name: true } } },
  });
  const vars = {
    employer: r.employer.name,
    month: monthLabel(fromDateColumn(r.month)),
    rows: r.rowCount,
    amount: r.total.toFixed(2),
    reason: r.backPayReason ?? "",
  };
  return enter(tx, "BACK_PAYMENT_REVIEW", { subjectId: opts.remittanceId, vars, except: [r.postedById], now: opts.now });
}

/** A back payment was decided or withdrawn by its agent: the reviewers' items are done. */
export function backPaymentDone(tx: Tx, opts: { remittanceId: string; now: Date }): Promise<number> {
  return closeQueue(tx, [queueKey("BACK_PAYMENT_REVIEW", opts.remittanceId)], opts.now);
}
