"use server";

import type { DoneFormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZCreateWindow, ZUpdateWindow } from "@/lib/staff/schemas";
import { createWindow, updateWindow } from "@/lib/staff/windows";
import { ZSetWindowSupervisors } from "@/lib/followups/schemas";
import { setWindowSupervisors } from "@/lib/followups/set-window-supervisors";

const create = formAction<typeof ZCreateWindow, { windowId: string }, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZCreateWindow,
  domain: "staff",
  run: (actor, input) => createWindow({ actor, ...input }),
  revalidate: ["/admin/windows", "/admin"],
  onSuccess: (_r, input) => ({ done: `${input.number}号窗口已开设` }),
});

/** ADMIN opens a window. */
export async function createWindowAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return create(prev, formData);
}

const update = formAction<typeof ZUpdateWindow, { changed: boolean }, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZUpdateWindow,
  input: (formData) => ({ windowId: formData.get("windowId"), name: formData.get("name"), active: formData.get("active") ?? "" }),
  domain: "staff",
  run: (actor, input) => updateWindow({ actor, ...input }),
  revalidate: ["/admin/windows", "/admin"],
  onSuccess: ({ changed }) => ({ done: changed ? "窗口设置已保存" : "窗口设置未变化" }),
});

/** ADMIN renames a window or takes it out of / back into service. */
export async function updateWindowAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return update(prev, formData);
}

const setSupervisors = formAction<typeof ZSetWindowSupervisors, { changed: boolean }, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZSetWindowSupervisors,
  input: (formData) => ({ windowId: formData.get("windowId"), supervisorIds: formData.getAll("supervisorIds") }),
  domain: "followups",
  run: (actor, input) => setWindowSupervisors({ actor, windowId: input.windowId, supervisorIds: input.supervisorIds }),
  revalidate: ["/admin/windows", "/supervisor"],
  onSuccess: ({ changed }) => ({ done: changed ? "值班长已保存" : "值班长未变化" }),
});

/** ADMIN sets which supervisors are on duty for a window (its follow-up tasks go to them). */
export async function setWindowSupervisorsAction(prev: DoneFormState, formData: FormData): Promise<DoneFormState> {
  return setSupervisors(prev, formData);
}
