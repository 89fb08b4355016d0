"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/action-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { DocumentInputs } from "@/components/cases/document-inputs";

const FORM_ID = "add-documents";

/** 补充材料: the teller scans materials into an accepted (or returned) loan case; the list above shows them once stored. */
export function AddDocumentsForm({
  caseId,
  documents,
  legend,
  addCaseDocumentsAction,
}: {
  caseId: string;
  documents: readonly { kind: string; label: string }[];
  legend: string;
  addCaseDocumentsAction: FormAction;
}) {
  const [state, action] = useActionState(addCaseDocumentsAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form id={FORM_ID} action={action} noValidate className="mt-4 space-y-3 border-t border-slate-100 pt-4">
      <input type="hidden" name="caseId" value={caseId} />
      <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
      <DocumentInputs formId={FORM_ID} legend={legend} documents={documents} errorsOf={(field) => errors[field] ?? []} />
      <div className="max-w-xs">
        <SubmitButton pendingText="上传中…">上传补充材料</SubmitButton>
      </div>
    </form>
  );
}
