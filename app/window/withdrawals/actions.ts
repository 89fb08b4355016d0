"use server";

import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZDecideWithdrawal, ZRecordPayout } from "@/lib/withdrawals/schemas";
import { decideWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { recordPayout } from "@/lib/withdrawals/record-payout";

const fields = (formData: FormData) => Object.fromEntries(formData);
const refresh = (input: { withdrawalId: string }) => ["/window/withdrawals", `/window/withdrawals/${input.withdrawalId}`];

const decide = formAction({
  roles: ["TELLER"],
  schema: ZDecideWithdrawal,
  input: fields,
  domain: "withdrawals",
  run: (actor, input) => decideWithdrawal({ ...input, actor }),
  revalidate: refresh,
});

/** A teller with a withdrawal limit approves or rejects a submitted withdrawal (never one they took). */
export async function decideWithdrawalAction(prev: FormState, formData: FormData): Promise<FormState> {
  return decide(prev, formData);
}

const pay = formAction({
  roles: ["TELLER"],
  schema: ZRecordPayout,
  input: fields,
  domain: "withdrawals",
  run: (actor, input) => recordPayout({ ...input, actor }),
  revalidate: refresh,
});

/** A third teller pays an approved withdrawal through the bank port; the balance is debited here. */
export async function recordPayoutAction(prev: FormState, formData: FormData): Promise<FormState> {
  return pay(prev, formData);
}
