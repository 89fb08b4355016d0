"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** A submit button that sends name="intent" (试算 or 确认); disabled while the form is pending. */
export function IntentButton({ intent, children, primary = false }: { intent: string; children: ReactNode; primary?: boolean }) {
  const { pending } = useFormStatus();
  const tone = primary ? "bg-sky-700 text-white hover:bg-sky-800" : "border border-sky-700 bg-white text-sky-800 hover:bg-sky-50";
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md px-4 py-2 font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-offset-2 disabled:cursor-not-allowed disabled:opacity-60 ${tone}`}
    >
      {pending ? "处理中…" : children}
    </button>
  );
}
