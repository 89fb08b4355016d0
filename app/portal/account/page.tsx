import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { getAccountOverview } from "@/lib/accounts/queries";
import { listContributionHistory, listInterestEntries } from "@/lib/accounts/account-queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { DownloadLinks } from "@/components/exports/download-links";

export const metadata: Metadata = { title: "我的账户" };

export default async function AccountPage() {
  const user = await requireRole("CITIZEN");
  const depositorId = user.depositorId;
  const [account, history, interest] = depositorId
    ? await Promise.all([getAccountOverview(depositorId), listContributionHistory(depositorId), listInterestEntries(depositorId)])
    : [null, [], []];
  return (
    <>
      <PageTitle
        subtitle={
          <Link href="/portal/certificate" className="text-sky-700 underline">
            开具缴存证明
          </Link>
        }
      >
        我的账户
      </PageTitle>
      <div className="space-y-6">
        <Card id="overview" title="账户概况">
          {account ? (
            <Facts
              items={[
                { label: "公积金账号", value: account.accountNo },
                { label: "账户余额", value: account.balance },
                { label: "账户状态", value: <Badge tone={account.status === "NORMAL" ? "good" : "warn"}>{account.statusLabel}</Badge> },
                { label: "缴存基数", value: account.contributionBase },
                { label: "缴存比例（单位 / 个人）", value: `${account.employerRate} / ${account.personalRate}` },
                { label: "已缴存月数", value: `${account.monthsContributed} 个月` },
                { label: "缴存单位", value: account.employerName },
              ]}
            />
          ) : (
            <p className="text-sm text-slate-500">未找到您的公积金账户。</p>
          )}
        </Card>
        <Card id="interest" title="年度结息">
          <DataTable
            caption="年度结息记录"
            rows={interest}
            rowKey={(r) => r.id}
            empty="暂无结息记录"
            columns={[
              { header: "结息日", cell: (r) => r.valueDate },
              { header: "摘要", cell: (r) => r.note },
              { header: "利息", cell: (r) => r.amount, align: "right" },
              { header: "结息后余额", cell: (r) => r.balanceAfter, align: "right" },
            ]}
          />
        </Card>
        <Card id="history" title="缴存明细" actions={<DownloadLinks href="/portal/account/history" what="缴存明细" />}>
          <DataTable
            caption="按月缴存明细"
            rows={history}
            rowKey={(r) => r.id}
            empty="暂无缴存记录"
            columns={[
              { header: "缴存月份", cell: (r) => r.month },
              { header: "缴存单位", cell: (r) => r.employerName },
              { header: "缴存基数", cell: (r) => r.base, align: "right" },
              { header: "单位部分", cell: (r) => r.employerAmount, align: "right" },
              { header: "个人部分", cell: (r) => r.personalAmount, align: "right" },
              { header: "合计", cell: (r) => r.total, align: "right" },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
