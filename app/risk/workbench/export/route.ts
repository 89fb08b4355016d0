import { requireRole } from "@/lib/auth/current-user";
import { todayInShanghai } from "@/lib/dates/calendar";
import { parseWorkbenchFilter, type WorkbenchSearch } from "@/lib/fraud/workbench-filter";
import { reverifySample } from "@/lib/fraud/workbench";
import { toCsv } from "@/lib/csv/write-csv";

const HEADER = [
  "申请编号",
  "提取原因",
  "金额（元）",
  "状态",
  "渠道",
  "申请时间",
  "申请人",
  "身份证号",
  "窗口",
  "经办柜员",
  "不动产权证书号",
  "不动产单元号",
  "建筑面积（㎡）",
  "新房/二手房",
  "核验结果",
];

/**
 * The filtered sample, re-verified against today's registry, as CSV (UTF-8 with BOM for Excel).
 * GET with the workbench's filter parameters; RISK_OFFICER or ADMIN.
 */
export async function GET(request: Request): Promise<Response> {
  await requireRole("RISK_OFFICER", "ADMIN");
  const params = Object.fromEntries(new URL(request.url).searchParams) as WorkbenchSearch;
  const { rows } = await reverifySample(parseWorkbenchFilter(params));
  const csv = toCsv(
    HEADER,
    rows.map((r) => [
      r.withdrawalNo,
      r.reason,
      r.amount,
      r.status,
      r.channel,
      r.submittedAt,
      r.applicant,
      r.idNumber,
      r.window,
      r.teller,
      r.certNo,
      r.unitNo,
      r.area,
      r.housing,
      r.verdict,
    ]),
  );
  const name = `提取回溯核查_${todayInShanghai()}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="withdrawal-audit.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
    },
  });
}
