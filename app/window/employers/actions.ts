"use server";

import { redirect } from "next/navigation";
import type { DoneFormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import {
  ZCreateAgent,
  ZDecideRateChangeForm,
  ZRegisterEmployer,
  ZRequestRateChange,
  ZUpdateEmployer,
  ZWindowHire,
  ZWindowLeave,
  ZWindowSeal,
  ZWindowCancelLeave,
} from "@/lib/employers/schemas";
import { registerEmployer } from "@/lib/employers/register-employer";
import { updateEmployer } from "@/lib/employers/update-employer";
import { decideRateChange, requestRateChange } from "@/lib/employers/rate-change";
import { createAgent } from "@/lib/employers/create-agent";
import { hireEmployee } from "@/lib/employers/hire-employee";
import { changeSeal, recordLeaver } from "@/lib/employers/account-changes";
import { cancelLeave, type CancelLeaveResult } from "@/lib/employers/cancel-leave";
import { hireDoneText, leaveCancelledText, leaveDoneText } from "@/lib/employers/labels";

const detail = (employerId: string) => [`/window/employers/${employerId}`, "/window/employers"];

const register = formAction({
  roles: ["TELLER"],
  schema: ZRegisterEmployer,
  domain: "employers",
  run: (actor, input) => registerEmployer({ actor, ...input }),
  revalidate: ["/window/employers"],
  onSuccess: ({ employerId }) => redirect(`/window/employers/${employerId}`),
});

/** 单位开户 at the window. */
export async function registerEmployerAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return register(prev, formData);
}

const update = formAction<typeof ZUpdateEmployer, { changed: string[] }, DoneFormState>({
  roles: ["TELLER"],
  schema: ZUpdateEmployer,
  domain: "employers",
  run: (actor, input) => updateEmployer({ actor, ...input }),
  revalidate: (input) => detail(input.employerId),
  onSuccess: (r, _input, values) => ({ done: r.changed.length ? "单位信息已变更" : "信息未改变", values }),
});

/** 单位信息变更 at the window. */
export async function updateEmployerAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return update(prev, formData);
}

const requestRate = formAction<typeof ZRequestRateChange, { rateChangeId: string }, DoneFormState>({
  roles: ["TELLER"],
  schema: ZRequestRateChange,
  domain: "employers",
  run: (actor, input) => requestRateChange({ actor, ...input, nextYear: input.year === "next" }),
  revalidate: (input) => detail(input.employerId),
  onSuccess: () => ({ done: "比例调整已提交，待另一名工作人员复核后生效" }),
});

/** 缴存比例调整, proposed at the window (four-eyes). */
export async function requestRateChangeAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return requestRate(prev, formData);
}

const decideRate = formAction<typeof ZDecideRateChangeForm, void, DoneFormState>({
  roles: ["TELLER", "REVIEWER"],
  schema: ZDecideRateChangeForm,
  domain: "employers",
  echo: false,
  run: (actor, input) =>
    decideRateChange({ actor, rateChangeId: input.rateChangeId, approve: input.decision === "approve", note: input.note }),
  revalidate: (input) => detail(input.employerId),
  onSuccess: (_r, input) => ({ done: input.decision === "approve" ? "已复核通过，新比例已生效" : "已退回" }),
});

/** 缴存比例调整, decided by a second person. */
export async function decideRateChangeAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return decideRate(prev, formData);
}

const agent = formAction<typeof ZCreateAgent, { loginName: string; password: string }, DoneFormState>({
  roles: ["TELLER"],
  schema: ZCreateAgent,
  domain: "employers",
  run: (actor, input) => createAgent({ actor, ...input }),
  revalidate: (input) => detail(input.employerId),
  onSuccess: (r) => ({ done: `经办人账号 ${r.loginName} 已开通，初始密码 ${r.password}（仅显示一次，请当面交付）` }),
});

/** 经办人开通 at the window. */
export async function createAgentAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return agent(prev, formData);
}

const hire = formAction<typeof ZWindowHire, Awaited<ReturnType<typeof hireEmployee>>, DoneFormState>({
  roles: ["TELLER"],
  schema: ZWindowHire,
  domain: "employers",
  run: (actor, input) => hireEmployee({ actor, ...input }),
  revalidate: (input) => detail(input.employerId),
  onSuccess: (r) => ({ done: hireDoneText(r) }),
});

/** 增员 at the window. */
export async function windowHireAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return hire(prev, formData);
}

const leave = formAction<typeof ZWindowLeave, { sealOn: string }, DoneFormState>({
  roles: ["TELLER"],
  schema: ZWindowLeave,
  domain: "employers",
  run: (actor, input) => recordLeaver({ actor, ...input }),
  revalidate: (input) => detail(input.employerId),
  onSuccess: (r) => ({ done: leaveDoneText(r) }),
});

/** 减员 at the window. */
export async function windowLeaveAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return leave(prev, formData);
}

const seal = formAction<typeof ZWindowSeal, void, DoneFormState>({
  roles: ["TELLER"],
  schema: ZWindowSeal,
  domain: "employers",
  run: (actor, input) =>
    changeSeal({ actor, employerId: input.employerId, accountId: input.accountId, seal: input.action === "seal", reason: input.reason }),
  revalidate: (input) => detail(input.employerId),
  onSuccess: (_r, input) => ({ done: input.action === "seal" ? "已封存" : "已启封" }),
});

/** 封存 / 启封 at the window. */
export async function windowSealAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return seal(prev, formData);
}

const cancel = formAction<typeof ZWindowCancelLeave, CancelLeaveResult, DoneFormState>({
  roles: ["TELLER"],
  schema: ZWindowCancelLeave,
  domain: "employers",
  run: (actor, input) => cancelLeave({ actor, employerId: input.employerId, staffChangeId: input.staffChangeId, reason: input.reason }),
  revalidate: (input) => detail(input.employerId),
  onSuccess: (r) => ({ done: leaveCancelledText(r) }),
});

/** 撤销减员 at the window: a leave recorded by mistake, before its month-end seal. */
export async function windowCancelLeaveAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return cancel(prev, formData);
}
