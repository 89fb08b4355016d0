"use client";

import { useActionState } from "react";
import { callNextAction } from "@/app/window/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

export function CallNextForm({ waiting }: { waiting: number }) {
  const [state, action] = useActionState(callNextAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-4">
      <p className="text-sm text-slate-700">
        今日等候：<strong className="text-lg" data-testid="waiting-count">{waiting}</strong> 人
      </p>
      <div className="w-32">
        <SubmitButton pendingText="叫号中…">叫号</SubmitButton>
      </div>
      <FormMessage id="call-next-error" message={state.formError} />
    </form>
  );
}
