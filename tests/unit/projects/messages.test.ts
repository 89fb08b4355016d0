import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { newHomeProblemMessage, projectErrorMessage } from "@/lib/projects/messages";

describe("new-home loan problems in Chinese", () => {
  it("names the project and its status when refusing an unadmitted project", () => {
    expect(newHomeProblemMessage("PROJECT_NOT_ADMITTED", { projectName: "仙林湖畔花园", status: "已申请待准入" })).toBe(
      "该房屋所在楼盘“仙林湖畔花园”为“已申请待准入”，未获公积金贷款准入，不能受理新房贷款",
    );
    expect(newHomeProblemMessage("CONTRACT_PRICE_REQUIRED")).toBe("新建商品房请填写购房合同价");
    expect(newHomeProblemMessage("UNIT_SOLD", { loanNo: "GJJ2026000123" })).toBe("该房屋已售出（贷款GJJ2026000123），不能再办理新房贷款");
    expect(newHomeProblemMessage("OWNER_MISMATCH")).toBeUndefined();
  });
});

describe("project errors in Chinese", () => {
  it("fills in the details the officer needs", () => {
    expect(projectErrorMessage(new DomainError("CONDITIONS_UNMET", { details: { missing: ["预售资金监管账户", "无重大违法违规"] } }))).toBe(
      "以下准入必备条件未满足：预售资金监管账户、无重大违法违规",
    );
    expect(projectErrorMessage(new DomainError("ILLEGAL_ADMISSION_STATE", { details: { status: "SUSPENDED" } }))).toBe(
      "楼盘当前为“暂停准入”，不能执行该操作",
    );
    expect(projectErrorMessage(new DomainError("NOTE_REQUIRED", { details: { reason: "BACKWARD" } }))).toBe(
      "建设状态倒退（如已竣工改为在建）须说明原因",
    );
    expect(projectErrorMessage(new DomainError("STALE"))).toBe("该楼盘已被其他人员更新，请刷新后查看最新状态");
    // @ts-expect-error a code outside every catalogue fails the typecheck; at run time it still gets a message
    expect(projectErrorMessage(new DomainError("SOMETHING_NEW"))).toBe("操作未能完成，请稍后重试");
  });
});
