"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { requireRole } from "@/lib/auth/current-user";
import { findCitizenLoanRef, type CitizenLoanRef } from "@/lib/servicing/queries";
import { toFormState } from "@/lib/forms/form-state";
import { SERVICING_MESSAGES } from "@/lib/servicing/messages";
import { ZPayOff, ZPrepay, ZRepayOnline, ZRevokeDeductionAuthorization, ZSignDeductionAuthorization } from "@/lib/servicing/schemas";
import type { CitizenActor } from "@/lib/servicing/use-cases/citizen-loan";
import { payOffLoan } from "@/lib/servicing/use-cases/pay-off-loan";
import { prepayLoan } from "@/lib/servicing/use-cases/prepay-loan";
import { quotePrepayment } from "@/lib/servicing/use-cases/quote-prepayment";
import { repayOnline } from "@/lib/servicing/use-cases/repay-online";
import { revokeDeductionAuthorization } from "@/lib/servicing/use-cases/revoke-deduction-authorization";
import { signDeductionAuthorization } from "@/lib/servicing/use-cases/sign-deduction-authorization";
import type { PrepayFormState } from "@/components/servicing/prepay-state";
import { findNoticeOfDepositor } from "@/lib/collections/notice-queries";
import { markNoticeRead } from "@/lib/servicing/use-cases/mark-notice-read";

/** The signed-in citizen and the loan, only when they are its borrower or co-borrower. */
async function citizenLoan(loanNo: string): Promise<{ actor: CitizenActor; loan: CitizenLoanRef } | null> {
  const user = await requireRole("CITIZEN");
  if (!user.depositorId) return null;
  const loan = await findCitizenLoanRef(loanNo, user.depositorId);
  return loan ? { actor: { userId: user.id, depositorId: user.depositorId }, loan } : null;
}

const notFound = (values: Record<string, string>): FormState => ({ formError: SERVICING_MESSAGES.LOAN_NOT_FOUND, values });
const pagePath = (loanNo: string) => `/portal/loans/${encodeURIComponent(loanNo)}`;
const strings = (formData: FormData) => Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string"));

/** 在线还款: a simulated payment spread over the buckets in the deduction order. */
export async function repayOnlineAction(loanNo: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const who = await citizenLoan(loanNo);
  if (!who) return notFound(values);
  const parsed = ZRepayOnline.safeParse(strings(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  let repaymentNo: string;
  try {
    const result = await repayOnline({
      actor: who.actor,
      loanId: who.loan.id,
      amount: parsed.data.amount,
      cardAccount: parsed.data.cardAccount || null,
      idempotencyKey: `${who.actor.userId}:${parsed.data.idempotencyKey}`,
    });
    repaymentNo = result.repaymentNo;
  } catch (error) {
    return toFormState(error, values, "servicing");
  }
  revalidatePath(pagePath(loanNo));
  redirect(`${pagePath(loanNo)}?repaid=${repaymentNo}#result`);
}

/** 提前部分还款: intent "quote" shows the figures, intent "confirm" pays exactly what was quoted. */
export async function prepayAction(loanNo: string, _prev: PrepayFormState, formData: FormData): Promise<PrepayFormState> {
  const values = formValues(formData);
  const who = await citizenLoan(loanNo);
  if (!who) return notFound(values);
  const parsed = ZPrepay.safeParse(strings(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  const { intent, mode, amount, expectedTotal, cardAccount, idempotencyKey } = parsed.data;
  let repaymentNo: string;
  try {
    if (intent === "quote") {
      const plan = await quotePrepayment({ actor: who.actor, loanId: who.loan.id, amount, mode });
      const { installments, ...quote } = plan;
      return { values, quote: { ...quote, firstInstallments: installments.slice(0, 3), lastInstallment: installments.at(-1) ?? null } };
    }
    const result = await prepayLoan({
      actor: who.actor,
      loanId: who.loan.id,
      amount,
      mode,
      expectedTotal: expectedTotal || null,
      cardAccount: cardAccount || null,
      idempotencyKey: `${who.actor.userId}:${idempotencyKey}`,
    });
    repaymentNo = result.repaymentNo;
  } catch (error) {
    return toFormState(error, values, "servicing");
  }
  revalidatePath(pagePath(loanNo));
  redirect(`${pagePath(loanNo)}?prepaid=${repaymentNo}#result`);
}

/** 提前结清: pays the quoted payoff total; the loan is PAID_OFF and its mortgage released. */
export async function payOffAction(loanNo: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const who = await citizenLoan(loanNo);
  if (!who) return notFound(values);
  const parsed = ZPayOff.safeParse(strings(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  let repaymentNo: string;
  try {
    const result = await payOffLoan({
      actor: who.actor,
      loanId: who.loan.id,
      expectedTotal: parsed.data.expectedTotal,
      cardAccount: parsed.data.cardAccount || null,
      idempotencyKey: `${who.actor.userId}:${parsed.data.idempotencyKey}`,
    });
    repaymentNo = result.repaymentNo;
  } catch (error) {
    return toFormState(error, values, "servicing");
  }
  revalidatePath(pagePath(loanNo));
  revalidatePath("/portal");
  redirect(`${pagePath(loanNo)}?paidOff=${repaymentNo}#result`);
}

/** 签订委托扣划: the borrower's own or registered spouse's fund account. */
export async function signAuthorizationAction(loanNo: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const who = await citizenLoan(loanNo);
  if (!who) return notFound(values);
  const parsed = ZSignDeductionAuthorization.safeParse(strings(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await signDeductionAuthorization({ actor: who.actor, loanId: who.loan.id, account: parsed.data.account });
  } catch (error) {
    return toFormState(error, values, "servicing");
  }
  revalidatePath(pagePath(loanNo));
  redirect(`${pagePath(loanNo)}?authorized=1#authorization`);
}

/** 撤销委托扣划. */
export async function revokeAuthorizationAction(loanNo: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const who = await citizenLoan(loanNo);
  if (!who) return notFound(values);
  const parsed = ZRevokeDeductionAuthorization.safeParse(strings(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await revokeDeductionAuthorization({ actor: who.actor, loanId: who.loan.id, authorizationId: parsed.data.authorizationId });
  } catch (error) {
    return toFormState(error, values, "servicing");
  }
  revalidatePath(pagePath(loanNo));
  redirect(`${pagePath(loanNo)}?revoked=1#authorization`);
}

/**
 * The borrower clicked an overdue notice's link (a POST, so never a prefetch): the first click
 * marks it read (markNoticeRead audits it). Someone else's or an unknown notice changes nothing.
 */
export async function markNoticeReadAction(loanNo: unknown, noticeNo: unknown): Promise<void> {
  const user = await requireRole("CITIZEN");
  if (!user.depositorId || typeof loanNo !== "string" || typeof noticeNo !== "string" || noticeNo.length > 64) return;
  const notice = await findNoticeOfDepositor(noticeNo, user.depositorId);
  if (!notice || notice.loanNo !== loanNo) return;
  await markNoticeRead({ actor: { userId: user.id, depositorId: user.depositorId }, noticeNo: notice.noticeNo });
  revalidatePath(pagePath(loanNo));
}
