"use client";

import { useActionState } from "react";
import type { LoanFormState } from "@/lib/cases/assessment-view";
import type { OwnedPropertyDto } from "@/lib/registry/queries";
import { errorIdFor } from "@/lib/action-state";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { FieldError } from "@/components/forms/field-error";
import { RadioGroup } from "@/components/forms/radio-group";
import { FormMessage } from "@/components/forms/form-message";
import { AssessmentPanel } from "@/components/cases/assessment-panel";
import { FIRST_HOME_OPTIONS, REPAYMENT_METHOD_OPTIONS } from "@/components/loans/loan-choices";
import { DocumentInputs } from "@/components/cases/document-inputs";
import { LOAN_DOCUMENTS_LEGEND } from "@/lib/cases/loan-document-labels";

const FORM_ID = "loan";

type Props = {
  action: (prev: LoanFormState, formData: FormData) => Promise<LoanFormState>;
  /** At the window: the case, and a 试算 button. Online: no case yet, submit only. */
  caseId?: string;
  submitLabel: string;
  properties: OwnedPropertyDto[];
  spouse: { name: string; idNumber: string } | null;
  suggestedFirstHome: boolean;
  /** Online (issue 15.7): a 试算 button without a case, showing the window's assessment panel. */
  preview?: boolean;
  /** One optional upload per material (PDF, JPEG or PNG, at most 5 MB): online (issue 15.8) and at the window. */
  documents?: readonly { kind: string; label: string }[];
};

/**
 * The one loan form at the window: the property is picked from the applicant's registry homes
 * (or typed), the spouse ticked as co-applicant; only amount, term and payee are typed. A new home
 * (一手房, no certificate yet) is typed by its unit number, with the purchase contract price. 试算 shows
 * every limit without writing; 受理 creates the loan matter. Typed values survive every round trip.
 */
export function LoanRequestForm({
  action: serverAction,
  caseId,
  submitLabel,
  properties,
  spouse,
  suggestedFirstHome,
  preview,
  documents,
}: Props) {
  const [state, action, pending] = useActionState<LoanFormState, FormData>(serverAction, {});
  const v = state.values ?? {};
  const err = state.fieldErrors ?? {};
  const firstProperty = properties.find((p) => !p.mortgaged)?.certNo ?? "";
  const propertyValue = v.property ?? (v.propertyOther ? "" : firstProperty);
  const groupError = (field: string, ...aliases: string[]) => [field, ...aliases].flatMap((f) => err[f] ?? []);
  const btn = "rounded-md px-4 py-2 font-medium disabled:opacity-60";

  return (
    <form id={FORM_ID} action={action} noValidate className="space-y-5">
      {caseId ? <input type="hidden" name="caseId" value={caseId} /> : null}
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />

      <fieldset aria-describedby={groupError("property").length ? errorIdFor(FORM_ID, "property") : undefined}>
        <legend className="text-sm font-medium text-slate-700">抵押房产（不动产登记簿中申请人及配偶名下）</legend>
        <div className="mt-2 space-y-1">
          {properties.map((p) => (
            <label key={p.certNo} className="flex items-start gap-2 text-sm">
              <input type="radio" name="property" value={p.certNo} defaultChecked={propertyValue === p.certNo} className="mt-1" />
              <span>
                {p.certNo} · {p.address} · {p.area}㎡ · 权利人 {p.owners}
                {p.mortgaged ? <span className="ml-1 text-red-700">（已抵押）</span> : null}
              </span>
            </label>
          ))}
          {properties.length === 0 ? <p className="text-sm text-slate-500">登记簿中未查到申请人名下房产，请在下方输入。</p> : null}
        </div>
        <div className="mt-2">
          <TextField
            formId={FORM_ID}
            name="propertyOther"
            label="或输入不动产权证书号 / 不动产单元号"
            autoComplete="off"
            defaultValue={v.propertyOther ?? ""}
          />
        </div>
        <FieldError id={errorIdFor(FORM_ID, "property")} errors={groupError("property")} />
        {caseId ? (
          // A new home (一手房) has no certificate yet: its unit number above, and the contract's price here.
          <div className="mt-2 max-w-sm">
            <TextField
              formId={FORM_ID}
              name="contractPrice"
              label="购房合同价（元，新建商品房填写）"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={v.contractPrice ?? ""}
              errors={groupError("contractPrice")}
            />
          </div>
        ) : null}
      </fieldset>

      {spouse ? (
        <div>
          <label className="inline-flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="coApplicantIdNumber"
              value={spouse.idNumber}
              defaultChecked={v.coApplicantIdNumber === spouse.idNumber}
            />
            配偶 {spouse.name}（{spouse.idNumber}）作为共同申请人
          </label>
          <FieldError id={errorIdFor(FORM_ID, "coApplicantIdNumber")} errors={groupError("coApplicantIdNumber")} />
        </div>
      ) : null}

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField
          formId={FORM_ID}
          name="amount"
          label="贷款金额（元）"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={v.amount ?? ""}
          errors={groupError("amount")}
        />
        <TextField
          formId={FORM_ID}
          name="termValue"
          label="贷款期限"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={v.termValue ?? ""}
          errors={groupError("termValue", "termMonths")}
        />
        <SelectField
          formId={FORM_ID}
          name="termUnit"
          label="期限单位"
          options={[
            { value: "years", label: "年" },
            { value: "months", label: "月" },
          ]}
          defaultValue={v.termUnit ?? "years"}
        />
      </div>

      <RadioGroup
        formId={FORM_ID}
        name="method"
        legend="还款方式"
        value={v.method ?? "EQUAL_INSTALLMENT"}
        errors={groupError("method")}
        options={REPAYMENT_METHOD_OPTIONS}
      />

      <RadioGroup
        formId={FORM_ID}
        name="isFirstHome"
        legend="是否首套住房（按登记簿和贷款记录预填）"
        value={v.isFirstHome ?? (suggestedFirstHome ? "yes" : "no")}
        errors={groupError("isFirstHome")}
        options={FIRST_HOME_OPTIONS}
      />

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          formId={FORM_ID}
          name="payeeName"
          label="收款人（售房人）"
          autoComplete="off"
          defaultValue={v.payeeName ?? ""}
          errors={groupError("payeeName")}
        />
        <TextField
          formId={FORM_ID}
          name="payeeAccount"
          label="收款账号"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={v.payeeAccount ?? ""}
          errors={groupError("payeeAccount")}
        />
      </div>

      {documents?.length ? (
        <DocumentInputs
          formId={FORM_ID}
          legend={LOAN_DOCUMENTS_LEGEND[caseId ? "window" : "online"]}
          documents={documents}
          errorsOf={(field) => groupError(field)}
        />
      ) : null}

      {state.assessment ? <AssessmentPanel view={state.assessment} /> : null}

      <div className="flex gap-3">
        {caseId || preview ? (
          <button
            type="submit"
            name="intent"
            value="preview"
            disabled={pending}
            className={`${btn} border border-sky-700 text-sky-800 hover:bg-sky-50`}
          >
            试算
          </button>
        ) : null}
        <button type="submit" name="intent" value="accept" disabled={pending} className={`${btn} bg-sky-700 text-white hover:bg-sky-800`}>
          {pending ? "处理中…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
