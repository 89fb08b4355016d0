"use server";
import { CENTER_STAFF_ROLES } from "@/lib/auth/roles";

import type { DoneFormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { declareRelative } from "@/lib/staff/relatives";
import { ZDeclareRelative } from "@/lib/staff/schemas";

const declare = formAction<typeof ZDeclareRelative, { relativeId: string }, DoneFormState>({
  roles: CENTER_STAFF_ROLES,
  schema: ZDeclareRelative,
  domain: "staff",
  run: (actor, input) => declareRelative({ actor, ...input }),
  revalidate: ["/staff/relatives"],
  onSuccess: (_r, input) => ({ done: `已申报：${input.relation} ${input.name}。今后您不能经办其业务` }),
});

/** A staff member declares a relative of their own (回避申报). */
export async function declareRelativeAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return declare(prev, formData);
}
