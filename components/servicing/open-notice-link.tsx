"use client";

import { useRouter } from "next/navigation";

/**
 * The link to an overdue notice's PDF. A real click also tells the server (a POST) that the
 * borrower opened it; the PDF's own GET changes nothing, so a prefetch or a scanner marks nothing.
 * A plain <a>, not <Link>: nothing to prefetch.
 */
export type MarkNoticeRead = (noticeNo: string) => Promise<void>;

export function OpenNoticeLink({
  href,
  noticeNo,
  markNoticeReadAction,
}: {
  href: string;
  noticeNo: string;
  markNoticeReadAction: MarkNoticeRead;
}) {
  const router = useRouter();
  return (
    <a
      href={href}
      className="text-sky-700 underline"
      target="_blank"
      rel="noopener"
      onClick={() => {
        void markNoticeReadAction(noticeNo).then(
          () => router.refresh(),
          () => undefined,
        );
      }}
    >
      查看通知单（PDF）
    </a>
  );
}
