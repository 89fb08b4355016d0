"use client";

import { useActionState } from "react";
import { EMPTY_FORM_STATE, type FormAction } from "@/lib/action-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

/**
 * 打印逾期贷款通知单: issues today's notice (a second click the same day finds the same one) and
 * the page then links its PDF.
 */
export function IssueNoticeForm({ caseId, issueNoticeAction }: { caseId: string; issueNoticeAction: FormAction }) {
  const [state, action] = useActionState(issueNoticeAction, EMPTY_FORM_STATE);
  return (
    <form id="notice" action={action} className="space-y-2">
      <FormMessage id="notice-error" message={state.formError} />
      <input type="hidden" name="caseId" value={caseId} />
      <div className="sm:w-56">
        <SubmitButton pendingText="出具中…">打印逾期贷款通知单</SubmitButton>
      </div>
    </form>
  );
}
