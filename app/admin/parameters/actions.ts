"use server";

import type { DoneFormState } from "@/lib/action-state";
import { formAction, textFields } from "@/lib/forms/action";
import { ZInterestRate, ZWageBounds } from "@/lib/accounts/fund-settings";
import { PARAMETER_KEYS, publishParameter, type ParameterKey } from "@/lib/settings/versioned";
import { ZEscalationForm, ZRateBoundsForm, ZRateForm, ZReasonRulesForm, ZWageForm } from "@/lib/settings/parameter-forms";
import { ZRateBounds } from "@/lib/employers/rate-bounds";
import { ZEscalationPolicy } from "@/lib/servicing/servicing-settings";
import { ZReasonRuleFigures } from "@/lib/withdrawals/reason-rules-store";
import type { z } from "zod";

type Published = { version: number; effectiveFrom: string };
const done = ({ version, effectiveFrom }: Published) => ({ done: `已发布第 ${version} 版，自 ${effectiveFrom} 起生效` });

/** Text fields plus every multi-value field (checkbox groups) as arrays. */
function withLists(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = textFields(formData);
  for (const key of new Set(formData.keys())) if (key.endsWith(".actions")) out[key] = formData.getAll(key);
  return out;
}

function publisher<S extends z.ZodType<{ effectiveFrom: string; note: string | null; value: unknown }>>(
  key: ParameterKey,
  valueSchema: z.ZodType,
  schema: S,
) {
  return formAction<S, Published, DoneFormState>({
    roles: ["ADMIN"],
    schema,
    input: withLists,
    domain: "staff",
    run: (actor, input) =>
      publishParameter({ actor, key, schema: valueSchema, value: input.value, effectiveFrom: input.effectiveFrom, note: input.note }),
    revalidate: ["/admin/parameters"],
    onSuccess: done,
  });
}

const wage = publisher(PARAMETER_KEYS.wageBounds, ZWageBounds, ZWageForm);
const rate = publisher(PARAMETER_KEYS.interestRate, ZInterestRate, ZRateForm);
const reasons = publisher(PARAMETER_KEYS.reasonRules, ZReasonRuleFigures, ZReasonRulesForm);

export async function publishWageBoundsAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return wage(prev, formData);
}

export async function publishInterestRateAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return rate(prev, formData);
}

export async function publishReasonRulesAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return reasons(prev, formData);
}

const escalation = publisher(PARAMETER_KEYS.escalationPolicy, ZEscalationPolicy, ZEscalationForm);

export async function publishEscalationAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return escalation(prev, formData);
}

const rateBounds = publisher(PARAMETER_KEYS.rateBounds, ZRateBounds, ZRateBoundsForm);

/** 缴存比例上下限: a new version from its date; employers keep the rates they have (lib/employers/rate-bounds.ts). */
export async function publishRateBoundsAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return rateBounds(prev, formData);
}
