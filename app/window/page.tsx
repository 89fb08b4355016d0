import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { listLoanMattersAtStages, listTodayCasesAtWindow } from "@/lib/cases/queries";
import { countWaitingTickets, getOpenCalledTicket } from "@/lib/queue/queries";
import type { LoanStage } from "@/lib/cases/loan-stages";
import { PageTitle } from "@/components/ui/page-title";
import { QuickLinks } from "@/components/layout/quick-links";
import { Card } from "@/components/ui/card";
import { WindowSpouseConfirmForm } from "@/components/servicing/spouse-confirmation";
import { CaseList } from "@/components/cases/case-list";
import { LoanQueue } from "@/components/loans/loan-queue";
import { CallNextForm } from "@/components/window/call-next-form";
import { OpenCaseForm } from "@/components/window/open-case-form";
import { callNextAction, openCaseAction } from "@/app/window/actions";
import { confirmSpouseAtWindowAction } from "@/app/window/spouse-deduction-actions";

export const metadata: Metadata = { title: "综合窗口" };

/** Loan stages whose next step happens at the window, and what that step is. */
const WINDOW_STEPS: Partial<Record<LoanStage, string>> = {
  RETURNED: "收取补正材料后重新提交",
  APPROVED: "签订借款合同与抵押合同",
  CONTRACTS_SIGNED: "办理不动产抵押登记",
};

const caseHref = (r: { caseId?: string; id?: string }) => `/window/cases/${r.caseId ?? r.id}`;

export default async function WindowHome() {
  const user = await requireRole("TELLER");
  const windowNo = user.windowNo;
  const [todayCases, waiting, online, waitingTickets, called] = await Promise.all([
    windowNo ? listTodayCasesAtWindow(windowNo) : Promise.resolve([]),
    listLoanMattersAtStages(Object.keys(WINDOW_STEPS) as LoanStage[]),
    listLoanMattersAtStages(["SUBMITTED"]),
    countWaitingTickets(),
    user.windowId ? getOpenCalledTicket(user.windowId) : Promise.resolve(null),
  ]);

  return (
    <>
      <PageTitle subtitle={`柜员：${user.displayName}`}>{windowNo ? `综合窗口 · ${windowNo}号窗口` : "综合窗口 · 未选择窗口"}</PageTitle>
      <QuickLinks
        label="窗口业务"
        links={[
          { href: "/window/withdrawals", text: "提取审核" },
          { href: "/window/employers", text: "单位缴存与欠缴" },
          { href: "/window/transfers", text: "异地转移接续" },
        ]}
      />
      {!windowNo ? (
        <p role="status" className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          本次登录未选择窗口，请退出后重新登录并选择今日所在窗口。
        </p>
      ) : null}
      <div className="space-y-6">
        <Card id="queue" title="叫号">
          <div className="space-y-4">
            <CallNextForm callNextAction={callNextAction} waiting={waitingTickets} />
            {called ? (
              <div role="region" aria-label="当前号" className="rounded-md border border-sky-200 bg-sky-50 p-4">
                <p className="mb-3 text-sm text-slate-700">
                  当前号：<strong className="text-2xl text-sky-800">{called.ticketNo}</strong>
                  {called.idNumber ? "（取号时已登记身份证号）" : "（请录入申请人身份证号）"}
                </p>
                <OpenCaseForm
                  openCaseAction={openCaseAction}
                  formId="ticket-case"
                  ticketId={called.id}
                  idNumber={called.idNumber}
                  submitLabel="为该号开办件"
                />
              </div>
            ) : null}
          </div>
        </Card>
        <Card id="open" title="按身份证号开办件">
          <OpenCaseForm openCaseAction={openCaseAction} formId="open-case" submitLabel="开办件" />
        </Card>
        <Card id="spouse-confirm" title="配偶确认委托扣划">
          <WindowSpouseConfirmForm confirmSpouseAtWindowAction={confirmSpouseAtWindowAction} />
        </Card>
        <Card id="online" title={`网上申请待受理（${online.length}）`}>
          <LoanQueue caption="网上申请待受理" rows={online} empty="暂无网上申请" nextStep={() => "核对后受理"} hrefFor={caseHref} />
        </Card>
        <Card id="today" title="本窗口今日办件">
          <CaseList cases={todayCases} empty="今日本窗口尚无办件" showDepositor hrefFor={caseHref} />
        </Card>
        <Card id="waiting" title="待窗口办理的贷款事项">
          <LoanQueue
            caption="待窗口办理的贷款事项"
            rows={waiting}
            empty="暂无待办贷款事项"
            nextStep={(r) => WINDOW_STEPS[r.stage] ?? "—"}
            hrefFor={caseHref}
          />
        </Card>
      </div>
    </>
  );
}
