"use client";

import { useActionState, useState } from "react";
import { displayYuan, formatYuan, isYuanString } from "@/lib/money";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { FormMessage } from "@/components/forms/form-message";
import { IntentButton } from "@/components/servicing/intent-button";
import { PrepayQuote } from "@/components/servicing/prepay-quote";
import type { PrepayFormState } from "@/components/servicing/prepay-state";

const FORM_ID = "prepay";

export const PREPAYMENT_MODE_LABELS = { SHORTEN_TERM: "缩短期限（月供基本不变）", LOWER_PAYMENT: "减少月供（期限不变）" } as const;

type Props = {
  action: (prev: PrepayFormState, formData: FormData) => Promise<PrepayFormState>;
  idempotencyKey: string;
  remainingPrincipal: string;
  minAmount: string;
  multipleOf: string;
  accrueFrom: string;
};

/**
 * 提前部分还款: choose the mode and amount, 试算 shows exactly what confirming does today; the
 * confirm button appears only while the fields still match the quote shown.
 */
export function PrepayForm({ action: submit, idempotencyKey, remainingPrincipal, minAmount, multipleOf, accrueFrom }: Props) {
  const [state, action] = useActionState(submit, {} as PrepayFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [mode, setMode] = useState(v.mode ?? "SHORTEN_TERM");
  const [amount, setAmount] = useState(v.amount ?? "");
  const quote = state.quote;
  const quoteMatches = !!quote && quote.mode === mode && quote.amount === (isYuanString(amount.trim()) ? formatYuan(amount.trim()) : "");
  return (
    <form id={FORM_ID} action={action} noValidate className="max-w-2xl space-y-4">
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="text-sm text-slate-600">
        <p>
          剩余本金 {remainingPrincipal}。提前部分还款不少于 {displayYuan(minAmount)}，且为 {multipleOf}{" "}
          元的整数倍；全部还清请使用“提前结清”。
        </p>
        <p>
          当日生效：提前归还的本金自今日起不再计息；该部分本金自上一还款日（{accrueFrom}）至今日的利息按合同利率 ÷ 360 ×
          实际天数与本金一并收取，其余本金在下一还款日照常计息。不收违约金或手续费。
        </p>
      </div>
      <SelectField
        formId={FORM_ID}
        name="mode"
        label="还款方式"
        value={mode}
        onChange={(ev) => setMode(ev.target.value)}
        options={Object.entries(PREPAYMENT_MODE_LABELS).map(([value, label]) => ({ value, label }))}
        errors={e.mode}
      />
      <TextField
        formId={FORM_ID}
        name="amount"
        label="提前归还本金（元）"
        inputMode="decimal"
        required
        value={amount}
        onChange={(ev) => setAmount(ev.target.value)}
        errors={e.amount}
      />
      <TextField
        formId={FORM_ID}
        name="cardAccount"
        label="付款银行卡号（选填；不填则通过网上支付平台付款）"
        inputMode="numeric"
        defaultValue={v.cardAccount ?? ""}
        errors={e.cardAccount}
      />
      {quote && quoteMatches ? (
        <>
          <PrepayQuote quote={quote} />
          <input type="hidden" name="expectedTotal" value={quote.total} />
        </>
      ) : null}
      <div className="flex gap-3">
        <IntentButton intent="quote">试算</IntentButton>
        {quote && quoteMatches ? (
          <IntentButton intent="confirm" primary>
            确认提前还款 {displayYuan(quote.total)}
          </IntentButton>
        ) : null}
      </div>
    </form>
  );
}
