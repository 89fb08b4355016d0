import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { listLoanMattersAtStages, listTodayCasesAtWindow } from "@/lib/cases/queries";
import type { LoanStage } from "@/lib/cases/loan-stages";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { CaseList } from "@/components/cases/case-list";
import { LoanQueue } from "@/components/loans/loan-queue";

export const metadata: Metadata = { title: "综合窗口" };

/** Loan stages whose next step happens at the window, and what that step is. */
const WINDOW_STEPS: Partial<Record<LoanStage, string>> = {
  RETURNED: "收取补正材料后重新提交",
  APPROVED: "签订借款合同与抵押合同",
  CONTRACTS_SIGNED: "办理不动产抵押登记",
};

export default async function WindowHome() {
  const user = await requireRole("TELLER");
  const windowNo = user.windowNo;
  const [todayCases, waiting] = await Promise.all([
    windowNo ? listTodayCasesAtWindow(windowNo) : Promise.resolve([]),
    listLoanMattersAtStages(Object.keys(WINDOW_STEPS) as LoanStage[]),
  ]);

  return (
    <>
      <PageTitle subtitle={`柜员：${user.displayName}`}>
        {windowNo ? `综合窗口 · ${windowNo}号窗口` : "综合窗口 · 未选择窗口"}
      </PageTitle>
      {!windowNo ? (
        <p role="status" className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          本次登录未选择窗口，请退出后重新登录并选择今日所在窗口。
        </p>
      ) : null}
      <div className="space-y-6">
        <Card id="today" title="本窗口今日办件">
          <CaseList cases={todayCases} empty="今日本窗口尚无办件" showDepositor />
        </Card>
        <Card id="waiting" title="待窗口办理的贷款事项">
          <LoanQueue
            caption="待窗口办理的贷款事项"
            rows={waiting}
            empty="暂无待办贷款事项"
            nextStep={(r) => WINDOW_STEPS[r.stage] ?? "—"}
          />
        </Card>
      </div>
    </>
  );
}
