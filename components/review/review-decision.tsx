"use client";

import { useActionState } from "react";
import { COMMON_MISSING_MATERIALS } from "@/lib/cases/form-schemas";
import { errorIdFor, type FormAction } from "@/lib/action-state";
import { FormMessage } from "@/components/forms/form-message";
import { FieldError } from "@/components/forms/field-error";
import { SubmitButton } from "@/components/forms/submit-button";

type Step = { caseId: string; matterId: string; version: number };

function Hidden({ caseId, matterId, version }: Step) {
  return (
    <>
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="matterId" value={matterId} />
      <input type="hidden" name="expectedVersion" value={version} />
    </>
  );
}

const area = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-invalid:border-red-500";

/** Approve, reject with a reason, or return with every missing material in one notice. */
export function ReviewDecision({
  step,
  withinLimit,
  limitText,
  approveAction,
  rejectAction,
  returnAction,
}: {
  step: Step;
  withinLimit: boolean;
  limitText: string;
  approveAction: FormAction;
  rejectAction: FormAction;
  returnAction: FormAction;
}) {
  const [approved, approve] = useActionState(approveAction, {});
  const [rejected, reject] = useActionState(rejectAction, {});
  const [returned, doReturn] = useActionState(returnAction, {});
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <form action={approve} aria-label="审批通过" className="space-y-3">
        <Hidden {...step} />
        <FormMessage id="approve-error" message={approved.formError} />
        <label className="block text-sm font-medium text-slate-700">
          审批意见（选填）
          <textarea name="note" rows={2} className={area} defaultValue={approved.values?.note ?? ""} />
        </label>
        {withinLimit ? (
          <SubmitButton pendingText="审批中…">审批通过</SubmitButton>
        ) : (
          <button type="button" disabled aria-disabled className="w-full rounded-md bg-slate-300 px-4 py-2 text-slate-700">
            超出审批权限（本人权限 {limitText}），请提交上级审批
          </button>
        )}
      </form>

      <form action={doReturn} aria-label="退回补件" className="space-y-3">
        <Hidden {...step} />
        <FormMessage id="return-error" message={returned.formError} />
        <fieldset aria-describedby={returned.fieldErrors?.missingMaterials ? errorIdFor("return", "missingMaterials") : undefined}>
          <legend className="text-sm font-medium text-slate-700">需补正材料（一次性告知）</legend>
          {COMMON_MISSING_MATERIALS.map((m) => (
            <label key={m} className="mt-1 flex items-center gap-2 text-sm">
              <input type="checkbox" name="materials" value={m} />
              {m}
            </label>
          ))}
        </fieldset>
        <label className="block text-sm font-medium text-slate-700">
          其他材料（每行一项）
          <textarea name="otherMaterials" rows={2} className={area} defaultValue={returned.values?.otherMaterials ?? ""} />
        </label>
        <FieldError id={errorIdFor("return", "missingMaterials")} errors={returned.fieldErrors?.missingMaterials} />
        <SubmitButton pendingText="退回中…">退回补件</SubmitButton>
      </form>

      <form action={reject} aria-label="不予批准" className="space-y-3">
        <Hidden {...step} />
        <FormMessage id="reject-error" message={rejected.formError} />
        <label className="block text-sm font-medium text-slate-700">
          不予批准理由
          <textarea
            name="reason"
            rows={3}
            className={area}
            aria-invalid={rejected.fieldErrors?.reason ? true : undefined}
            aria-describedby={rejected.fieldErrors?.reason ? errorIdFor("reject", "reason") : undefined}
            defaultValue={rejected.values?.reason ?? ""}
          />
        </label>
        <FieldError id={errorIdFor("reject", "reason")} errors={rejected.fieldErrors?.reason} />
        <SubmitButton pendingText="处理中…">不予批准</SubmitButton>
      </form>
    </div>
  );
}
