import { describe, expect, it } from "vitest";
import { CONTACT_RULE_MESSAGES } from "@/lib/collections/contact-rules";
import { instantToShanghaiLocal, shanghaiLocalToInstant } from "@/lib/dates/business-day";
import { ZAddGuarantor, ZLedgerFilter, logContactSchema } from "@/lib/collections/schemas";

// 2026-11-26 10:00 in Shanghai.
const NOW = new Date("2026-11-26T02:00:00Z");
const base = { caseId: "case1", kind: "PHONE_CALL", contactedAt: "2026-11-26T09:30", party: "借款人", outcome: "本人接听，承诺还款" };
const errorsOf = (input: Record<string, string>) => {
  const result = logContactSchema(NOW).safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[String(issue.path[0])] ??= []).push(issue.message);
  return out;
};

describe("Shanghai wall-clock times", () => {
  it("convert both ways at UTC+8", () => {
    expect(shanghaiLocalToInstant("2026-11-26T09:30")?.toISOString()).toBe("2026-11-26T01:30:00.000Z");
    expect(shanghaiLocalToInstant("2026-11-26T03:00")?.toISOString()).toBe("2026-11-25T19:00:00.000Z");
    expect(instantToShanghaiLocal(new Date("2026-11-25T19:00:00Z"))).toBe("2026-11-26T03:00");
  });

  it("refuse what is not a time", () => {
    for (const bad of ["2026-11-26", "2026-02-30T10:00", "2026-11-26T24:00", "2026-11-26 09:30", ""])
      expect(shanghaiLocalToInstant(bad)).toBeNull();
  });
});

describe("logContactSchema", () => {
  it("parses a call without a promise; empty optional fields become null", () => {
    const parsed = logContactSchema(NOW).parse({ ...base, promisedAmount: "", promisedDate: "", note: "  " });
    expect(parsed).toEqual({
      ...base,
      contactedAt: new Date("2026-11-26T01:30:00Z"),
      promisedAmount: null,
      promisedDate: null,
      note: null,
    });
  });

  it("parses a promise to pay (thousands separators dropped), dated today at the earliest", () => {
    const parsed = logContactSchema(NOW).parse({ ...base, promisedAmount: "3,200.50", promisedDate: "2026-11-26" });
    expect(parsed).toMatchObject({ promisedAmount: "3200.50", promisedDate: "2026-11-26" });
  });

  it("refuses a contact time after now, at its field", () => {
    expect(errorsOf({ ...base, contactedAt: "2026-11-26T10:01" })).toEqual({ contactedAt: [CONTACT_RULE_MESSAGES.FUTURE] });
    expect(errorsOf({ ...base, contactedAt: "2026-11-26T10:00" })).toEqual({});
  });

  it("refuses a promised date before today (Shanghai), and a promise without its amount or date", () => {
    expect(errorsOf({ ...base, promisedAmount: "100", promisedDate: "2026-11-25" })).toEqual({
      promisedDate: [CONTACT_RULE_MESSAGES.DATE],
    });
    expect(errorsOf({ ...base, promisedDate: "2026-12-01" })).toEqual({ promisedAmount: [CONTACT_RULE_MESSAGES.AMOUNT_MISSING] });
    expect(errorsOf({ ...base, promisedAmount: "100" })).toEqual({ promisedDate: [CONTACT_RULE_MESSAGES.DATE_MISSING] });
    expect(errorsOf({ ...base, promisedAmount: "100", promisedDate: "2026-13-01" })).toEqual({
      promisedDate: [CONTACT_RULE_MESSAGES.DATE_INVALID],
    });
  });

  it("wants a promised amount above zero with at most two decimals", () => {
    for (const bad of ["0", "0.00", "-5", "12.345", "abc", "1e3"]) {
      expect(errorsOf({ ...base, promisedAmount: bad, promisedDate: "2026-12-01" })).toEqual({
        promisedAmount: [CONTACT_RULE_MESSAGES.AMOUNT],
      });
    }
    expect(errorsOf({ ...base, promisedAmount: "0.01", promisedDate: "2026-12-01" })).toEqual({});
  });

  it("puts every missing required field at its field, in Chinese", () => {
    expect(errorsOf({ caseId: "case1", kind: "FAX", contactedAt: "", party: "路人", outcome: " " })).toEqual({
      kind: ["请选择联系方式"],
      contactedAt: ["请填写联系时间"],
      party: ["请选择联系对象"],
      outcome: ["请填写联系结果"],
    });
    expect(errorsOf({ ...base, contactedAt: "明天" })).toEqual({ contactedAt: ["联系时间格式不正确"] });
  });
});

describe("ZAddGuarantor", () => {
  it("accepts a mobile or a landline with area code", () => {
    expect(ZAddGuarantor.parse({ caseId: "c", name: "王强", phone: "13912345678", relation: "朋友", address: "" })).toEqual({
      caseId: "c",
      name: "王强",
      phone: "13912345678",
      relation: "朋友",
      address: null,
    });
    expect(ZAddGuarantor.safeParse({ caseId: "c", name: "王强", phone: "025-84561234", relation: "朋友" }).success).toBe(true);
  });

  it("refuses a malformed phone at its field", () => {
    const result = ZAddGuarantor.safeParse({ caseId: "c", name: "王强", phone: "12345", relation: "朋友" });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["phone", "联系电话应为11位手机号或带区号的固定电话"]]);
  });
});

describe("ZLedgerFilter", () => {
  it("defaults to all open cases on page 1 and ignores nonsense", () => {
    expect(ZLedgerFilter.parse({})).toEqual({ scope: "all", status: "open", page: 1 });
    expect(ZLedgerFilter.parse({ scope: "everyone", status: "x", bucket: "7", page: "-3" })).toEqual({
      scope: "all",
      status: "open",
      page: 1,
    });
    expect(ZLedgerFilter.parse({ scope: "mine", status: "closed", bucket: "2-5", q: " 张 ", page: "2" })).toEqual({
      scope: "mine",
      status: "closed",
      bucket: "2-5",
      q: "张",
      page: 2,
    });
  });
});
