import { getCurrentUser } from "@/lib/auth/current-user";
import { findNoticeOfDepositor } from "@/lib/collections/notice-queries";
import { noticePdfHeaders, renderOverdueNoticePdf } from "@/lib/collections/notice-pdf";
import { decodeParam } from "@/lib/security/headers";

/**
 * The borrower (or co-borrower) opens an overdue notice (逾期贷款通知单) of their loan as a PDF.
 * Anyone else gets 404, as for a missing notice. A GET changes nothing: the notice is marked read
 * by the click on its link (markNoticeReadAction, a POST), never by a prefetch or a link scanner.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ loanNo: string; noticeNo: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("未登录", { status: 401 });
  if (!user.roles.includes("CITIZEN") || !user.depositorId) return new Response("无权访问", { status: 403 });
  const raw = await params;
  const loanNo = decodeParam(raw.loanNo);
  const noticeNo = decodeParam(raw.noticeNo);
  if (loanNo === null || noticeNo === null) return new Response("请求地址无效", { status: 400 });
  const notice = await findNoticeOfDepositor(noticeNo, user.depositorId);
  if (!notice || notice.loanNo !== loanNo) return new Response("未找到该逾期通知", { status: 404 });
  const pdf = await renderOverdueNoticePdf(notice.id);
  return new Response(new Uint8Array(pdf), { headers: noticePdfHeaders(notice.noticeNo) });
}
