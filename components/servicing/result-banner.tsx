import { displayYuan } from "@/lib/money";
import type { LoanServicingView } from "@/lib/servicing/queries";

type Search = { repaid?: string; prepaid?: string; paidOff?: string; authorized?: string; revoked?: string };

/** What the last action did: the repayment and its allocation per bucket, or the authorization change. */
export function ResultBanner({ view, search }: { view: LoanServicingView; search: Search }) {
  const no = search.repaid ?? search.prepaid ?? search.paidOff;
  const repayment = no ? view.repayments.find((r) => r.repaymentNo === no) : undefined;
  let title: string | null = null;
  if (repayment && search.repaid)
    title = `还款 ${displayYuan(repayment.amount)} 已到账（流水号 ${repayment.repaymentNo}），按还款冲抵顺序冲抵如下：`;
  if (repayment && search.prepaid)
    title = `提前还款 ${displayYuan(repayment.amount)} 已到账（流水号 ${repayment.repaymentNo}），还款计划已按新本金重新生成：`;
  if (repayment && search.paidOff)
    title = `贷款已结清（流水号 ${repayment.repaymentNo}），抵押登记已注销${view.release?.releaseNo ? `，注销登记证明号 ${view.release.releaseNo}` : ""}：`;
  if (search.authorized) title = "委托扣划协议已签订，自下一还款日起从所选公积金账户扣划月供。";
  if (search.revoked) title = "委托扣划协议已撤销，月供改从贷款还款银行卡扣收。";
  if (!title) return null;
  return (
    <div id="result" role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
      <p>{title}</p>
      {repayment ? (
        <ul className="mt-2 space-y-0.5" aria-label="本次冲抵明细">
          {repayment.allocation.map((l) => (
            <li key={l.bucket}>
              {l.label}：{displayYuan(l.amount)}
            </li>
          ))}
        </ul>
      ) : null}
      {search.repaid ? (
        <p className="mt-2">
          当前贷款状态：{view.statusLabel}
          {view.overdue.any ? `，仍有逾期欠款 ${view.overdue.total}` : ""}。
        </p>
      ) : null}
    </div>
  );
}
