import { describe, expect, it } from "vitest";
import { ZLoanRequest, ZOpenCase, ZReturn, ZTakeTicket } from "@/lib/cases/form-schemas";

const request = {
  property: "苏(2026)南京市不动产权第0010058号",
  amount: "300,000",
  termValue: "20",
  termUnit: "years",
  method: "EQUAL_INSTALLMENT",
  isFirstHome: "yes",
  payeeName: "南京安居房地产经纪有限公司",
  payeeAccount: "320100012345678901",
};

describe("ZLoanRequest", () => {
  it("turns years into months, drops thousands separators and reads the first-home answer", () => {
    const parsed = ZLoanRequest.parse(request);
    expect(parsed).toMatchObject({ amount: "300000", termMonths: 240, isFirstHome: true });
    expect(parsed.coApplicantIdNumber).toBeUndefined();
  });

  it("keeps months as months", () => {
    expect(ZLoanRequest.parse({ ...request, termValue: "150", termUnit: "months" }).termMonths).toBe(150);
  });

  it("puts each shape error at its field", () => {
    const result = ZLoanRequest.safeParse({ ...request, amount: "abc", termValue: "", payeeAccount: "12", property: " " });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["amount", "termValue", "payeeAccount", "property"]));
  });
});

describe("ZReturn", () => {
  it("merges the ticked materials with one material per line, blank lines dropped", () => {
    const parsed = ZReturn.parse({
      caseId: "c",
      matterId: "m",
      expectedVersion: "2",
      materials: ["购房合同原件"],
      otherMaterials: "户口簿\r\n\n 收入流水 ",
    });
    expect(parsed.missingMaterials).toEqual(["购房合同原件", "户口簿", "收入流水"]);
    expect(parsed.expectedVersion).toBe(2);
  });
});

describe("ID number fields", () => {
  it("uppercases a trailing x and requires 18 characters when opening a case", () => {
    expect(ZOpenCase.parse({ idNumber: " 32011319831115513x " }).idNumber).toBe("32011319831115513X");
    expect(ZOpenCase.safeParse({ idNumber: "3201" }).success).toBe(false);
  });

  it("makes the kiosk ID number optional", () => {
    expect(ZTakeTicket.parse({ idNumber: "" }).idNumber).toBeUndefined();
    expect(ZTakeTicket.safeParse({ idNumber: "123" }).success).toBe(false);
  });
});
