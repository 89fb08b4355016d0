"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { PRESENCE_CODE_MINUTES } from "@/lib/withdrawals/presence-code-rules";
import type { FormAction } from "@/lib/action-state";

type PresenceCodeState = { code?: string; expiresAt?: string; formError?: string };

const EMPTY: PresenceCodeState = {};

/** The citizen's one-time code for the window: shown once, read out to the teller. */
export function PresenceCodeCard({ issuePresenceCodeAction }: { issuePresenceCodeAction: FormAction<PresenceCodeState> }) {
  const [state, action] = useActionState(issuePresenceCodeAction, EMPTY);
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-slate-600">
        在窗口办理提取时，可将本确认码告知柜员，证明您本人到场并同意办理。确认码 {PRESENCE_CODE_MINUTES}{" "}
        分钟内有效，只能使用一次；请勿告知他人。
      </p>
      <FormMessage id="presence-code-error" message={state.formError} />
      {state.code ? (
        <p role="status" className="text-sm text-slate-700">
          您的确认码：<strong className="font-mono text-2xl tracking-widest text-slate-900">{state.code}</strong>（{state.expiresAt}{" "}
          前有效）
        </p>
      ) : null}
      <SubmitButton pendingText="正在生成…">{state.code ? "重新获取确认码" : "获取窗口办理确认码"}</SubmitButton>
    </form>
  );
}
