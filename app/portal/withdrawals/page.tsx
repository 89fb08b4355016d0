import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requireRole } from "@/lib/auth/current-user";
import { getBalance, listWithdrawalEntries } from "@/lib/accounts/account-queries";
import { listMyWithdrawals } from "@/lib/withdrawals/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { WithdrawalApplyForm } from "@/components/withdrawals/apply-form";
import { applyForWithdrawal, issuePresenceCodeAction } from "@/app/portal/withdrawals/actions";
import { WithdrawalTable } from "@/components/withdrawals/withdrawal-table";
import { PresenceCodeCard } from "@/components/withdrawals/presence-code-card";

export const metadata: Metadata = { title: "公积金提取" };

export default async function WithdrawalsPage({ searchParams }: { searchParams: Promise<{ submitted?: string; held?: string }> }) {
  const user = await requireRole("CITIZEN");
  const { submitted, held } = await searchParams;
  const depositorId = user.depositorId;
  const [balance, withdrawals, payouts] = depositorId
    ? await Promise.all([getBalance(depositorId), listMyWithdrawals(depositorId), listWithdrawalEntries(depositorId)])
    : [null, [], []];
  return (
    <>
      <PageTitle subtitle={balance ? `账户余额 ${balance.balance}` : undefined}>公积金提取</PageTitle>
      <div className="space-y-6">
        {submitted ? (
          <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            {held
              ? `提取申请 ${submitted} 已提交，所附材料需经风险核查，核查完毕后中心再行审核。`
              : `提取申请 ${submitted} 已提交，中心将在 3 个工作日内办结。`}
          </p>
        ) : null}
        <Card id="mine" title="我的提取申请">
          <WithdrawalTable rows={withdrawals} caption="我的提取申请" empty="暂无提取申请" />
        </Card>
        <Card id="payouts" title="提取到账记录">
          <DataTable
            caption="提取到账记录"
            rows={payouts}
            rowKey={(r) => r.id}
            empty="暂无提取到账记录"
            columns={[
              { header: "日期", cell: (r) => r.valueDate },
              { header: "摘要", cell: (r) => r.note },
              { header: "金额", cell: (r) => r.amount, align: "right" },
              { header: "余额", cell: (r) => r.balanceAfter, align: "right" },
            ]}
          />
        </Card>
        {balance && balance.status !== "CLOSED" ? (
          <Card id="presence-code" title="窗口办理确认码">
            <PresenceCodeCard issuePresenceCodeAction={issuePresenceCodeAction} />
          </Card>
        ) : null}
        {balance && balance.status !== "CLOSED" ? (
          <Card id="apply" title="申请提取">
            <WithdrawalApplyForm action={applyForWithdrawal} idempotencyKey={randomUUID()} balance={balance.balance} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
