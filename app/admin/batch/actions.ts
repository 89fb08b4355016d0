"use server";

import { requireRole } from "@/lib/auth/current-user";
import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { getBatchStatus, type BatchStatusView } from "@/lib/servicing/batch/queries";
import { ZBatchScheduleForm, ZBusinessDate, ZStartBatch } from "@/lib/servicing/batch/schemas";
import { saveBatchSchedule } from "@/lib/servicing/batch/schedule-setting";
import { startDailyBatch } from "@/lib/servicing/batch/start-batch";

export type StartBatchState = FormState & { started?: string; resumed?: boolean };

const startBatch = formAction<typeof ZStartBatch, Awaited<ReturnType<typeof startDailyBatch>>, StartBatchState>({
  roles: ["ADMIN"],
  schema: ZStartBatch,
  input: (formData) => ({ businessDate: formData.get("businessDate") }),
  domain: "batch",
  run: (actor, input) => startDailyBatch({ actor, businessDate: input.businessDate }),
  revalidate: ["/admin/batch"],
  onSuccess: ({ businessDate, resumed }, _input, values) => ({ started: businessDate, resumed, values }),
});

/** ADMIN starts (or resumes) the daily batch for a date; it runs on in the background. */
export async function startBatchAction(prev: StartBatchState, formData: FormData): Promise<StartBatchState> {
  return startBatch(prev, formData);
}

/** The progress bar's poll (not a form, so not formAction): the role first, then the date, read only. */
export async function batchStatusAction(businessDate: string): Promise<BatchStatusView | null> {
  await requireRole("ADMIN");
  const parsed = ZBusinessDate.safeParse(businessDate);
  if (!parsed.success) return null;
  return getBatchStatus(parsed.data);
}

export type BatchScheduleState = FormState & { done?: string };

const saveSchedule = formAction<typeof ZBatchScheduleForm, Awaited<ReturnType<typeof saveBatchSchedule>>, BatchScheduleState>({
  roles: ["ADMIN"],
  schema: ZBatchScheduleForm,
  input: (formData) => ({ time: formData.get("time") ?? undefined }),
  domain: "batchSchedule",
  run: (actor, input) => saveBatchSchedule({ actor, time: input.time }),
  revalidate: ["/admin/batch"],
  onSuccess: ({ changed }, input, values) => ({
    done: changed ? `已保存：每日 ${input.time}（北京时间）自动执行前一营业日的日终批处理` : "执行时间未变化",
    values,
  }),
});

/** ADMIN sets the time of day the daily batch runs by itself (Asia/Shanghai). */
export async function saveBatchScheduleAction(prev: BatchScheduleState, formData: FormData): Promise<BatchScheduleState> {
  return saveSchedule(prev, formData);
}
