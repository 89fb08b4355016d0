"use server";

import { z } from "zod";
import { formAction } from "@/lib/forms/action";
import type { DoneFormState } from "@/lib/action-state";
import { escalateSlaBreaches } from "@/lib/followups/escalate-sla-breaches";
import { ZReplyFollowUp } from "@/lib/followups/schemas";
import { replyFollowUp } from "@/lib/followups/reply-follow-up";

/** Escalates every SLA breach into the supervisors' queue (a breach already escalated adds nothing). */
export const escalateSlaAction = formAction<z.ZodObject, { created: number; breaches: number }, DoneFormState>({
  roles: ["SUPERVISOR", "ADMIN"],
  schema: z.object({}),
  domain: "followups",
  echo: false,
  run: (actor) => escalateSlaBreaches({ actor }),
  revalidate: ["/supervisor", "/dashboard"],
  onSuccess: (r) => ({ done: `当前超时办件 ${r.breaches} 件，新增督办任务 ${r.created} 件` }),
});

/** The supervisor replies to a task and closes it. */
export const replyFollowUpAction = formAction<typeof ZReplyFollowUp, { taskId: string }, DoneFormState>({
  roles: ["SUPERVISOR"],
  schema: ZReplyFollowUp,
  domain: "followups",
  run: (actor, input) => replyFollowUp({ actor, taskId: input.taskId, reply: input.reply }),
  revalidate: (input) => ["/supervisor", `/supervisor/tasks/${input.taskId}`],
  onSuccess: () => ({ done: "已回复并办结" }),
});
