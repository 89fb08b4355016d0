import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { renderContractPdf } from "@/lib/contracts/render-contract";
import { chineseFontBytes } from "@/lib/contracts/font";
import type { ContractData } from "@/lib/contracts/contract-data";
import { embeddedFontGlyphs } from "../support/pdf-font";
import { pdfText } from "../support/pdf-text";

const data: ContractData = {
  kind: "loan",
  contractNo: "GJJJK2026-000001",
  signed: false,
  caseNo: "BJ202611260001",
  loanNo: "GJJ2026000062",
  centerName: "南京住房公积金管理中心",
  borrower: { name: "李娜", idNumber: "320104199203150022", phone: "13902500002" },
  coBorrower: null,
  property: {
    unitNo: "320111030002GB00009F00050010",
    certNo: "苏(2026)南京市不动产权第0010058号",
    address: "南京市浦口区江山路481号莫愁苑5幢502室",
    area: "56.82",
    owners: "李娜（100%）",
  },
  principal: "300000.00",
  annualRatePercent: "2.600",
  termMonths: 240,
  methodLabel: "等额本息",
  payeeName: "南京安居房地产经纪有限公司",
  payeeAccount: "320100012345678901",
  printedOn: "2026-11-26",
};

describe("renderContractPdf", () => {
  it.each(["loan", "mortgage"] as const)("renders the %s contract as a small PDF with the font subset", async (kind) => {
    const bytes = await renderContractPdf({ ...data, kind }, await chineseFontBytes());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    // The full Noto Sans SC is ~10 MB; a subset of the glyphs used stays far below 200 KB.
    expect(bytes.length).toBeLessThan(200_000);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toContain(data.contractNo);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
  });

  it("states the principal in figures and in words, the term, rate, method and payee the borrower signs", async () => {
    const odd = { ...data, principal: "312045.07", signed: true };
    const loan = await pdfText(await renderContractPdf(odd, await chineseFontBytes()));
    expect(loan).toContain("借款金额：人民币（大写）叁拾壹万贰仟零肆拾伍元零柒分（小写 ¥312,045.07）");
    expect(loan).toContain("借款期限：240 个月（20 年）");
    expect(loan).toContain("年利率：2.600%");
    expect(loan).toContain("还款方式：等额本息");
    expect(loan).toContain("收款人 南京安居房地产经纪有限公司，账号 320100012345678901");
    expect(loan).toContain("合同编号：GJJJK2026-000001");
    const mortgage = await pdfText(await renderContractPdf({ ...odd, kind: "mortgage" }, await chineseFontBytes()));
    expect(mortgage).toContain("借款本金 人民币（大写）叁拾壹万贰仟零肆拾伍元零柒分（小写 ¥312,045.07）");
    expect(mortgage).toContain("不动产权证书号：苏(2026)南京市不动产权第0010058号");
  });

  it("says an unsigned copy has no contract number yet", async () => {
    const text = await pdfText(await renderContractPdf(data, await chineseFontBytes()));
    expect(text).toContain("合同编号：签约确认时生成");
    expect(text).not.toContain("GJJJK2026-000001    ");
  });

  it("embeds a subset whose every Chinese glyph has an outline (only the space is blank)", async () => {
    const { glyphs, blank } = await embeddedFontGlyphs(await renderContractPdf(data, await chineseFontBytes()));
    expect(glyphs).toBeGreaterThan(100);
    expect(blank).toBe(1);
  });
});
