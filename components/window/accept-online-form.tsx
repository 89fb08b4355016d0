"use client";

import { useActionState } from "react";
import { acceptOnlineAction } from "@/app/window/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

export function AcceptOnlineForm({ caseId, matterId, label = "受理" }: { caseId: string; matterId: string; label?: string }) {
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
