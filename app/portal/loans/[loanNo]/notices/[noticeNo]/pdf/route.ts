import { getCurrentUser } from "@/lib/auth/current-user";
import { findNoticeOfDepositor } from "@/lib/collections/notice-queries";
import { noticePdfHeaders, renderOverdueNoticePdf } from "@/lib/collections/notice-pdf";
import { markNoticeRead } from "@/lib/servicing/use-cases/mark-notice-read";

/**
 * The borrower (or co-borrower) opens an overdue notice (逾期贷款通知单) of their loan as a PDF;
 * the first opening marks it read (with audit). Anyone else gets 404, as for a missing notice.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ loanNo: string; noticeNo: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("未登录", { status: 401 });
  if (!user.roles.includes("CITIZEN") || !user.depositorId) return new Response("无权访问", { status: 403 });
  const { loanNo, noticeNo } = await params;
  const notice = await findNoticeOfDepositor(decodeURIComponent(noticeNo), user.depositorId);
  if (!notice || notice.loanNo !== decodeURIComponent(loanNo)) return new Response("未找到该逾期通知", { status: 404 });
  await markNoticeRead({ actor: { userId: user.id, depositorId: user.depositorId }, noticeNo: notice.noticeNo });
  const pdf = await renderOverdueNoticePdf(notice.id);
  return new Response(new Uint8Array(pdf), { headers: noticePdfHeaders(notice.noticeNo) });
}
