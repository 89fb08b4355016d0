"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { actorOf, depositorIdOf } from "@/lib/auth/actor";
import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZApplyWithdrawal } from "@/lib/withdrawals/schemas";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { issuePresenceCode } from "@/lib/withdrawals/presence-code";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { isDomainError, messageIn } from "@/lib/errors";
import { WITHDRAWAL_MESSAGES } from "@/lib/withdrawals/messages";
import { applicationFromForm } from "@/lib/withdrawals/form-helpers";

const apply = formAction<typeof ZApplyWithdrawal, Awaited<ReturnType<typeof submitWithdrawal>>>({
  roles: ["CITIZEN"],
  schema: ZApplyWithdrawal,
  domain: "withdrawals",
  run: async (actor, input, { user, formData }) =>
    submitWithdrawal({
      depositorId: depositorIdOf(user, "NO_DEPOSITOR"),
      actor,
      channel: "ONLINE",
      ...(await applicationFromForm(input, formData, user.id)),
    }),
  revalidate: ["/portal/withdrawals"],
  onSuccess: (done): void =>
    redirect(`/portal/withdrawals?submitted=${encodeURIComponent(done.withdrawalNo)}${done.status === "HELD" ? "&held=1" : ""}`),
});

/** A citizen applies online for a withdrawal from their own account, with uploads. */
export async function applyForWithdrawal(prev: FormState, formData: FormData): Promise<FormState> {
  return apply(prev, formData);
}

export type PresenceCodeState = { code?: string; expiresAt?: string; formError?: string };

/**
 * A citizen gets a one-time confirmation code to read out to the teller at the window (proof they
 * are there). A POST, never a GET; the code is shown once and only its hash is kept.
 * Not formAction: a button with no fields and its own answer (the code); the role is checked first.
 */
export async function issuePresenceCodeAction(): Promise<PresenceCodeState> {
  const user = await requireRole("CITIZEN");
  try {
    const { code, expiresAt } = await issuePresenceCode({ actor: actorOf(user) });
    return { code, expiresAt: formatShanghaiDateTime(expiresAt) };
  } catch (error) {
    if (isDomainError(error)) return { formError: messageIn(WITHDRAWAL_MESSAGES, error.code) ?? "获取确认码失败，请稍后再试" };
    throw error;
  }
}
