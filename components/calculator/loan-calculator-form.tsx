"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/action-state";
import type { CalculatorState } from "@/lib/cases/calculator-state";
import { displayYuan } from "@/lib/money";
import { TextField } from "@/components/forms/text-field";
import { RadioGroup } from "@/components/forms/radio-group";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { LimitsTable } from "@/components/cases/limits-table";
import { FIRST_HOME_OPTIONS, REPAYMENT_METHOD_OPTIONS } from "@/components/loans/loan-choices";

const FORM_ID = "calculator";

/** 贷款额度试算: the figures the window reads from the fund and the registry, typed by the citizen. */
export function LoanCalculatorForm({ calculateAction }: { calculateAction: FormAction<CalculatorState> }) {
  const [state, action] = useActionState<CalculatorState, FormData>(calculateAction, {});
  const v = state.values ?? {};
  const err = (f: string) => state.fieldErrors?.[f] ?? [];
  const r = state.result;
  return (
    <div className="space-y-6">
      <form id={FORM_ID} action={action} noValidate className="space-y-5">
        <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField
            formId={FORM_ID}
            name="birthDate"
            label="出生日期"
            type="date"
            defaultValue={v.birthDate ?? ""}
            errors={err("birthDate")}
          />
          <RadioGroup
            formId={FORM_ID}
            name="gender"
            legend="性别"
            value={v.gender ?? ""}
            errors={err("gender")}
            options={[
              { value: "MALE", label: "男" },
              { value: "FEMALE", label: "女" },
            ]}
          />
          <TextField
            formId={FORM_ID}
            name="balance"
            label="公积金账户余额（元，夫妻合计）"
            inputMode="decimal"
            defaultValue={v.balance ?? ""}
            errors={err("balance")}
          />
          <TextField
            formId={FORM_ID}
            name="monthlyIncome"
            label="月收入（元，夫妻合计）"
            inputMode="decimal"
            defaultValue={v.monthlyIncome ?? ""}
            errors={err("monthlyIncome")}
          />
          <TextField
            formId={FORM_ID}
            name="contributionMonths"
            label="已连续缴存月数"
            inputMode="numeric"
            defaultValue={v.contributionMonths ?? ""}
            errors={err("contributionMonths")}
          />
          <TextField
            formId={FORM_ID}
            name="purchasePrice"
            label="房屋总价（元）"
            inputMode="decimal"
            defaultValue={v.purchasePrice ?? ""}
            errors={err("purchasePrice")}
          />
          <TextField
            formId={FORM_ID}
            name="termYears"
            label="贷款期限（年）"
            inputMode="numeric"
            defaultValue={v.termYears ?? ""}
            errors={err("termYears")}
          />
          <TextField
            formId={FORM_ID}
            name="amount"
            label="拟贷金额（元，可不填）"
            inputMode="decimal"
            defaultValue={v.amount ?? ""}
            errors={err("amount")}
          />
          <RadioGroup
            formId={FORM_ID}
            name="isFirstHome"
            legend="是否首套住房"
            value={v.isFirstHome ?? "yes"}
            errors={err("isFirstHome")}
            options={FIRST_HOME_OPTIONS}
          />
          <RadioGroup
            formId={FORM_ID}
            name="method"
            legend="还款方式"
            value={v.method ?? "EQUAL_INSTALLMENT"}
            errors={err("method")}
            options={REPAYMENT_METHOD_OPTIONS}
          />
        </div>
        <div className="max-w-xs">
          <SubmitButton pendingText="试算中…">试算</SubmitButton>
        </div>
      </form>
      {r ? (
        <section aria-label="试算结果" className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4">
          <p className={`font-medium ${r.view.eligible ? "text-emerald-700" : "text-red-700"}`}>
            {r.view.eligible ? "按所填情况符合贷款条件" : "按所填情况暂不符合贷款条件，请看提示"}（贷款政策第 {r.view.policyVersion} 版）
          </p>
          <LimitsTable view={r.view} />
          <p className="text-sm">
            按 {displayYuan(r.paymentFor)} 计算：首月还款 <strong data-testid="first-payment">{displayYuan(r.firstPayment)}</strong>
            ，利息合计 {displayYuan(r.totalInterest)}
          </p>
          <p className="text-xs text-slate-500">
            试算假设账户正常缴存、无未结清的公积金贷款；实际额度以窗口受理时公积金系统和不动产登记簿的数据为准。
          </p>
        </section>
      ) : null}
    </div>
  );
}
