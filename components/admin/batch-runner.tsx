"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { markPassiveRequest } from "@/components/ui/auto-refresh";
import type { BatchStatusView } from "@/lib/servicing/batch/queries";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState } from "@/lib/action-state";

type BatchStatusAction = (businessDate: string) => Promise<BatchStatusView | null>;
type StartBatchState = FormState & { started?: string; resumed?: boolean };

const POLL_MS = 500;

const STATE_TEXT: Record<BatchStatusView["state"], string> = {
  NOT_STARTED: "尚未执行",
  RUNNING: "执行中",
  COMPLETED: "已完成",
  FAILED: "执行失败",
  INTERRUPTED: "上次执行中断，重新开始即从中断处续跑",
};

/** Polls the date's status every 500 ms while it runs; refreshes the page's run list at the end. */
function usePolledStatus(date: string | null, initial: BatchStatusView | null, batchStatusAction: BatchStatusAction) {
  const router = useRouter();
  const [status, setStatus] = useState<BatchStatusView | null>(initial);
  // The action comes from the page as a prop; a refresh may hand a new reference, which must not
  // restart the polling (the refresh at the end of a run would loop).
  const statusAction = useRef(batchStatusAction);
  useEffect(() => {
    statusAction.current = batchStatusAction;
  }, [batchStatusAction]);
  useEffect(() => {
    if (!date) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      // The progress poll is the page's own doing, not the admin's: it must not keep the session alive.
      markPassiveRequest();
      const next = await statusAction.current(date).catch(() => null);
      if (stopped) return;
      if (next) setStatus(next);
      if (next && next.state !== "RUNNING") {
        router.refresh();
        return;
      }
      timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [date, router]);
  return status;
}

export function BatchRunner({
  defaultDate,
  initial,
  startBatchAction,
  batchStatusAction,
}: {
  defaultDate: string;
  initial: BatchStatusView;
  startBatchAction: FormAction<StartBatchState>;
  batchStatusAction: BatchStatusAction;
}) {
  const [state, action] = useActionState<StartBatchState, FormData>(startBatchAction, {});
  const watching = state.started ?? (initial.state === "RUNNING" ? initial.businessDate : null);
  const status = usePolledStatus(watching, initial, batchStatusAction);
  const shown = status && (!state.started || status.businessDate === state.started) ? status : null;
  const percent = shown ? Math.round((shown.step / shown.of) * 100) : 0;

  return (
    <div className="space-y-4">
      <form id="batch" action={action} noValidate className="space-y-4">
        <FormMessage id="batch-error" message={state.formError} />
        <div className="flex flex-wrap items-end gap-4">
          <div className="w-56">
            <TextField
              formId="batch"
              name="businessDate"
              type="date"
              label="营业日期"
              defaultValue={state.values?.businessDate ?? defaultDate}
              errors={state.fieldErrors?.businessDate}
            />
          </div>
          <div className="w-48">
            <SubmitButton pendingText="正在启动…">开始日终批处理</SubmitButton>
          </div>
        </div>
      </form>
      {state.started ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.resumed ? `已从中断处续跑 ${state.started} 的日终批处理` : `已开始 ${state.started} 的日终批处理`}
        </p>
      ) : null}
      {shown ? (
        <div aria-live="polite" className="space-y-2">
          <div className="flex justify-between text-sm text-slate-700">
            <span>
              {shown.businessDate} · {STATE_TEXT[shown.state]}
              {shown.stepLabel && shown.state !== "COMPLETED" ? ` · ${shown.stepLabel}` : ""}
            </span>
            <span>
              第 {shown.step}/{shown.of} 步
            </span>
          </div>
          <div
            role="progressbar"
            aria-label="批处理进度"
            aria-valuemin={0}
            aria-valuemax={shown.of}
            aria-valuenow={shown.step}
            className="h-3 w-full overflow-hidden rounded bg-slate-100"
          >
            <div
              className={`h-full ${shown.state === "FAILED" ? "bg-red-500" : "bg-sky-600"} transition-all`}
              style={{ width: `${percent}%` }}
            />
          </div>
          {shown.error ? (
            <p role="alert" className="text-sm text-red-700">
              {shown.error}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
