"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import type { FormAction, FormState } from "@/lib/action-state";

function Button({ text, srLabel }: { text: string; srLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 disabled:opacity-60"
    >
      {pending ? "处理中…" : text}
      {srLabel ? <span className="sr-only">{srLabel}</span> : null}
    </button>
  );
}

/**
 * A one-button form (a POST) acting on one row, named by its hidden `fields` (an id, the version
 * shown, so a second click acts once); the refusal is shown beside the button. `srLabel` names the
 * row for a screen reader when the button text alone repeats on every row.
 */
export function RowActionButton({
  formKey,
  fields,
  text,
  srLabel,
  action,
}: {
  formKey: string;
  fields: Record<string, string | number>;
  text: string;
  srLabel?: string;
  action: FormAction;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  const errorId = `${formKey}-error`;
  const message = state.formError ?? Object.values(state.fieldErrors ?? {}).flat()[0];
  return (
    <form action={formAction} className="flex items-center gap-2" aria-describedby={message ? errorId : undefined}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button text={text} srLabel={srLabel} />
      {message ? (
        <span id={errorId} role="alert" className="text-sm text-red-700">
          {message}
        </span>
      ) : null}
    </form>
  );
}
