"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import type { FormAction, FormState } from "@/lib/action-state";

function Button({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 disabled:opacity-60"
    >
      {pending ? "处理中…" : "重新发送"}
      <span className="sr-only">{label}</span>
    </button>
  );
}

/** 重新发送 one failed SMS: its id and the resend count shown (a second click acts once); errors beside it. */
export function ResendSmsButton({ id, resends, label, action }: { id: string; resends: number; label: string; action: FormAction }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  const errorId = `resend-${id}-error`;
  const message = state.formError ?? state.fieldErrors?.id?.[0] ?? state.fieldErrors?.resends?.[0];
  return (
    <form action={formAction} className="flex items-center gap-2" aria-describedby={message ? errorId : undefined}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="resends" value={resends} />
      <Button label={label} />
      {message ? (
        <span id={errorId} role="alert" className="text-sm text-red-700">
          {message}
        </span>
      ) : null}
    </form>
  );
}
