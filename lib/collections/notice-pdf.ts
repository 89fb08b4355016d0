import "server-only";
import { chineseFontBytes } from "@/lib/contracts/font";
import { DomainError } from "@/lib/errors";
import { drawOverdueNotice } from "@/lib/collections/notice-layout";
import { getNoticeDocument } from "@/lib/collections/notice-queries";

/**
 * The 逾期贷款通知单 PDF of an issued notice, from its snapshot. Shared by the risk officer's print
 * route and the citizen portal: each caller checks who may see the notice first (staff role, or
 * findNoticeOfDepositor for the borrower). Errors: NOT_FOUND.
 */
export async function renderOverdueNoticePdf(noticeId: string): Promise<Uint8Array> {
  const doc = await getNoticeDocument(noticeId);
  if (!doc) throw new DomainError("NOT_FOUND");
  return drawOverdueNotice(doc, await chineseFontBytes());
}

/** The response headers for a notice PDF shown in the browser (and printable from there). */
export function noticePdfHeaders(noticeNo: string): HeadersInit {
  return {
    "content-type": "application/pdf",
    "content-disposition": `inline; filename="overdue-notice-${noticeNo}.pdf"; filename*=UTF-8''${encodeURIComponent(`逾期贷款通知单-${noticeNo}.pdf`)}`,
    "cache-control": "private, no-store",
  };
}
