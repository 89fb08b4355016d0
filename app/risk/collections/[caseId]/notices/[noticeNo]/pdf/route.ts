import { getCurrentUser } from "@/lib/auth/current-user";
import { findCaseNotice } from "@/lib/collections/notice-queries";
import { noticePdfHeaders, renderOverdueNoticePdf } from "@/lib/collections/notice-pdf";

/** The 逾期贷款通知单 PDF of a case, for risk officers and admins to print. */
export async function GET(_request: Request, { params }: { params: Promise<{ caseId: string; noticeNo: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("未登录", { status: 401 });
  if (!user.roles.some((r) => r === "RISK_OFFICER" || r === "ADMIN")) return new Response("无权访问", { status: 403 });
  const { caseId, noticeNo } = await params;
  const notice = await findCaseNotice(caseId, noticeNo);
  if (!notice) return new Response("未找到该通知单", { status: 404 });
  const pdf = await renderOverdueNoticePdf(notice.id);
  return new Response(new Uint8Array(pdf), { headers: noticePdfHeaders(noticeNo) });
}
