import { getCurrentUser } from "@/lib/auth/current-user";
import { todayInShanghai } from "@/lib/dates/calendar";
import { monthlyReportHeaders, parseReportMonth, renderMonthlyReportPdf } from "@/lib/dashboard/monthly-report-pdf";

/** The monthly service report (窗口服务月报) as a PDF, for the dashboard's roles. A GET writes nothing. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) {
    const url = new URL(request.url);
    return Response.redirect(new URL(`/login?callbackUrl=${encodeURIComponent(url.pathname + url.search)}`, url), 307);
  }
  if (!user.roles.some((r) => r === "ADMIN" || r === "REVIEWER" || r === "SUPERVISOR")) return new Response("无权访问", { status: 403 });
  const month = parseReportMonth(new URL(request.url).searchParams.get("month"), todayInShanghai());
  if (!month) return new Response("请指定不晚于本月的月份（YYYY-MM）", { status: 400 });
  return new Response(new Uint8Array(await renderMonthlyReportPdf(month)), { headers: monthlyReportHeaders(month) });
}
