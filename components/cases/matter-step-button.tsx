"use client";

import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/action-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

type StepAction = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * One stage step as a button. It sends the matter's version as read when the page was drawn, so
 * a stale page (another user already moved the matter) gets the "already handled" message.
 */
export function MatterStepButton({
  action,
  caseId,
  matterId,
  version,
  label,
  pendingText,
  children,
}: {
  action: StepAction;
  caseId: string;
  matterId: string;
  version: number;
  label: string;
  pendingText?: string;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, {});
  const id = `step-${label}`;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="matterId" value={matterId} />
      <input type="hidden" name="expectedVersion" value={version} />
      {children}
      <FormMessage id={`${id}-error`} message={state.formError ?? Object.values(state.fieldErrors ?? {}).flat()[0]} />
      <div className="max-w-xs">
        <SubmitButton pendingText={pendingText}>{label}</SubmitButton>
      </div>
    </form>
  );
}
