import { describe, expect, it } from "vitest";
import { checkFacts } from "@/lib/withdrawals/check-facts";
import { REASON_RULES } from "@/lib/withdrawals/reasons";

const TODAY = "2026-11-26";
const PURCHASE = {
  propertyCertNo: "苏(2024)南京市不动产权第0012345号",
  propertyOwner: "李娜",
  propertyArea: "89.50",
  propertyRegisteredOn: "2024-05-20",
  deedTaxInvoiceNo: "QS20240012345",
};
const ILLNESS = {
  outOfPocket: "92300.00",
  hospital: "南京市第一医院",
  admissionDate: "2026-06-01",
  dischargeDate: "2026-06-20",
  diagnosis: "急性心肌梗死",
  medicalTotal: "186500.00",
};
const issues = (code: "01" | "09", claim: Record<string, string>) =>
  checkFacts(REASON_RULES[code], claim, TODAY).map((i) => `${i.field}:${i.message}`);

describe("anti-fraud facts on the application", () => {
  it("purchase and illness ask for their facts; other reasons for none", () => {
    expect(issues("01", PURCHASE)).toEqual([]);
    expect(issues("09", ILLNESS)).toEqual([]);
    expect(checkFacts(REASON_RULES["07"], {}, TODAY)).toEqual([]);
    expect(issues("01", { ...PURCHASE, deedTaxInvoiceNo: " " })).toEqual(["deedTaxInvoiceNo:请填写契税完税凭证号"]);
  });
  it("checks the form of areas, dates and amounts", () => {
    expect(issues("01", { ...PURCHASE, propertyArea: "89.505", propertyRegisteredOn: "2024-02-30" })).toEqual([
      "propertyArea:证书记载的建筑面积（平方米）应为正数，最多两位小数",
      "propertyRegisteredOn:证书登记日期应为有效日期（年-月-日）",
    ]);
    expect(issues("01", { ...PURCHASE, propertyRegisteredOn: "2026-11-27" })).toEqual(["propertyRegisteredOn:证书登记日期不能晚于今天"]);
    expect(issues("09", { ...ILLNESS, medicalTotal: "0" })).toEqual(["medicalTotal:医疗费用总额（元）应为正数，最多两位小数"]);
  });
  it("discharge not before admission; the self-paid part not above the total", () => {
    expect(issues("09", { ...ILLNESS, dischargeDate: "2026-05-31" })).toEqual(["dischargeDate:出院日期不能早于入院日期"]);
    expect(issues("09", { ...ILLNESS, outOfPocket: "186500.01" })).toEqual(["medicalTotal:个人自付医疗费用不能超过医疗费用总额"]);
  });
});
