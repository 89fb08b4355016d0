import { describe, expect, it } from "vitest";
import { checkDeedTaxInvoice, normalizeInvoiceNo, type IssuedInvoice } from "@/lib/fraud/invoice-check";

const invoice: IssuedInvoice = {
  invoiceNo: "QS20240012345",
  buyerIdNumber: "320104199203150022",
  buyerName: "李娜",
  unitNo: "U1",
  taxAmount: "26850.00",
  issuedOn: "2024-05-18",
  authority: "国家税务总局南京市建邺区税务局",
};
const query = { invoiceNo: "QS20240012345", buyerIdNumbers: ["320104199203150022", "320102198805120034"], unitNo: "U1" };

describe("deed-tax invoice check", () => {
  it("accepts the buyer's (or the spouse's) invoice for the unit", () => {
    expect(checkDeedTaxInvoice(query, invoice)).toEqual({ ok: true });
    expect(checkDeedTaxInvoice({ ...query, buyerIdNumbers: ["320102198805120034", "320104199203150022"] }, invoice)).toEqual({ ok: true });
  });
  it("not found, another buyer's, another unit's", () => {
    expect(checkDeedTaxInvoice(query, null)).toEqual({ ok: false, problem: "NOT_FOUND" });
    expect(checkDeedTaxInvoice({ ...query, buyerIdNumbers: ["320106199511080014"] }, invoice)).toEqual({
      ok: false,
      problem: "OTHER_BUYER",
    });
    expect(checkDeedTaxInvoice({ ...query, unitNo: "U2" }, invoice)).toEqual({ ok: false, problem: "OTHER_UNIT" });
  });
  it("invoice numbers are compared without spaces, upper case", () => {
    expect(normalizeInvoiceNo(" qs2024 0012345 ")).toBe("QS20240012345");
  });
});
