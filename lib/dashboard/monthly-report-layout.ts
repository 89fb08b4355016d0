import { rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { A4, MARGIN, createChinesePdf } from "@/lib/contracts/pdf-page";
import type { KpiRow } from "@/lib/dashboard/kpi-rules";

/** What the monthly service report (窗口服务月报) says; every figure comes from getKpiReport. */
export type MonthlyReportDocument = {
  centerName: string;
  /** "2026-11" */
  month: string;
  generatedAt: string;
  total: KpiRow;
  perWindow: (KpiRow & { windowNo: number })[];
  perTeller: (KpiRow & { loginName: string; displayName: string })[];
  badRatings: number;
  followUps: { opened: number; closed: number; closedLate: number; slaBreaches: number };
};

const HEAD = ["办件量", "用时中位数（分钟）", "办结成功率", "评价数", "平均满意度"] as const;
const cells = (r: KpiRow) => [
  String(r.cases),
  r.medianMinutes,
  r.successRate === "—" ? "—" : `${r.successRate}%`,
  String(r.ratings),
  r.satisfaction,
];

/** The report as an A4 PDF (as many pages as the tables need), the Chinese font embedded as a subset. */
export async function drawMonthlyReport(d: MonthlyReportDocument, fontBytes: Uint8Array): Promise<Uint8Array> {
  const { pdf, font } = await createChinesePdf(fontBytes);
  const [year, month] = d.month.split("-").map(Number) as [number, number];
  const title = `${year}年${month}月窗口服务月报`;
  pdf.setTitle(`${d.centerName} ${title}`);
  pdf.setCreator(d.centerName);
  const color = rgb(0.1, 0.1, 0.1);
  let page: PDFPage = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const ensure = (height: number) => {
    if (y - height >= MARGIN) return;
    page = pdf.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
  };
  const line = (value: string, size = 11, gap = 7) => {
    ensure(size + gap);
    page.drawText(value, { x: MARGIN, y: y - size, size, font, color });
    y -= size + gap;
  };
  const centered = (value: string, size: number) => {
    page.drawText(value, { x: (A4.width - font.widthOfTextAtSize(value, size)) / 2, y: y - size, size, font, color });
    y -= size + 10;
  };
  const table = (caption: string, first: string, rows: { label: string; row: KpiRow }[]) => {
    y -= 6;
    line(caption, 13, 8);
    const widths = [110, 60, 100, 70, 50, 80];
    const row = (values: string[], size: number) => {
      ensure(size + 8);
      let x = MARGIN;
      values.forEach((v, i) => {
        const w = widths[i]!;
        const at = i === 0 ? x : x + w - font.widthOfTextAtSize(v, size) - 4;
        page.drawText(v, { x: at, y: y - size, size, font: font as PDFFont, color });
        x += w;
      });
      y -= size + 8;
    };
    row([first, ...HEAD], 9.5);
    for (const r of rows) row([r.label, ...cells(r.row)], 10);
  };

  centered(d.centerName, 14);
  centered(title, 18);
  line(`统计期间：${d.month}-01 至月末（按办结时间）　生成时间：${d.generatedAt}`, 9.5, 12);
  line(`全月办结 ${d.total.cases} 件，用时中位数 ${d.total.medianMinutes} 分钟，办结成功率 ${d.total.successRate}%，`);
  line(`收到评价 ${d.total.ratings} 条，平均满意度 ${d.total.satisfaction} 分，差评 ${d.badRatings} 条。`);
  line(
    `回访与督办：新增任务 ${d.followUps.opened} 件（其中超时督办 ${d.followUps.slaBreaches} 件），办结 ${d.followUps.closed} 件，逾期办结 ${d.followUps.closedLate} 件。`,
  );
  table(
    "一、各窗口",
    "窗口",
    d.perWindow.map((w) => ({ label: `${w.windowNo}号窗口`, row: w })),
  );
  table(
    "二、各柜员",
    "柜员",
    d.perTeller.map((t) => ({ label: `${t.displayName}（${t.loginName}）`, row: t })),
  );
  y -= 6;
  line("说明：用时自受理至办结；办结成功指办件办结且无事项被驳回或撤销；满意度为1–5分好差评的平均分。", 9, 6);
  return pdf.save();
}
