"use client";

import { useActionState, useState } from "react";
import { DEDUCTION_BUCKET_LABELS, DEFAULT_DEDUCTION_ORDER, type DeductionBucket } from "@/lib/servicing/deduction-order";
import { SelectField } from "@/components/forms/select-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, DoneFormState } from "@/lib/action-state";

type SettingsFormState = DoneFormState;

const POSITIONS = ["position1", "position2", "position3", "position4", "position5"] as const;
const OPTIONS = DEFAULT_DEDUCTION_ORDER.map((b) => ({ value: b, label: DEDUCTION_BUCKET_LABELS[b] }));

/** 还款冲抵顺序: five positions, with the borrower-facing preview ("逾期罚息 → 逾期利息 → …"). */
export function DeductionOrderForm({
  current,
  saveDeductionOrderAction,
}: {
  current: readonly DeductionBucket[];
  saveDeductionOrderAction: FormAction<SettingsFormState>;
}) {
  const [state, action] = useActionState<SettingsFormState, FormData>(saveDeductionOrderAction, {});
  const [order, setOrder] = useState<string[]>(() => POSITIONS.map((p, i) => state.values?.[p] ?? current[i]!));
  const preview = order.map((b) => DEDUCTION_BUCKET_LABELS[b as DeductionBucket] ?? b).join(" → ");
  return (
    <form id="order" action={action} noValidate className="space-y-4">
      <FormMessage id="order-error" message={state.formError} />
      {state.done ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.done}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-5">
        {POSITIONS.map((p, i) => (
          <SelectField
            key={p}
            formId="order"
            name={p}
            label={`第${i + 1}位`}
            options={OPTIONS}
            value={order[i]}
            onChange={(e) => setOrder((o) => o.map((b, k) => (k === i ? e.target.value : b)))}
            errors={state.fieldErrors?.[p]}
          />
        ))}
      </div>
      <p className="text-sm text-slate-700">
        借款人看到的冲抵顺序：
        <span className="font-medium" data-testid="order-preview">
          {preview}
        </span>
      </p>
      <div className="w-40">
        <SubmitButton pendingText="保存中…">保存冲抵顺序</SubmitButton>
      </div>
    </form>
  );
}
