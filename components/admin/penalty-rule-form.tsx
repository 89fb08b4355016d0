"use client";

import { useActionState, useState } from "react";
import type { PenaltyRule } from "@/lib/servicing/penalty-interest";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { FieldError } from "@/components/forms/field-error";
import { errorIdFor, type FormAction, type DoneFormState } from "@/lib/action-state";

type SettingsFormState = DoneFormState;

/** 罚息规则: contract rate + markup %, or a fixed annual rate; optionally on overdue interest too. */
export function PenaltyRuleForm({
  current,
  savePenaltyRuleAction,
}: {
  current: PenaltyRule;
  savePenaltyRuleAction: FormAction<SettingsFormState>;
}) {
  const [state, action] = useActionState<SettingsFormState, FormData>(savePenaltyRuleAction, {});
  const v = state.values;
  // NOTE: the radios stay uncontrolled: React resets a form after its action, and a controlled
  // radio would lose its checked state there; `kind` only enables the matching rate field.
  const [kind, setKind] = useState(v?.kind ?? current.rate.kind);
  const markup = v?.markupPercent ?? (current.rate.kind === "MARKUP" ? current.rate.markupPercent : "50");
  const fixed = v?.annualRatePercent ?? (current.rate.kind === "FIXED" ? current.rate.annualRatePercent : "");
  const compound = v ? v.includeOverdueInterest === "on" : current.includeOverdueInterest;
  return (
    <form id="penalty" action={action} noValidate className="space-y-4">
      <FormMessage id="penalty-error" message={state.formError} />
      {state.done ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.done}
        </p>
      ) : null}
      <fieldset aria-describedby={state.fieldErrors?.kind ? errorIdFor("penalty", "kind") : undefined}>
        <legend className="text-sm font-medium text-slate-700">罚息利率</legend>
        <div className="mt-2 flex flex-wrap gap-6 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="kind" value="MARKUP" defaultChecked={kind === "MARKUP"} onChange={() => setKind("MARKUP")} />
            按合同利率上浮
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="kind" value="FIXED" defaultChecked={kind === "FIXED"} onChange={() => setKind("FIXED")} />
            固定罚息年利率
          </label>
        </div>
        <FieldError id={errorIdFor("penalty", "kind")} errors={state.fieldErrors?.kind} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          formId="penalty"
          name="markupPercent"
          label="上浮比例（%）"
          inputMode="decimal"
          defaultValue={markup}
          disabled={kind !== "MARKUP"}
          errors={state.fieldErrors?.markupPercent}
        />
        <TextField
          formId="penalty"
          name="annualRatePercent"
          label="固定罚息年利率（%）"
          inputMode="decimal"
          defaultValue={fixed}
          disabled={kind !== "FIXED"}
          errors={state.fieldErrors?.annualRatePercent}
        />
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="includeOverdueInterest" defaultChecked={compound} />
        逾期利息一并计收罚息（复利）
      </label>
      <p className="text-xs text-slate-500">
        日罚息 = 逾期本金（含逾期利息时加上逾期利息）× 罚息年利率 ÷ 360，每日计收一次，四舍五入到分。
      </p>
      <div className="w-40">
        <SubmitButton pendingText="保存中…">保存罚息规则</SubmitButton>
      </div>
    </form>
  );
}
