import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { getAccountOverview, listRecentContributions } from "@/lib/accounts/queries";
import { listLoansOfDepositor } from "@/lib/loans/queries";
import { listCasesOfDepositor } from "@/lib/cases/queries";
import { listLiveCasesOfDepositor } from "@/lib/cases/case-detail-queries";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { CaseList } from "@/components/cases/case-list";
import { QuickLinks } from "@/components/layout/quick-links";
import { listPendingSpouseAuthorizations } from "@/lib/servicing/spouse-confirmation-queries";
import { ConfirmSpouseDeductionForm } from "@/components/servicing/spouse-confirmation";
import { confirmSpouseDeductionAction } from "@/app/portal/spouse-deduction-actions";

export const metadata: Metadata = { title: "我的公积金" };

export default async function PortalHome() {
  const user = await requireRole("CITIZEN");
  // Only the signed-in citizen's own records: everything is keyed by their depositorId.
  const depositorId = user.depositorId;
  const [account, contributions, loans, cases, live] = depositorId
    ? await Promise.all([
        getAccountOverview(depositorId),
        listRecentContributions(depositorId),
        listLoansOfDepositor(depositorId),
        listCasesOfDepositor(depositorId),
        listLiveCasesOfDepositor(depositorId),
      ])
    : [null, [], [], [], []];
  // Issue 14: deductions from this citizen's account that their spouse signed, waiting for them.
  const spousePending = depositorId ? await listPendingSpouseAuthorizations(depositorId) : [];

  return (
    <>
      <PageTitle subtitle={`${user.displayName}，您好`}>我的公积金</PageTitle>
      <AutoRefresh seconds={10} />
      <QuickLinks
        label="我的业务"
        links={[
          { href: "/portal/account", text: "账户与缴存明细" },
          { href: "/portal/withdrawals", text: "公积金提取" },
          { href: "/portal/certificate", text: "缴存证明" },
          { href: "/portal/loans/apply", text: "网上申请贷款" },
          { href: "/portal/ratings", text: "办件评价" },
          { href: "/portal/transfers", text: "异地转移接续" },
        ]}
      />
      <div className="space-y-6">
        {spousePending.length ? (
          <Card id="spouse-confirm" title="待您确认的委托扣划">
            <div className="space-y-5">
              {spousePending.map((p) => (
                <ConfirmSpouseDeductionForm confirmSpouseDeductionAction={confirmSpouseDeductionAction} key={p.id} pending={p} />
              ))}
            </div>
          </Card>
        ) : null}
        {live.length ? (
          <Card id="progress" title="办件进度（实时）">
            <div className="space-y-5">
              {live.map((c) => (
                <div key={c.id} aria-label={`办件 ${c.caseNo}`} role="group">
                  <p className="mb-2 text-sm font-medium text-slate-900">
                    办件 {c.caseNo}：{c.loanMatter ? `公积金贷款 · ${c.loanMatter.stageLabel}` : "办理中"}
                    {c.loanMatter?.loan?.registrationNo ? ` · 不动产登记证明号 ${c.loanMatter.loan.registrationNo}` : ""}
                  </p>
                  {c.loanMatter?.stage === "RETURNED" ? (
                    <p className="mb-2 text-sm text-amber-800">请补正材料：{c.loanMatter.missingMaterials.join("、")}</p>
                  ) : null}
                  <CaseTimeline rows={c.timeline} showActors={false} />
                </div>
              ))}
            </div>
          </Card>
        ) : null}
        <Card id="account" title="账户概况">
          {account ? (
            <Facts
              items={[
                { label: "公积金账号", value: account.accountNo },
                { label: "账户余额", value: account.balance },
                {
                  label: "账户状态",
                  value: <Badge tone={account.status === "NORMAL" ? "good" : "warn"}>{account.statusLabel}</Badge>,
                },
                { label: "缴存基数", value: account.contributionBase },
                { label: "缴存比例（单位 / 个人）", value: `${account.employerRate} / ${account.personalRate}` },
                { label: "已缴存月数", value: `${account.monthsContributed} 个月` },
                { label: "缴存单位", value: account.employerName },
                { label: "开户日期", value: account.openedOn },
              ]}
            />
          ) : (
            <p className="text-sm text-slate-500">未找到您的公积金账户，请联系单位经办人或到窗口咨询。</p>
          )}
        </Card>
        <Card id="contributions" title="近期缴存">
          <DataTable
            caption="近期缴存明细"
            rows={contributions}
            rowKey={(r) => r.id}
            empty="暂无缴存记录"
            columns={[
              { header: "缴存月份", cell: (r) => r.month },
              { header: "缴存基数", cell: (r) => r.base, align: "right" },
              { header: "单位缴存", cell: (r) => r.employerAmount, align: "right" },
              { header: "个人缴存", cell: (r) => r.personalAmount, align: "right" },
              { header: "合计", cell: (r) => r.total, align: "right" },
            ]}
          />
        </Card>
        <Card
          id="loans"
          title="我的贷款"
          actions={
            <Link href="/portal/loans/apply" className="rounded-md bg-sky-700 px-3 py-1.5 text-sm text-white hover:bg-sky-800">
              网上申请贷款
            </Link>
          }
        >
          <DataTable
            caption="我的公积金贷款"
            rows={loans}
            rowKey={(r) => r.id}
            empty="暂无公积金贷款"
            columns={[
              {
                header: "贷款编号",
                cell: (r) => (
                  <Link href={`/portal/loans/${r.loanNo}`} className="text-sky-700 underline">
                    {r.asCoBorrower ? `${r.loanNo}（共同借款）` : r.loanNo}
                  </Link>
                ),
              },
              { header: "贷款金额", cell: (r) => r.principal, align: "right" },
              { header: "剩余本金", cell: (r) => r.outstanding, align: "right" },
              { header: "年利率", cell: (r) => r.annualRate, align: "right" },
              { header: "期限", cell: (r) => `${r.termMonths}个月`, align: "right" },
              {
                header: "状态",
                cell: (r) => (
                  <Badge tone={r.status === "OVERDUE" ? "bad" : r.status === "ACTIVE" ? "good" : "neutral"}>
                    {r.status === "OVERDUE" ? `${r.statusLabel} ${r.overduePeriods} 期` : r.statusLabel}
                  </Badge>
                ),
              },
            ]}
          />
        </Card>
        <Card id="cases" title="我的办件">
          <CaseList cases={cases} empty="暂无办件" showDepositor={false} />
        </Card>
      </div>
    </>
  );
}
