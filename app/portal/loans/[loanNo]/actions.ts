"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { FormState } from "@/lib/action-state";
import { requireRole } from "@/lib/auth/current-user";
import { formAction } from "@/lib/forms/action";
import { citizenLoanOf, type CitizenLoanRef } from "@/lib/servicing/queries";
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

const pagePath = (loanNo: string) => `/portal/loans/${encodeURIComponent(loanNo)}`;

type Borrower = { actor: CitizenActor; loan: CitizenLoanRef };

/**
 * One step on the citizen's loan page, the formAction way: the citizen role first, then the form,
 * then — inside the use case's error mapping — the loan, only when it is the signed-in citizen's
 * own (anyone else's answers 未找到该贷款), then the page is redrawn and the answer given.
 */
function loanStep<S extends z.ZodType, R, F extends FormState = FormState>(
  loanNo: string,
  spec: {
    schema: S;
    run: (who: Borrower, input: z.infer<S>) => Promise<R>;
    revalidate?: readonly string[];
    onSuccess: (result: R, values: Record<string, string>) => F | void;
  },
): (prev: F, formData: FormData) => Promise<F> {
  return formAction<S, R, F>({
    roles: ["CITIZEN"],
    schema: spec.schema,
    domain: "servicing",
    run: async (_actor, input, { user }) => spec.run(await citizenLoanOf(user, loanNo), input),
    revalidate: [pagePath(loanNo), ...(spec.revalidate ?? [])],
    onSuccess: (result, _input, values) => spec.onSuccess(result, values),
  });
}

/** The payment's idempotency key: the form's own, scoped to the citizen. */
const keyOf = (who: Borrower, key: string) => `${who.actor.userId}:${key}`;

/** 在线还款: a simulated payment spread over the buckets in the deduction order. */
export async function repayOnlineAction(loanNo: string, prev: FormState, formData: FormData): Promise<FormState> {
  return loanStep(loanNo, {
    schema: ZRepayOnline,
    run: (who, input) =>
      repayOnline({
        actor: who.actor,
        loanId: who.loan.id,
        amount: input.amount,
        cardAccount: input.cardAccount || null,
        idempotencyKey: keyOf(who, input.idempotencyKey),
      }),
    onSuccess: ({ repaymentNo }): void => redirect(`${pagePath(loanNo)}?repaid=${repaymentNo}#result`),
  })(prev, formData);
}

type PrepayOutcome = { quote: NonNullable<PrepayFormState["quote"]> } | { repaymentNo: string };

/** 提前部分还款: intent "quote" shows the figures, intent "confirm" pays exactly what was quoted. */
export async function prepayAction(loanNo: string, prev: PrepayFormState, formData: FormData): Promise<PrepayFormState> {
  return loanStep<typeof ZPrepay, PrepayOutcome, PrepayFormState>(loanNo, {
    schema: ZPrepay,
    run: async (who, { intent, mode, amount, expectedTotal, cardAccount, idempotencyKey }) => {
      if (intent === "quote") {
        const { installments, ...quote } = await quotePrepayment({ actor: who.actor, loanId: who.loan.id, amount, mode });
        return { quote: { ...quote, firstInstallments: installments.slice(0, 3), lastInstallment: installments.at(-1) ?? null } };
      }
      const { repaymentNo } = await prepayLoan({
        actor: who.actor,
        loanId: who.loan.id,
        amount,
        mode,
        expectedTotal: expectedTotal || null,
        cardAccount: cardAccount || null,
        idempotencyKey: keyOf(who, idempotencyKey),
      });
      return { repaymentNo };
    },
    onSuccess: (outcome, values) =>
      "quote" in outcome ? { values, quote: outcome.quote } : redirect(`${pagePath(loanNo)}?prepaid=${outcome.repaymentNo}#result`),
  })(prev, formData);
}

/** 提前结清: pays the quoted payoff total; the loan is PAID_OFF and its mortgage released. */
export async function payOffAction(loanNo: string, prev: FormState, formData: FormData): Promise<FormState> {
  return loanStep(loanNo, {
    schema: ZPayOff,
    run: (who, input) =>
      payOffLoan({
        actor: who.actor,
        loanId: who.loan.id,
        expectedTotal: input.expectedTotal,
        cardAccount: input.cardAccount || null,
        idempotencyKey: keyOf(who, input.idempotencyKey),
      }),
    revalidate: ["/portal"],
    onSuccess: ({ repaymentNo }): void => redirect(`${pagePath(loanNo)}?paidOff=${repaymentNo}#result`),
  })(prev, formData);
}

/** 签订委托扣划: the borrower's own or registered spouse's fund account. */
export async function signAuthorizationAction(loanNo: string, prev: FormState, formData: FormData): Promise<FormState> {
  return loanStep(loanNo, {
    schema: ZSignDeductionAuthorization,
    run: (who, input) => signDeductionAuthorization({ actor: who.actor, loanId: who.loan.id, account: input.account }),
    onSuccess: (): void => redirect(`${pagePath(loanNo)}?authorized=1#authorization`),
  })(prev, formData);
}

/** 撤销委托扣划. */
export async function revokeAuthorizationAction(loanNo: string, prev: FormState, formData: FormData): Promise<FormState> {
  return loanStep(loanNo, {
    schema: ZRevokeDeductionAuthorization,
    run: (who, input) => revokeDeductionAuthorization({ actor: who.actor, loanId: who.loan.id, authorizationId: input.authorizationId }),
    onSuccess: (): void => redirect(`${pagePath(loanNo)}?revoked=1#authorization`),
  })(prev, formData);
}

/**
 * The borrower clicked an overdue notice's link (a POST, so never a prefetch): the first click
 * marks it read (markNoticeRead audits it). Someone else's or an unknown notice changes nothing.
 * Not formAction: called with two plain arguments, no form and no state to answer; the role is
 * still checked first.
 */
export async function markNoticeReadAction(loanNo: unknown, noticeNo: unknown): Promise<void> {
  const user = await requireRole("CITIZEN");
  if (!user.depositorId || typeof loanNo !== "string" || typeof noticeNo !== "string" || noticeNo.length > 64) return;
  const notice = await findNoticeOfDepositor(noticeNo, user.depositorId);
  if (!notice || notice.loanNo !== loanNo) return;
  await markNoticeRead({ actor: { userId: user.id, depositorId: user.depositorId }, noticeNo: notice.noticeNo });
  revalidatePath(pagePath(loanNo));
}
