"use client";

import { useActionState } from "react";
import type { ChainReportDto } from "@/lib/audit/verify-log";

type State = { report?: ChainReportDto; checkedAt?: string };

/** The verify button and its result: intact (with the head hash to keep elsewhere) or the first broken link. */
export function AuditVerifyPanel({ action: verify }: { action: (prev: State) => Promise<State> }) {
  const [state, action, pending] = useActionState(verify, {});
  const r = state.report;
  return (
    <div className="space-y-3">
      <form action={action}>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-60"
        >
          {pending ? "正在校验…" : "校验审计链"}
        </button>
      </form>
      {r ? (
        r.ok ? (
          <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            <p className="font-medium">
              审计链完整：共 {r.checked} 条记录，用时 {r.elapsedMs} 毫秒。
            </p>
            {r.headHash ? (
              <p className="mt-1">
                链尾 #{r.lastSeq}：<code className="break-all text-xs">{r.headHash}</code>（请另行留存，以便发现整段改写）
              </p>
            ) : null}
          </div>
        ) : (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
            <p className="font-medium">审计链断裂：前 {r.checked} 条完好，第一处断点如下。</p>
            <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1">
              <dt>链上序号</dt>
              <dd>{r.firstBreak?.chainSeq ?? "（未入链）"}</dd>
              <dt>记录编号</dt>
              <dd>{r.firstBreak?.id}</dd>
              <dt>问题</dt>
              <dd>{r.firstBreak?.problem}</dd>
              <dt>应为</dt>
              <dd>
                <code className="break-all text-xs">{r.firstBreak?.expected}</code>
              </dd>
              <dt>实际</dt>
              <dd>
                <code className="break-all text-xs">{r.firstBreak?.stored ?? "（空）"}</code>
              </dd>
            </dl>
          </div>
        )
      ) : null}
    </div>
  );
}
