import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { listLoanMattersAtStages } from "@/lib/cases/queries";
import { getSlaMinutes } from "@/lib/settings/queries";
import { displayYuan } from "@/lib/money";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { LoanQueue } from "@/components/loans/loan-queue";

export const metadata: Metadata = { title: "审核工作台" };

const caseHref = (r: { caseId: string }) => `/review/cases/${r.caseId}`;

export default async function ReviewHome() {
  const user = await requireRole("REVIEWER");
  const limit = user.approvalLimit;
  const [approvals, rechecks, sla] = await Promise.all([
    listLoanMattersAtStages(["ACCEPTED"], { approvalLimit: limit }),
    listLoanMattersAtStages(["MORTGAGE_REGISTERED"]),
    getSlaMinutes(),
  ]);

  return (
    <>
      <PageTitle subtitle={`审批权限：${limit ? `${displayYuan(limit)}（含）以内` : "未设置"}`}>审核工作台</PageTitle>
      <p className="-mt-4 mb-6 text-sm">
        <Link href="/dashboard" className="text-sky-700 underline">
          中心运行看板
        </Link>
        <Link href="/review/remittances" className="ml-4 text-sky-700 underline">
          补缴审批
        </Link>
      </p>
      <div className="space-y-6">
        <Card id="approvals" title={`待审批（${approvals.length}）`}>
          <LoanQueue
            caption="待审批的贷款申请"
            rows={approvals}
            empty="暂无待审批的贷款申请"
            nextStep={(r) => (r.withinLimit === false ? "超出本人权限，提交上级审批" : "审批")}
            showLimit
            hrefFor={caseHref}
            slaMinutes={sla.review}
          />
        </Card>
        <Card id="rechecks" title={`待复核（${rechecks.length}）`}>
          <LoanQueue
            caption="抵押登记后待复核的贷款"
            rows={rechecks}
            empty="暂无待复核的贷款"
            nextStep={() => "放款前复核"}
            hrefFor={caseHref}
            slaMinutes={sla.recheck}
          />
        </Card>
      </div>
    </>
  );
}
