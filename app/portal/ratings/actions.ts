"use server";

import { formAction } from "@/lib/forms/action";
import type { DoneFormState } from "@/lib/action-state";
import { ZRateCase } from "@/lib/followups/schemas";
import { rateCase, type RateCaseResult } from "@/lib/followups/rate-case";

/** The citizen rates one of their own closed cases (好差评), once. */
export const rateCaseAction = formAction<typeof ZRateCase, RateCaseResult, DoneFormState>({
  roles: ["CITIZEN"],
  schema: ZRateCase,
  domain: "followups",
  run: (actor, input) => rateCase({ actor, caseId: input.caseId, score: input.score, comment: input.comment }),
  revalidate: ["/portal/ratings"],
  onSuccess: (r) => ({
    done: r.followUpTaskId ? `感谢您的评价。值班长将在 ${r.dueOn} 前联系您并答复。` : "感谢您的评价！",
  }),
});
