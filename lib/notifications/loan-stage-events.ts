import type { Tx } from "@/lib/db";
import { LOAN_STAGE_LABELS, type LoanStage } from "@/lib/cases/loan-stages";
import { closeQueue, notify, notifyRole } from "./notify";
import { LOAN_STAGE_TEXTS, QUEUE_TEXTS, renderText, type Template } from "./texts";

/** Which staff queue a stage lands in: who is told, with which text. */
type QueueNotice =
  | { to: "role"; role: "TELLER" | "REVIEWER"; text: Template; exceptAcceptor: boolean; exceptApprover: boolean; area: "window" | "review" }
  | { to: "acceptor"; text: Template };

/**
 * The staff side of each stage (pure data): an online application waits for any teller; an
 * accepted case for the reviewers (not its acceptor: four-eyes); a registered mortgage for the
 * rechecking reviewers (neither acceptor nor approver); a reviewer's decision goes back to the
 * teller who accepted the case. Later stages are the same person's next step: no item.
 */
export const STAGE_QUEUES: Partial<Record<LoanStage, QueueNotice>> = {
  SUBMITTED: { to: "role", role: "TELLER", text: QUEUE_TEXTS.TO_ACCEPT, exceptAcceptor: false, exceptApprover: false, area: "window" },
  ACCEPTED: { to: "role", role: "REVIEWER", text: QUEUE_TEXTS.TO_REVIEW, exceptAcceptor: true, exceptApprover: false, area: "review" },
  MORTGAGE_REGISTERED: {
    to: "role",
    role: "REVIEWER",
    text: QUEUE_TEXTS.TO_RECHECK,
    exceptAcceptor: true,
    exceptApprover: true,
    area: "review",
  },
  APPROVED: { to: "acceptor", text: QUEUE_TEXTS.BACK_AT_WINDOW },
  RETURNED: { to: "acceptor", text: QUEUE_TEXTS.BACK_AT_WINDOW },
  REJECTED: { to: "acceptor", text: QUEUE_TEXTS.BACK_AT_WINDOW },
};

/**
 * A loan matter reached `stage` (called by lib/cases in the transition's transaction): the
 * borrower gets an inbox item and an SMS, the staff whose queue it enters an inbox item. One per
 * matter and version (the matter's version after the move): a RESUBMIT → ACCEPTED notifies again.
 * The staff items of the stage it left are done for everyone who got them (one queue entry per
 * matter, Notification.queueKey): whoever moved it acted on them.
 */
export async function notifyLoanStage(tx: Tx, opts: { matterId: string; stage: LoanStage; version: number; now: Date }): Promise<void> {
  const matter = await tx.caseMatter.findUniqueOrThrow({
    where: { id: opts.matterId },
    select: {
      approvedById: true,
      loan: { select: { loanNo: true } },
      case: { select: { id: true, caseNo: true, acceptedById: true, depositor: { select: { id: true, name: true, phone: true } } } },
    },
  });
  const { case: c } = matter;
  const key = `loan-stage:${opts.matterId}:${opts.version}:${opts.stage}`;
  const vars = { caseNo: c.caseNo, loanNo: matter.loan?.loanNo ?? "", name: c.depositor.name, stage: LOAN_STAGE_LABELS[opts.stage] };
  const text = LOAN_STAGE_TEXTS[opts.stage];
  await notify(tx, {
    to: { depositorId: c.depositor.id },
    kind: "LOAN_STAGE",
    eventKey: key,
    title: renderText(text.title, vars),
    body: renderText(text.body, vars),
    link: "/portal",
    sms: { phone: c.depositor.phone },
    now: opts.now,
  });

  const queueKey = `LOAN_MATTER:${opts.matterId}`;
  await closeQueue(tx, [queueKey], opts.now);
  const queue = STAGE_QUEUES[opts.stage];
  if (!queue) return;
  const title = renderText(queue.text.title, vars);
  const body = renderText(queue.text.body, vars);
  if (queue.to === "acceptor") {
    if (!c.acceptedById) return;
    const link = `/window/cases/${c.id}`;
    await notify(tx, {
      to: { userId: c.acceptedById },
      kind: "LOAN_QUEUE",
      eventKey: `${key}:staff`,
      title,
      body,
      link,
      queueKey,
      now: opts.now,
    });
    return;
  }
  await notifyRole(tx, {
    role: queue.role,
    except: [queue.exceptAcceptor ? c.acceptedById : null, queue.exceptApprover ? matter.approvedById : null],
    kind: "LOAN_QUEUE",
    eventKey: `${key}:staff`,
    title,
    body,
    link: `/${queue.area}/cases/${c.id}`,
    queueKey,
    now: opts.now,
  });
}
