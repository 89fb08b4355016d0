import { describe, expect, it } from "vitest";
import { drawMonthlyReport, type MonthlyReportDocument } from "@/lib/dashboard/monthly-report-layout";
import { chineseFontBytes } from "@/lib/contracts/font";
import { pdfText } from "../support/pdf-text";

const row = (cases: number, medianMinutes: string, successRate: string, ratings: number, satisfaction: string) => ({
  key: "k",
  cases,
  medianMinutes,
  successRate,
  ratings,
  satisfaction,
});

const doc: MonthlyReportDocument = {
  centerName: "南京住房公积金管理中心",
  month: "2026-11",
  generatedAt: "2026-12-01 09:00",
  total: row(42, "18.5", "95.2", 30, "4.37"),
  perWindow: [
    { ...row(25, "17.0", "96.0", 20, "4.55"), windowNo: 1 },
    { ...row(17, "21.5", "94.1", 10, "4.00"), windowNo: 2 },
  ],
  perTeller: [{ ...row(25, "17.0", "96.0", 20, "4.55"), loginName: "teller01", displayName: "陈静" }],
  badRatings: 3,
  followUps: { opened: 5, closed: 4, closedLate: 1, slaBreaches: 2 },
};

describe("the monthly service report PDF", () => {
  it("shows the month, the totals and every window's and teller's figures", async () => {
    const text = await pdfText(await drawMonthlyReport(doc, await chineseFontBytes()));
    expect(text).toContain("2026年11月窗口服务月报");
    expect(text).toContain("全月办结 42 件，用时中位数 18.5 分钟，办结成功率 95.2%");
    expect(text).toContain("收到评价 30 条，平均满意度 4.37 分，差评 3 条");
    expect(text).toContain("新增任务 5 件（其中超时督办 2 件），办结 4 件，逾期办结 1 件");
    expect(text).toContain("1号窗口2517.096.0%204.55");
    expect(text).toContain("2号窗口1721.594.1%104.00");
    expect(text).toContain("陈静（teller01）2517.096.0%204.55");
  });
});
