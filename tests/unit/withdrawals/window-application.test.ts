import { describe, expect, it } from "vitest";
import { ZWindowApplication, windowApplicationInvalid } from "@/lib/withdrawals/schemas";

// The window's withdrawal form, parsed in one schema (formAction): a bad ID number is shown alone,
// otherwise every field's problem at once, as the form showed them before.

const fields = (over: Record<string, string> = {}) => ({
  reasonCode: "99",
  amount: "100.00",
  bankName: "中国银行南京分行",
  bankAccount: "6216610000000000002",
  idempotencyKey: "key-12345678",
  presence: "ID_CARD",
  cardName: "王磊",
  ...over,
});
const parse = (idNumber: string, over?: Record<string, string>) =>
  ZWindowApplication.safeParse({ idNumber, application: fields(over), presence: fields(over) });

describe("the window's withdrawal application", () => {
  it("a bad ID number is refused alone, at its field", () => {
    const parsed = parse("320106199511080015", { amount: "" });
    expect(parsed.success).toBe(false);
    expect(windowApplicationInvalid(parsed.error!, { amount: "" })).toEqual({
      fieldErrors: { idNumber: ["身份证号校验位不正确，请核对后重新输入"] },
      values: { amount: "" },
    });
  });

  it("otherwise each problem of the application and of the presence check is at its field", () => {
    const parsed = parse("320106199511080014", { amount: "", presence: "PORTAL_CODE", presenceCode: "12" });
    expect(parsed.success).toBe(false);
    expect(windowApplicationInvalid(parsed.error!, {}).fieldErrors).toEqual({
      amount: ["请填写提取金额"],
      presenceCode: ["确认码应为 6 位数字"],
    });
  });

  it("parses a good one, the ID number normalized", () => {
    const parsed = parse(" 320106199511080014 ");
    expect(parsed.success && parsed.data.idNumber).toBe("320106199511080014");
    expect(parsed.success && parsed.data.presence).toMatchObject({ presence: "ID_CARD", cardName: "王磊" });
  });
});
