import fs from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { contributionStatement, repaymentStatement, splitRepayment, statementCsv } from "@/lib/exports/statement";
import { renderStatementPdf } from "@/lib/exports/statement-pdf";
import { pdfText, pdfTextLines } from "../support/pdf-text";

const FONT = new Uint8Array(
  fs.readFileSync(path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf")),
);

const repayment = {
  repaymentNo: "HK20260512000002",
  businessDate: "2026-05-12",
  kindLabel: "按月扣划",
  sourceLabel: "公积金账户",
  amount: "2702.31",
  penaltyInterest: "26.79",
  overdueInterest: "3.45",
  overduePrincipal: "0.10",
  currentInterest: "1079.88",
  currentPrincipal: "1592.09",
  prepaidPrincipal: "0",
  accruedInterest: "0",
};

describe("history statements", () => {
  it("splits a repayment into principal, interest and penalty that add up to its amount", () => {
    expect(splitRepayment(repayment)).toEqual({ principal: "1592.19", interest: "1083.33", penalty: "26.79" });
  });

  it("writes the repayment CSV with a BOM, CRLF and an exact 合计 row", () => {
    const s = repaymentStatement({
      loanNo: "GJJ2026000123",
      borrowerName: "张伟",
      principal: "500000",
      outstanding: "480000.5",
      issuedOn: "2026-06-02",
      repayments: [repayment, { ...repayment, repaymentNo: "HK20260612000003", businessDate: "2026-06-12", penaltyInterest: "0" }],
    });
    expect(statementCsv(s)).toBe(
      "\uFEFF还款日期,流水号,方式,资金来源,还款金额,本金,利息,罚息\r\n" +
        "2026-05-12,HK20260512000002,按月扣划,公积金账户,2702.31,1592.19,1083.33,26.79\r\n" +
        "2026-06-12,HK20260612000003,按月扣划,公积金账户,2702.31,1592.19,1083.33,0.00\r\n" +
        "合计,,,,5404.62,3184.38,2166.66,26.79\r\n",
    );
    expect(s.facts).toContainEqual(["剩余本金", "480000.50"]);
  });

  it("defuses a spreadsheet formula typed as an employer's name", () => {
    const s = contributionStatement({
      accountNo: "320100000001",
      holderName: "李娜",
      balance: "1",
      issuedOn: "2026-06-02",
      contributions: [
        { month: "2026-05", employerName: '=HYPERLINK("http://x","y")', base: "8000", employerAmount: "960", personalAmount: "960" },
      ],
    });
    expect(statementCsv(s).split("\r\n")[1]).toBe(`2026-05,"'=HYPERLINK(""http://x"",""y"")",8000.00,960.00,960.00,1920.00`);
  });

  it("prints the same figures in the PDF, the header again on every page", async () => {
    const contributions = Array.from({ length: 70 }, (_, i) => ({
      month: `20${String(20 + Math.floor(i / 12)).padStart(2, "0")}-${String((i % 12) + 1).padStart(2, "0")}`,
      employerName: "南京测试科技有限公司",
      base: "10000",
      employerAmount: "1200",
      personalAmount: "1200.01",
    }));
    const s = contributionStatement({
      accountNo: "320100000001",
      holderName: "李娜",
      balance: "168000.70",
      issuedOn: "2026-06-02",
      contributions,
    });
    expect(s.totals).toEqual(["合计", "", "", "84000.00", "84000.70", "168000.70"]);
    const bytes = await renderStatementPdf(s, { centerName: "南京住房公积金管理中心", fontBytes: FONT });
    const lines = await pdfTextLines(bytes);
    expect(lines.filter((l) => l === "缴存单位").length).toBeGreaterThanOrEqual(2);
    // Every page, not merely two: one header per page of the document.
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(lines.filter((l) => l === "缴存单位")).toHaveLength(pages);
    const text = await pdfText(bytes);
    for (const figure of ["账户余额：168000.70", "2400.01", "84000.70", "168000.70", "公积金账号：320100000001"])
      expect(text).toContain(figure);
  });
});
