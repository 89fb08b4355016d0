"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction } from "@/lib/action-state";

export function AcceptOnlineForm({
  caseId,
  matterId,
  label = "受理",
  acceptOnlineAction,
}: {
  caseId: string;
  matterId: string;
  label?: string;
  acceptOnlineAction: FormAction;
}) {
  const [state, action] = useActionState(acceptOnlineAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="matterId" value={matterId} />
      <SubmitButton pendingText="受理中…">{label}</SubmitButton>
      <FormMessage id={`accept-online-${matterId}-error`} message={state.formError} />
    </form>
  );
}
