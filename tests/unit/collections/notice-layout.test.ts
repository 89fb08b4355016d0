import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { chineseFontBytes } from "@/lib/contracts/font";
import { drawOverdueNotice, type NoticeDocument } from "@/lib/collections/notice-layout";
import { embeddedFontGlyphs } from "../support/pdf-font";
import { pdfText } from "../support/pdf-text";

const notice: NoticeDocument = {
  noticeNo: "YQTZ202600007",
  issuedOn: "2026-11-26",
  payBy: "2026-12-11",
  centerName: "南京住房公积金管理中心",
  contact: "经办人 周涛，服务热线 12329",
  borrowerName: "张伟",
  borrowerIdMasked: "3201**********0034",
  loanNo: "GJJ2024000123",
  contractNo: "GJJJK2024-000123",
  overduePeriods: 3,
  overduePrincipal: "4521.30",
  overdueInterest: "1210.05",
  penaltyInterest: "38.77",
  totalDue: "5770.12",
  deductionOrder: "逾期罚息 → 逾期利息 → 逾期本金 → 当期利息 → 当期本金",
};

describe("drawOverdueNotice", () => {
  it("renders a one-page A4 PDF whose title carries the notice number, with the font subset", async () => {
    const bytes = await drawOverdueNotice(notice, await chineseFontBytes());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(bytes.length).toBeLessThan(200_000);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe("逾期贷款通知单 YQTZ202600007");
    expect(doc.getSubject()).toBe("贷款编号 GJJ2024000123");
    expect(doc.getPageCount()).toBe(1);
  });

  it("embeds a font subset whose every glyph decodes (fontkit's odd-length loca bug is worked around)", async () => {
    const { glyphs, blank } = await embeddedFontGlyphs(await drawOverdueNotice(notice, await chineseFontBytes()));
    // Only the space is blank; a corrupted subset throws here or blanks most CJK glyphs.
    expect(glyphs).toBeGreaterThan(100);
    expect(blank).toBe(1);
  });

  it("prints what is owed in figures and the total in words", async () => {
    const text = await pdfText(await drawOverdueNotice(notice, await chineseFontBytes()));
    for (const figure of ["¥4,521.30", "¥1,210.05", "¥38.77"]) expect(text).toContain(figure);
    expect(text).toContain("¥5,770.12（人民币大写 伍仟柒佰柒拾元壹角贰分）");
    expect(text).toContain("YQTZ202600007");
    expect(text).toContain("2026-12-11");
  });

  it("renders without a contract number", async () => {
    const bytes = await drawOverdueNotice({ ...notice, contractNo: null }, await chineseFontBytes());
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
  });
});
