"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { actorOf } from "@/lib/auth/actor";
import { isDomainError } from "@/lib/errors";
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

/** The progress bar's poll: the date's BatchRun row and whether this server is running it. */
export async function batchStatusAction(businessDate: string): Promise<BatchStatusView | null> {
  await requireRole("ADMIN");
  const parsed = ZBusinessDate.safeParse(businessDate);
  if (!parsed.success) return null;
  return getBatchStatus(parsed.data);
}

export type BatchScheduleState = FormState & { done?: string };

/** ADMIN sets the time of day the daily batch runs by itself (Asia/Shanghai). */
export async function saveBatchScheduleAction(_prev: BatchScheduleState, formData: FormData): Promise<BatchScheduleState> {
  const user = await requireRole("ADMIN");
  const values = formValues(formData);
  const parsed = ZBatchScheduleForm.safeParse({ time: formData.get("time") ?? undefined });
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    const { changed } = await saveBatchSchedule({ actor: actorOf(user), time: parsed.data.time });
    revalidatePath("/admin/batch");
    return { done: changed ? `已保存：每日 ${parsed.data.time}（北京时间）自动执行前一营业日的日终批处理` : "执行时间未变化", values };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { formError: error.code === "FORBIDDEN_ROLE" ? "只有系统管理员可以修改执行时间" : "执行时间无效，请检查后重新保存", values };
  }
}
