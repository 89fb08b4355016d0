"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction } from "@/lib/action-state";

export function CallNextForm({ waiting, callNextAction }: { waiting: number; callNextAction: FormAction }) {
  const [state, action] = useActionState(callNextAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-4">
      <p className="text-sm text-slate-700">
        今日等候：
        <strong className="text-lg" data-testid="waiting-count">
          {waiting}
        </strong>{" "}
        人
      </p>
      <div className="w-32">
        <SubmitButton pendingText="叫号中…">叫号</SubmitButton>
      </div>
      <FormMessage id="call-next-error" message={state.formError} />
    </form>
  );
}
