import type { LoanServicingView } from "@/lib/servicing/queries";
import { Facts } from "@/components/ui/facts";

/** 还款概况: the next installment, and what is overdue in red (principal, interest, penalty, total). */
export function RepaymentOverview({ view }: { view: LoanServicingView }) {
  const red = (text: string) => (view.overdue.any ? <span className="text-red-700">{text}</span> : text);
  return (
    <div className="space-y-4">
      {view.overdue.any ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          您的贷款已逾期 {view.overdue.periods} 期，逾期欠款合计 {view.overdue.total}。逾期期间按日计收罚息，请尽快在线还款。
        </p>
      ) : null}
      <Facts
        items={[
          { label: "贷款状态", value: view.overdue.any ? <span className="text-red-700">{view.statusLabel}</span> : view.statusLabel },
          { label: "下次还款日", value: view.nextDue ? `${view.nextDue.dueDate}（第 ${view.nextDue.seq} 期）` : "—" },
          { label: "下次应还金额", value: view.nextDue ? `${view.nextDue.amount}${view.nextDue.partlyPaid ? "（已部分还款）" : ""}` : "—" },
          { label: "逾期期数", value: red(`${view.overdue.periods} 期`) },
          { label: "逾期本金", value: red(view.overdue.principal) },
          { label: "逾期利息", value: red(view.overdue.interest) },
          { label: "应付罚息", value: red(view.overdue.penalty) },
          { label: "逾期欠款合计", value: red(view.overdue.total) },
          { label: "统计日期", value: view.businessDate },
        ]}
      />
    </div>
  );
}
