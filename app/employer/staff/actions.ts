"use server";

import type { DoneFormState } from "@/lib/action-state";
import { employerIdOf } from "@/lib/auth/actor";
import { formAction } from "@/lib/forms/action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { ZCancelLeave, ZHire, ZLeave, ZSeal } from "@/lib/employers/schemas";
import { hireEmployee } from "@/lib/employers/hire-employee";
import { changeSeal, recordLeaver } from "@/lib/employers/account-changes";
import { cancelLeave, type CancelLeaveResult } from "@/lib/employers/cancel-leave";
import { hireDoneText, leaveCancelledText, leaveDoneText } from "@/lib/employers/labels";

// The agent acts for their own employer only: the employer comes from the session, never the form.
const ownEmployer = (user: CurrentUser) => employerIdOf(user, "FORBIDDEN_EMPLOYER");

const hire = formAction<typeof ZHire, Awaited<ReturnType<typeof hireEmployee>>, DoneFormState>({
  roles: ["EMPLOYER_AGENT"],
  schema: ZHire,
  domain: "employers",
  run: (actor, input, { user }) => hireEmployee({ actor, employerId: ownEmployer(user), ...input }),
  revalidate: ["/employer", "/employer/staff"],
  onSuccess: (r) => ({ done: hireDoneText(r) }),
});

/** 增员: the agent adds a new hire (opens, unseals or moves the person's account). */
export async function hireAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return hire(prev, formData);
}

const leave = formAction<typeof ZLeave, { sealOn: string }, DoneFormState>({
  roles: ["EMPLOYER_AGENT"],
  schema: ZLeave,
  domain: "employers",
  run: (actor, input, { user }) => recordLeaver({ actor, employerId: ownEmployer(user), ...input }),
  revalidate: ["/employer/staff"],
  onSuccess: (r) => ({ done: leaveDoneText(r) }),
});

/** 减员: the agent records a leaver; the account is sealed at the month end. */
export async function leaveAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return leave(prev, formData);
}

const seal = formAction<typeof ZSeal, void, DoneFormState>({
  roles: ["EMPLOYER_AGENT"],
  schema: ZSeal,
  domain: "employers",
  run: (actor, input, { user }) =>
    changeSeal({ actor, employerId: ownEmployer(user), accountId: input.accountId, seal: input.action === "seal", reason: input.reason }),
  revalidate: ["/employer", "/employer/staff"],
  onSuccess: (_r, input) => ({ done: input.action === "seal" ? "已封存" : "已启封" }),
});

/** 封存 / 启封 by the agent. */
export async function sealAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return seal(prev, formData);
}

const cancel = formAction<typeof ZCancelLeave, CancelLeaveResult, DoneFormState>({
  roles: ["EMPLOYER_AGENT"],
  schema: ZCancelLeave,
  domain: "employers",
  run: (actor, input, { user }) =>
    cancelLeave({ actor, employerId: ownEmployer(user), staffChangeId: input.staffChangeId, reason: input.reason }),
  revalidate: ["/employer", "/employer/staff"],
  onSuccess: (r) => ({ done: leaveCancelledText(r) }),
});

/** 撤销减员 by the agent: a leave recorded by mistake, before its month-end seal. */
export async function cancelLeaveAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return cancel(prev, formData);
}
