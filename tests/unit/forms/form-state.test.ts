import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { ERROR_DOMAINS, errorMessage, toFormState } from "@/lib/forms/form-state";

const values = { amount: "100" };

describe("toFormState: one mapper from a DomainError to what the form shows", () => {
  it("puts the domain's message at the error's field, or at the form", () => {
    expect(toFormState(new DomainError("INVALID_AMOUNT", { field: "amount" }), values, "remittances")).toEqual({
      fieldErrors: { amount: ["请输入正确的金额（大于 0，最多两位小数）"] },
      values,
    });
    expect(toFormState(new DomainError("ALREADY_HANDLED"), values, "cases")).toEqual({
      formError: "该事项已被其他人员处理，请刷新后查看最新状态",
      values,
    });
  });

  it("resolves a code shared by several domains by the domain the screen names", () => {
    const error = new DomainError("FORBIDDEN_ROLE");
    expect(errorMessage(error, "interest")).toBe("只有系统管理员可以结息");
    expect(errorMessage(error, "batch")).toBe("只有系统管理员可以执行日终批处理");
    expect(errorMessage(error, "collections")).toBe("只有风控专员或系统管理员可以办理清收业务");
    expect(errorMessage(error, "withdrawals")).toBe("您的岗位无权办理该业务");
  });

  it("rethrows anything that is not a DomainError (a bug, not a user mistake)", () => {
    const bug = new Error("boom");
    expect(() => toFormState(bug, values, "cases")).toThrow(bug);
  });

  it("shows every NOT_ELIGIBLE problem at its own field, the rest at the form", () => {
    const error = new DomainError("NOT_ELIGIBLE", {
      details: {
        problems: [
          { code: "CONTRIBUTION_TOO_SHORT", field: "idNumber", months: 3, required: 6 },
          { code: "BLACKLISTED" },
          { code: "OUTSTANDING_FUND_LOAN" },
        ],
      },
    });
    expect(toFormState(error, values, "cases")).toEqual({
      fieldErrors: { idNumber: ["连续缴存3个月，不足6个月"] },
      formError: "申请人在失信名单中，不能申请贷款；申请人或配偶尚有未结清的公积金贷款",
      values,
    });
    expect(
      toFormState(
        new DomainError("NOT_ELIGIBLE", { details: { problems: [{ code: "TERM_OUT_OF_RANGE", field: "termMonths", min: 12, max: 360 }] } }),
        values,
        "cases",
      ),
    ).toEqual({
      fieldErrors: { termMonths: ["贷款期限应在12至360个月之间"] },
      formError: "申请不符合贷款条件，请按提示修改",
      values,
    });
  });

  it("shows withdrawal rule issues at their fields and the refusal's own reason at the form", () => {
    const rules = new DomainError("RULES", { details: { issues: [{ field: "amount", message: "提取金额超过可提取额度" }] } });
    expect(toFormState(rules, values, "withdrawals")).toEqual({
      fieldErrors: { amount: ["提取金额超过可提取额度"] },
      formError: "申请不符合提取规定，请按提示修改",
      values,
    });
    expect(toFormState(new DomainError("BLACKLISTED", { field: "idNumber" }), values, "withdrawals")).toEqual({
      formError: "申请人已被列入失信黑名单，不得办理住房公积金提取",
      values,
    });
    expect(
      toFormState(
        new DomainError("IN_FLIGHT", {
          field: "reasonCode",
          details: { withdrawalNo: "TQ0001", blockingReasonCode: "09", reasonCode: "09" },
        }),
        values,
        "withdrawals",
      ),
    ).toEqual({
      fieldErrors: { reasonCode: ["已有一笔本人及家庭成员患重大疾病提取申请（TQ0001）正在办理，请等待办结后再申请"] },
      values,
    });
    expect(
      toFormState(new DomainError("OVER_AUTHORITY", { details: { limit: "50000.00", amount: "80000.00" } }), values, "withdrawals"),
    ).toEqual({
      formError: "提取金额超过您的审批权限，请交由权限更高的工作人员审批（您的权限 50000.00 元，提取金额 80000.00 元）",
      values,
    });
  });

  it("keeps the other domains' special cases", () => {
    expect(
      toFormState(
        new DomainError("CONTACT_RULES", { details: { issues: [{ field: "contactedAt", message: "联系时间不能晚于现在" }] } }),
        values,
        "collections",
      ),
    ).toEqual({
      fieldErrors: { contactedAt: ["联系时间不能晚于现在"] },
      formError: "请按提示修改联系记录",
      values,
    });
    expect(
      toFormState(
        new DomainError("INVALID_INPUT", { details: { fieldErrors: { name: ["请填写楼盘名称"], _form: ["至少勾选一项"] } } }),
        values,
        "projects",
      ),
    ).toEqual({
      fieldErrors: { name: ["请填写楼盘名称"] },
      formError: "至少勾选一项",
      values,
    });
    expect(toFormState(new DomainError("BANK_INSUFFICIENT_FUNDS"), values, "servicing")).toEqual({
      fieldErrors: { cardAccount: ["银行卡余额不足，支付未成功"] },
      values,
    });
    expect(toFormState(new DomainError("BATCH_PREVIOUS_INCOMPLETE", { details: { previous: "2026-06-01" } }), values, "batch")).toEqual({
      fieldErrors: { businessDate: ["前一营业日的日终批处理尚未完成，请按日期顺序执行（2026-06-01）"] },
      values,
    });
    expect(toFormState(new DomainError("INVALID_SETTING", { field: "order" }), values, "settings")).toEqual({
      formError: "设置内容无效，请检查后重新保存",
      values,
    });
  });

  it("has a Chinese message in every domain for every code of its catalogue", () => {
    for (const domain of Object.keys(ERROR_DOMAINS) as (keyof typeof ERROR_DOMAINS)[]) {
      expect(errorMessage(new DomainError("SYSTEM_BUSY"), domain)).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
