import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/calendar";
import { formatNoticeNo, isNoticeNo, noticeSeriesPrefix } from "@/lib/collections/notice-number";

describe("逾期贷款通知单 numbers", () => {
  it("are YQTZ + year + a 5-digit serial", () => {
    expect(noticeSeriesPrefix(2026)).toBe("YQTZ2026");
    expect(formatNoticeNo(2026, 1)).toBe("YQTZ202600001");
    expect(formatNoticeNo(2027, 12345)).toBe("YQTZ202712345");
  });

  it("refuse a serial outside 1–99999 and a non-year", () => {
    expect(() => formatNoticeNo(2026, 0)).toThrow();
    expect(() => formatNoticeNo(2026, 100000)).toThrow();
    expect(() => formatNoticeNo(2026, 1.5)).toThrow();
    expect(() => noticeSeriesPrefix(26)).toThrow();
  });

  it("are recognised exactly (route parameters are checked before any query)", () => {
    expect(isNoticeNo("YQTZ202600001")).toBe(true);
    expect(isNoticeNo("YQTZ20260001")).toBe(false);
    expect(isNoticeNo("yqtz202600001")).toBe(false);
    expect(isNoticeNo("YQTZ202600001'--")).toBe(false);
  });

  it("pay-by dates are calendar days later, across month and year ends", () => {
    expect(addDays("2026-11-26", 15)).toBe("2026-12-11");
    expect(addDays("2026-12-20", 15)).toBe("2027-01-04");
    expect(addDays("2028-02-20", 15)).toBe("2028-03-06");
  });
});
