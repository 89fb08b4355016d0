import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import type { FormState } from "@/lib/action-state";

// formAction's order is what an auditor checks: the caller is authenticated and their role checked
// before anything of the form is read; then zod; then the use case; errors in the domain's wording;
// revalidation and the answer only after a success.
const calls: string[] = [];
const requireRole = vi.fn();
const revalidatePath = vi.fn((path: string) => void calls.push(`revalidate ${path}`));
vi.mock("@/lib/auth/current-user", () => ({ requireRole: (...roles: string[]) => requireRole(...roles) }));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidatePath(path) }));

const { formAction } = await import("@/lib/forms/action");

const user = { id: "u1", roles: ["ADMIN"], windowId: "w1", approvalLimit: null };
const schema = z.object({ caseId: z.string().min(1, "缺少办件"), amount: z.string().regex(/^\d+$/, "请输入金额") });

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

describe("formAction: the one way to write a form's server action", () => {
  beforeEach(() => {
    calls.length = 0;
    requireRole.mockReset();
    revalidatePath.mockClear();
  });

  it("checks the role before parsing: an anonymous or wrong-role caller gets no validation details", async () => {
    requireRole.mockImplementation(async () => {
      calls.push("auth");
      throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    });
    const run = vi.fn();
    const action = formAction({ roles: ["ADMIN"], schema, domain: "cases", run });
    await expect(action({}, form({ caseId: "" }))).rejects.toThrow("403");
    expect(requireRole).toHaveBeenCalledWith("ADMIN");
    expect(run).not.toHaveBeenCalled();
  });

  it("bad input: zod's messages at their fields, the values sent back, nothing run or revalidated", async () => {
    requireRole.mockResolvedValue(user);
    const run = vi.fn();
    const action = formAction({ roles: ["ADMIN"], schema, domain: "cases", run, revalidate: ["/x"] });
    expect(await action({}, form({ caseId: "c1", amount: "abc" }))).toEqual({
      fieldErrors: { amount: ["请输入金额"] },
      formError: undefined,
      values: { caseId: "c1", amount: "abc" },
    });
    expect(run).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("builds a schema given as a factory on every request, so a rule about 'now' uses this request's now", async () => {
    requireRole.mockResolvedValue(user);
    let now = 1;
    const notAfterNow = () => z.object({ at: z.coerce.number().max(now, "不能晚于现在") });
    const run = vi.fn(async () => undefined);
    const action = formAction({ roles: ["ADMIN"], schema: notAfterNow, domain: "cases", run });
    expect((await action({}, form({ at: "2" }))).fieldErrors).toEqual({ at: ["不能晚于现在"] });
    now = 2; // later: the same form is now fine
    expect(await action({}, form({ at: "2" }))).toEqual({});
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("runs the use case with the Actor of the signed-in user, then revalidates and answers", async () => {
    requireRole.mockResolvedValue(user);
    const run = vi.fn(async () => {
      calls.push("run");
      return { no: "N1" };
    });
    const action = formAction({
      roles: ["ADMIN"],
      schema,
      domain: "cases",
      run,
      revalidate: (input) => [`/cases/${input.caseId}`, "/cases"],
      onSuccess: (result) => ({ formError: undefined, values: { done: result.no } }),
    });
    expect(await action({}, form({ caseId: "c1", amount: "12" }))).toEqual({ formError: undefined, values: { done: "N1" } });
    expect(run.mock.calls[0]!.slice(0, 2)).toEqual([
      { userId: "u1", roles: ["ADMIN"], windowId: "w1", approvalLimit: null },
      { caseId: "c1", amount: "12" },
    ]);
    expect(calls).toEqual(["run", "revalidate /cases/c1", "revalidate /cases"]);
  });

  it("a DomainError becomes the domain's Chinese message; nothing is revalidated", async () => {
    requireRole.mockResolvedValue(user);
    const action = formAction({
      roles: ["ADMIN"],
      schema,
      domain: "cases",
      run: async () => {
        throw new DomainError("ALREADY_HANDLED");
      },
      revalidate: ["/cases"],
    });
    expect(await action({}, form({ caseId: "c1", amount: "1" }))).toEqual({
      formError: "该事项已被其他人员处理，请刷新后查看最新状态",
      values: { caseId: "c1", amount: "1" },
    });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("anything else is rethrown (a bug, not a user mistake); omitted and unechoed fields are never sent back", async () => {
    requireRole.mockResolvedValue(user);
    const bug = new Error("boom");
    const failing = formAction({ roles: ["ADMIN"], schema, domain: "cases", run: async () => Promise.reject(bug) });
    await expect(failing({}, form({ caseId: "c1", amount: "1" }))).rejects.toBe(bug);

    const secret = formAction({ roles: ["ADMIN"], schema, domain: "cases", omit: ["amount"], run: vi.fn() });
    expect((await secret({}, form({ caseId: "", amount: "x" }))).values).toEqual({ caseId: "" });
    const step = formAction({ roles: ["ADMIN"], schema, domain: "cases", echo: false, run: vi.fn() });
    expect((await step({}, form({ caseId: "", amount: "1" }))).values).toEqual({});
  });

  it("invalid() gets the form too (a bad upload reported with the fields), and may be async", async () => {
    requireRole.mockResolvedValue(user);
    const run = vi.fn();
    const action = formAction({
      roles: ["ADMIN"],
      schema,
      domain: "cases",
      run,
      invalid: async (_error, values, formData) => ({ fieldErrors: { photos: [`${formData.getAll("photo").length} 张照片有误`] }, values }),
    });
    const fd = form({ caseId: "" });
    fd.append("photo", "x");
    expect(await action({}, fd)).toEqual({ fieldErrors: { photos: ["1 张照片有误"] }, values: { caseId: "", photo: "x" } });
    expect(run).not.toHaveBeenCalled();
  });

  it("onError adds to the mapped refusal (with the parsed input), and is not called on success", async () => {
    requireRole.mockResolvedValue(user);
    const onError = vi.fn(async (_error: unknown, state: FormState, ctx: { input: { caseId: string } }) => ({
      ...state,
      formError: `${state.formError}｜${ctx.input.caseId}`,
    }));
    const refusing = formAction({
      roles: ["ADMIN"],
      schema,
      domain: "cases",
      run: async () => {
        throw new DomainError("ALREADY_HANDLED");
      },
      onError,
    });
    expect(await refusing({}, form({ caseId: "c1", amount: "5" }))).toMatchObject({ formError: expect.stringMatching(/｜c1$/) });
    const succeeding = formAction({ roles: ["ADMIN"], schema, domain: "cases", run: async () => 1, onError });
    onError.mockClear();
    expect(await succeeding({}, form({ caseId: "c1", amount: "5" }))).toEqual({});
    expect(onError).not.toHaveBeenCalled();
  });
});
