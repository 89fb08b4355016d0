"use server";

import type { DoneFormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { createStaff } from "@/lib/staff/create-staff";
import { setStaffActive, setStaffRoles } from "@/lib/staff/change-staff";
import { decideLimitChange, proposeLimitChange } from "@/lib/staff/limit-changes";
import { removeRelative } from "@/lib/staff/relatives";
import { resetStaffPassword } from "@/lib/staff/reset-password";
import { ZCreateStaff, ZDecideLimit, ZProposeLimit, ZRemoveRelative, ZSetActive, ZSetRoles } from "@/lib/staff/schemas";
import { ZResetStaffPassword } from "@/lib/staff/schemas";

const withRoles = (formData: FormData) => ({ ...Object.fromEntries(formData.entries()), roles: formData.getAll("roles") });

const create = formAction<typeof ZCreateStaff, { userId: string }, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZCreateStaff,
  input: withRoles,
  domain: "staff",
  omit: ["initialPassword"],
  run: (actor, input) => createStaff({ actor, ...input }),
  revalidate: ["/admin/staff", "/admin"],
  onSuccess: (_r, input) => ({ done: `已创建账号 ${input.loginName}，请将初始密码当面交给本人，首次登录须修改密码` }),
});

/** ADMIN creates a staff account (initial password, changed at first sign-in). */
export async function createStaffAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return create(prev, formData);
}

const roles = formAction<typeof ZSetRoles, { changed: boolean }, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZSetRoles,
  input: withRoles,
  domain: "staff",
  run: (actor, input) => setStaffRoles({ actor, ...input }),
  revalidate: (input) => [`/admin/staff/${input.userId}`, "/admin/staff"],
  onSuccess: ({ changed }) => ({ done: changed ? "角色已调整" : "角色未变化" }),
});

export async function setRolesAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return roles(prev, formData);
}

const active = formAction<typeof ZSetActive, { changed: boolean }, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZSetActive,
  domain: "staff",
  run: (actor, input) => setStaffActive({ actor, ...input }),
  revalidate: (input) => [`/admin/staff/${input.userId}`, "/admin/staff"],
  onSuccess: ({ changed }, input) => ({ done: changed ? (input.active ? "账号已恢复" : "账号已停用，其登录已失效") : "账号状态未变化" }),
});

export async function setActiveAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return active(prev, formData);
}

const propose = formAction<typeof ZProposeLimit, Awaited<ReturnType<typeof proposeLimitChange>>, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZProposeLimit,
  domain: "staff",
  run: (actor, input) => proposeLimitChange({ actor, ...input }),
  revalidate: (input) => [`/admin/staff/${input.userId}`, "/admin/staff"],
  onSuccess: ({ status }) => ({
    done: status === "CONFIRMED" ? "额度已下调，即时生效" : "提高额度的申请已提交，须由另一名系统管理员确认后生效",
  }),
});

export async function proposeLimitAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return propose(prev, formData);
}

const decide = formAction<typeof ZDecideLimit, { status: string }, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZDecideLimit,
  domain: "staff",
  echo: false,
  run: (actor, input) => decideLimitChange({ actor, changeId: input.changeId, confirm: input.decision === "CONFIRM" }),
  revalidate: ["/admin/staff"],
  onSuccess: ({ status }) => ({ done: status === "CONFIRMED" ? "已确认，新额度生效" : "已驳回" }),
});

export async function decideLimitAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return decide(prev, formData);
}

const remove = formAction<typeof ZRemoveRelative, void, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZRemoveRelative,
  domain: "staff",
  run: (actor, input) => removeRelative({ actor, ...input }),
  revalidate: ["/admin/staff"],
  onSuccess: () => ({ done: "已撤销该亲属申报" }),
});

export async function removeRelativeAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return remove(prev, formData);
}

const reset = formAction<typeof ZResetStaffPassword, { sessionsEnded: number }, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZResetStaffPassword,
  domain: "staff",
  omit: ["tempPassword"],
  run: (actor, input) => resetStaffPassword({ actor, ...input }),
  revalidate: (input) => [`/admin/staff/${input.userId}`, "/admin/staff"],
  onSuccess: () => ({ done: "密码已重置，其登录已失效；请将临时密码当面交给本人，下次登录须先修改密码" }),
});

/** ADMIN sets a one-time temporary password for another staff member (never their own). */
export async function resetPasswordAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return reset(prev, formData);
}
