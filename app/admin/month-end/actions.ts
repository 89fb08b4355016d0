"use server";

import type { DoneFormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZMonthEnd } from "@/lib/employers/schemas";
import { runMonthEndSeal } from "@/lib/employers/seal-leavers";

const run = formAction<typeof ZMonthEnd, { sealed: number; settled: number }, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZMonthEnd,
  domain: "employers",
  run: (actor, input) => runMonthEndSeal({ actor, businessDate: input.businessDate }),
  revalidate: ["/admin/month-end"],
  onSuccess: (r, input, values) => ({ done: `截至 ${input.businessDate}：封存 ${r.sealed} 个账户，办结减员 ${r.settled} 笔`, values }),
});

/** The month-end seal of leavers, run by hand (the daily batch runs it for every date). */
export async function monthEndSealAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return run(prev, formData);
}
