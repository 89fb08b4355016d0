import type { FormState } from "@/lib/action-state";
import { money } from "@/lib/money";
import type { LoanServicingView } from "@/lib/servicing/queries";
import { Card } from "@/components/ui/card";
import { DeductionOrderList } from "@/components/servicing/deduction-order-list";
import { NoticeList } from "@/components/servicing/notice-list";
import type { MarkNoticeRead } from "@/components/servicing/open-notice-link";
import { RepaymentOverview } from "@/components/servicing/repayment-overview";
import { RepaymentHistory } from "@/components/servicing/repayment-history";
import { RepayOnlineForm } from "@/components/servicing/repay-online-form";
import { PrepayForm } from "@/components/servicing/prepay-form";
import { PayoffForm } from "@/components/servicing/payoff-form";
import { AuthorizationSection } from "@/components/servicing/authorization-section";
import { ResultBanner } from "@/components/servicing/result-banner";
import type { PrepayFormState } from "@/components/servicing/prepay-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  view: LoanServicingView;
  isBorrower: boolean;
  search: { repaid?: string; prepaid?: string; paidOff?: string; authorized?: string; revoked?: string };
  formKeys: { repay: string; prepay: string; payoff: string };
  actions: {
    repay: Action;
    prepay: (prev: PrepayFormState, formData: FormData) => Promise<PrepayFormState>;
    payoff: Action;
    sign: Action;
    revoke: Action;
    markNoticeRead: MarkNoticeRead;
  };
};

/** The citizen's repayment sections of the loan page: overview, notices, forms, history. */
export function ServicingSections({ view, isBorrower, search, formKeys, actions }: Props) {
  const highlight = search.repaid ?? search.prepaid ?? search.paidOff;
  const closed = (reason: string) => <p className="text-sm text-slate-600">{reason}</p>;
  return (
    <>
      <ResultBanner view={view} search={search} />
      <Card id="overview" title="还款概况">
        <RepaymentOverview view={view} />
      </Card>
      {view.notices.length ? (
        <Card id="notices" title="逾期通知">
          <NoticeList loanNo={view.loanNo} notices={view.notices} markNoticeReadAction={actions.markNoticeRead} />
        </Card>
      ) : null}
      {view.serviced ? (
        <>
          <Card id="repay" title="在线还款">
            {money(view.repay.dueNow).isZero() ? (
              closed("目前没有到期应还的款项。下一期月供将于还款日自动扣划；如需多还本金，请使用“提前部分还款”。")
            ) : (
              <RepayOnlineForm
                action={actions.repay}
                idempotencyKey={formKeys.repay}
                suggested={view.repay.suggested}
                dueNow={view.repay.dueNow}
                hasArrears={view.overdue.any}
              />
            )}
          </Card>
          <Card id="prepay" title="提前部分还款">
            {view.prepayment.allowed ? (
              <PrepayForm
                action={actions.prepay}
                idempotencyKey={formKeys.prepay}
                remainingPrincipal={view.prepayment.remainingPrincipal}
                minAmount={view.prepayment.minAmount}
                multipleOf={view.prepayment.multipleOf}
                accrueFrom={view.prepayment.accrueFrom}
              />
            ) : (
              closed(view.prepayment.reason)
            )}
          </Card>
          <Card id="payoff" title="提前结清">
            {view.payoff.available && view.prepayment.allowed ? (
              <PayoffForm
                action={actions.payoff}
                idempotencyKey={formKeys.payoff}
                quote={view.payoff}
                accrueFrom={view.prepayment.accrueFrom}
              />
            ) : (
              closed(view.payoff.available ? "" : view.payoff.reason)
            )}
          </Card>
          <Card id="authorization" title="委托扣划">
            <AuthorizationSection view={view} isBorrower={isBorrower} sign={actions.sign} revoke={actions.revoke} />
          </Card>
        </>
      ) : null}
      {view.release ? (
        <Card id="release" title="抵押注销">
          <p className="text-sm text-slate-700">
            贷款已结清，抵押登记已注销{view.release.releaseNo ? `，注销登记证明号 ${view.release.releaseNo}` : ""}
            {view.release.releasedAt ? `（${view.release.releasedAt}）` : ""}。可在“我的公积金”办件记录中查看抵押注销办件。
          </p>
        </Card>
      ) : null}
      <Card id="order" title="还款冲抵顺序">
        <DeductionOrderList order={view.deductionOrder} />
      </Card>
      <Card id="repayments" title="还款记录">
        <RepaymentHistory rows={view.repayments} highlight={highlight} />
      </Card>
    </>
  );
}
