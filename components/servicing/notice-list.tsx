import type { LoanServicingView } from "@/lib/servicing/queries";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { OpenNoticeLink, type MarkNoticeRead } from "@/components/servicing/open-notice-link";

/** 逾期通知: the overdue notices the center issued on this loan; clicking one marks it read (a POST, never the PDF's GET). */
export function NoticeList({
  loanNo,
  notices,
  markNoticeReadAction,
}: {
  loanNo: string;
  notices: LoanServicingView["notices"];
  markNoticeReadAction: MarkNoticeRead;
}) {
  const base = `/portal/loans/${encodeURIComponent(loanNo)}/notices`;
  return (
    <DataTable
      caption="逾期贷款通知单"
      rows={notices}
      rowKey={(n) => n.noticeNo}
      empty="暂无逾期通知"
      columns={[
        { header: "通知单号", cell: (n) => n.noticeNo },
        { header: "签发日期", cell: (n) => n.issuedOn },
        { header: "逾期期数", cell: (n) => `${n.overduePeriods} 期`, align: "right" },
        { header: "应还合计", cell: (n) => <span className="text-red-700">{n.totalDue}</span>, align: "right" },
        { header: "请于此日前还款", cell: (n) => n.payBy },
        { header: "状态", cell: (n) => (n.read ? <Badge tone="neutral">已读 {n.readAt}</Badge> : <Badge tone="bad">未读</Badge>) },
        {
          header: "通知单",
          cell: (n) => (
            <OpenNoticeLink href={`${base}/${n.noticeNo}/pdf`} noticeNo={n.noticeNo} markNoticeReadAction={markNoticeReadAction} />
          ),
        },
      ]}
    />
  );
}
