"use client";

import { useActionState } from "react";
import type { FormState, FormAction } from "@/lib/action-state";

/** 撤回: a remittance not yet credited can be withdrawn, then the month submitted again. */
export function WithdrawRemittanceButton({
  remittanceId,
  month,
  withdrawRemittanceAction,
}: {
  remittanceId: string;
  month: string;
  withdrawRemittanceAction: FormAction;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(withdrawRemittanceAction, {});
  return (
    <form action={action} aria-label={`撤回 ${month} 汇缴`}>
      <input type="hidden" name="remittanceId" value={remittanceId} />
      <button type="submit" disabled={pending} className="text-sm text-sky-700 underline disabled:opacity-60">
        {pending ? "撤回中…" : "撤回"}
      </button>
      {state.formError ? (
        <p role="alert" className="text-xs text-red-700">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
