"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** Disabled while its form's action runs, so a double click cannot submit twice. */
export function SubmitButton({ children, pendingText }: { children: ReactNode; pendingText?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-offset-2 disabled:cursor-not-allowed disabled:opacity-60"
    >
      {pending ? (pendingText ?? "提交中…") : children}
    </button>
  );
}
