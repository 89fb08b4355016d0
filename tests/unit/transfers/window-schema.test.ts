import { describe, expect, it } from "vitest";
import { ZApplyTransferAtWindow } from "@/lib/transfers/schemas";
import { buildResidentId } from "@/lib/identity/resident-id";

const idNumber = buildResidentId("320102", "1990-01-01", 11);
const base = { otherCenterCode: "110000", idempotencyKey: "key-12345678", idNumber };
const issues = (input: Record<string, string>) => {
  const parsed = ZApplyTransferAtWindow.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("the window's transfer form: a transfer out needs the citizen's presence, the withdrawal's rule", () => {
  it("OUT without a way of presence, without the card's name, with a short code: each at its field", () => {
    expect(issues({ ...base, direction: "OUT" })).toEqual([["presence", "请选择本人到场核验方式"]]);
    expect(issues({ ...base, direction: "OUT", presence: "ID_CARD", cardName: "" })).toEqual([["cardName", "请读取申请人身份证（姓名）"]]);
    expect(issues({ ...base, direction: "OUT", presence: "PORTAL_CODE", presenceCode: "12345" })).toEqual([
      ["presenceCode", "确认码应为 6 位数字"],
    ]);
  });

  it("OUT with the card's name or a 6-digit code passes; IN asks for neither", () => {
    expect(issues({ ...base, direction: "OUT", presence: "ID_CARD", cardName: "王磊" })).toEqual([]);
    expect(issues({ ...base, direction: "OUT", presence: "PORTAL_CODE", presenceCode: "123456" })).toEqual([]);
    expect(issues({ ...base, direction: "IN" })).toEqual([]);
  });
});
