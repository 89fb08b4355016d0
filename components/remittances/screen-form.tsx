"use client";

import { useActionState } from "react";
import type { RemittanceFormState } from "@/lib/remittances/messages";
import type { DraftRow } from "@/lib/remittances/template";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { RemittanceErrorReport } from "@/components/remittances/error-report";
import { RemittanceSubmitted } from "@/components/remittances/submitted";
import type { FormAction } from "@/lib/action-state";

const FORM_ID = "remittance-screen";
const EMPTY: RemittanceFormState = {};

/** Edit the month's remittance on screen: one rate pair for everyone, each person's base. */
export function RemittanceScreenForm({
  rows,
  defaultMonth,
  postScreenRemittance,
}: {
  rows: DraftRow[];
  defaultMonth: string;
  postScreenRemittance: FormAction<RemittanceFormState>;
}) {
  const [state, action] = useActionState(postScreenRemittance, EMPTY);
  const first = rows[0];
  return (
    <form id={FORM_ID} action={action} noValidate className="space-y-4">
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
      <div className="grid max-w-2xl gap-4 sm:grid-cols-3">
        <TextField
          formId={FORM_ID}
          name="month"
          label="汇缴月份"
          type="month"
          required
          defaultValue={state.values?.month ?? defaultMonth}
          errors={state.fieldErrors?.month}
        />
        <TextField
          formId={FORM_ID}
          name="employerRate"
          label="单位比例（%）"
          inputMode="decimal"
          defaultValue={state.values?.employerRate ?? first?.employerRate ?? ""}
          errors={state.fieldErrors?.employerRate}
        />
        <TextField
          formId={FORM_ID}
          name="personalRate"
          label="个人比例（%）"
          inputMode="decimal"
          defaultValue={state.values?.personalRate ?? first?.personalRate ?? ""}
          errors={state.fieldErrors?.personalRate}
        />
      </div>
      <div className="max-w-2xl">
        <TextField
          formId={FORM_ID}
          name="backPayReason"
          label="补缴原因（汇缴本月以前的月份时必填，须经中心审批）"
          maxLength={200}
          defaultValue={state.values?.backPayReason ?? ""}
          errors={state.fieldErrors?.backPayReason}
        />
      </div>
      <div className="max-h-[32rem] overflow-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">本月汇缴明细</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th scope="col" className="px-2 py-2 text-right">
                序号
              </th>
              <th scope="col" className="px-2 py-2">
                身份证号
              </th>
              <th scope="col" className="px-2 py-2">
                姓名
              </th>
              <th scope="col" className="px-2 py-2">
                缴存基数（元）
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.idNumber} className="border-b border-slate-100">
                <td className="px-2 py-1 text-right tabular-nums">{i + 1}</td>
                <td className="px-2 py-1 font-mono text-xs">
                  {r.idNumber}
                  <input type="hidden" name="idNumber" value={r.idNumber} />
                </td>
                <td className="px-2 py-1">
                  {r.name}
                  <input type="hidden" name="name" value={r.name} />
                </td>
                <td className="px-2 py-1">
                  <input
                    name="base"
                    aria-label={`${r.name}的缴存基数`}
                    defaultValue={r.base}
                    inputMode="decimal"
                    className="w-32 rounded border border-slate-300 px-2 py-1 text-right tabular-nums"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="max-w-xs">
        <SubmitButton pendingText="正在校验并提交…">提交汇缴</SubmitButton>
      </div>
      {state.posted ? <RemittanceSubmitted posted={state.posted} /> : null}
      {state.report?.length ? <RemittanceErrorReport report={state.report} rowHeader="序号" /> : null}
    </form>
  );
}
