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
      {pending ? "处理中…" : label}
    </button>
  );
}

/** A POST that marks one item (its id) or "all" read; an error is shown beside the button. */
export function MarkReadButton({ id, label, action }: { id: string; label: string; action: FormAction }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  const errorId = `mark-read-${id}-error`;
  const message = state.formError ?? state.fieldErrors?.id?.[0];
  return (
    <form action={formAction} className="flex items-center gap-2" aria-describedby={message ? errorId : undefined}>
      <input type="hidden" name="id" value={id} />
      <Button label={label} />
      {message ? (
        <span id={errorId} role="alert" className="text-sm text-red-700">
          {message}
        </span>
      ) : null}
    </form>
  );
}
