"use client";

import { useActionState } from "react";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/action-state";
import type { PayoffPlan } from "@/lib/servicing/use-cases/prepayment-plan";
import { displayYuan } from "@/lib/money";
import { Facts } from "@/components/ui/facts";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

const FORM_ID = "payoff";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  idempotencyKey: string;
  quote: PayoffPlan;
  accrueFrom: string;
};

/** 提前结清: today's quote and the confirmation; the mortgage is released as soon as it is paid. */
export function PayoffForm({ action: submit, idempotencyKey, quote, accrueFrom }: Props) {
  const [state, action] = useActionState(submit, EMPTY_FORM_STATE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form id={FORM_ID} action={action} noValidate className="max-w-2xl space-y-4">
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="expectedTotal" value={quote.total} />
      <section aria-label="结清试算" className="rounded-md border border-sky-200 bg-sky-50 p-4">
        <Facts
          items={[
            { label: "剩余本金", value: displayYuan(quote.principal) },
            {
              label: `应计利息（${accrueFrom} 至 ${quote.takesEffectOn}，${quote.accruedDays} 天）`,
              value: displayYuan(quote.accruedInterest),
            },
            { label: "今日结清应付合计", value: <strong>{displayYuan(quote.total)}</strong> },
          ]}
        />
        <p className="mt-3 text-xs text-slate-600">
          利息 = 剩余本金 × 合同年利率 ÷ 360 ×
          实际天数（上一还款日次日至今日），四舍五入到分；不收违约金。结清后贷款状态变为“已结清”，抵押登记随即注销。
        </p>
      </section>
      <TextField
        formId={FORM_ID}
        name="cardAccount"
        label="付款银行卡号（选填；不填则通过网上支付平台付款）"
        inputMode="numeric"
        defaultValue={v.cardAccount ?? ""}
        errors={e.cardAccount}
      />
      <SubmitButton pendingText="正在结清…">确认提前结清 {displayYuan(quote.total)}</SubmitButton>
    </form>
  );
}
