import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { renderCertificatePdf } from "@/lib/accounts/certificate-pdf";
import { chineseFontBytes } from "@/lib/contracts/font";
import { embeddedFontGlyphs } from "../support/pdf-font";
import { pdfTextLines } from "../support/pdf-text";

const snapshot = {
  holderName: "张伟",
  idNumberMasked: "3201**********0034",
  holderNameMasked: "张*",
  accountNo: "GJ3201000001",
  employerName: "南京市建邺区城市建设有限公司",
  status: "正常",
  balance: "86321.55",
  contributionBase: "12000.00",
  employerRate: "12.00",
  personalRate: "12.00",
  monthsContributed: 48,
  firstMonth: "2022-12",
  lastMonth: "2026-11",
  issuedOn: "2026-11-26",
};

describe("renderCertificatePdf", () => {
  it("renders the 缴存证明 with its code in the title and every Chinese glyph outlined", async () => {
    const bytes = await renderCertificatePdf({
      snapshot,
      code: "ZM20261126ABCD",
      centerName: "南京住房公积金管理中心",
      verifyUrl: "http://localhost/verify",
      fontBytes: await chineseFontBytes(),
    });
    expect((await PDFDocument.load(bytes)).getTitle()).toBe("住房公积金缴存证明 ZM20261126ABCD");
    const { glyphs, blank } = await embeddedFontGlyphs(bytes);
    expect(glyphs).toBeGreaterThan(40);
    expect(blank).toBe(1);
  });

  it("prints the snapshot's money figures and facts, with the ID number masked", async () => {
    const lines = await pdfTextLines(
      await renderCertificatePdf({
        snapshot,
        code: "ZM20261126ABCD",
        centerName: "南京住房公积金管理中心",
        verifyUrl: "http://localhost/verify",
        fontBytes: await chineseFontBytes(),
      }),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        "兹证明 张伟（身份证号 3201**********0034）在本中心缴存住房公积金，情况如下：",
        "账户余额：¥86,321.55",
        "缴存基数：¥12,000.00",
        "缴存比例（单位 / 个人）：12.00% / 12.00%",
        "已缴存月数：48 个月",
        "缴存期间：2022-12 至 2026-11",
        "验证码：ZM20261126ABCD",
      ]),
    );
    expect(lines.join("")).not.toContain("320102198805120034");
  });
});
