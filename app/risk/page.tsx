import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { liveOverdueRate } from "@/lib/collections/dashboard-queries";
import { collectionCaseCounts } from "@/lib/collections/ledger-queries";
import { displayYuan } from "@/lib/money";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";

export const metadata: Metadata = { title: "风险管理" };

const SECTIONS = [
  { href: "/risk/collections", title: "逾期贷款清收台账", text: "逾期案件、联系记录、承诺还款与逾期贷款通知单" },
  { href: "/risk/dashboard", title: "逾期率看板", text: "实时与按日、按月的逾期率，账龄分布，清收人员业绩" },
  { href: "/risk/workbench", title: "风控工作台", text: "待处理的风险事项" },
  { href: "/risk/fraud", title: "反欺诈预警", text: "提取与贷款申请的欺诈核查结果" },
  { href: "/risk/blacklist", title: "失信黑名单", text: "列入、查询与解除失信名单" },
] as const;

export default async function RiskHome() {
  const user = await requireRole("RISK_OFFICER", "ADMIN");
  const [rate, counts] = await Promise.all([liveOverdueRate(), collectionCaseCounts(user.id)]);

  return (
    <>
      <PageTitle subtitle="逾期贷款清收、逾期率监测、反欺诈与失信名单">风险管理</PageTitle>
      <div className="space-y-6">
        <Card id="figures" title="关键指标">
          <Facts
            items={[
              { label: "逾期率（实时）", value: `${rate.ratePercent}%` },
              { label: "逾期贷款余额", value: displayYuan(rate.overduePrincipal) },
              { label: "逾期贷款 / 在还贷款", value: `${rate.overdueLoanCount} / ${rate.loanCount} 笔` },
              { label: "逾期借款人", value: `${rate.overdueBorrowerCount} 人` },
              {
                label: "清收中案件",
                value: (
                  <Link className="text-sky-800 underline" href="/risk/collections">
                    {counts.open} 件
                  </Link>
                ),
              },
              {
                label: "我的清收案件",
                value: (
                  <Link className="text-sky-800 underline" href="/risk/collections?scope=mine">
                    {counts.mine} 件
                  </Link>
                ),
              },
              { label: "未分配案件", value: `${counts.unassigned} 件` },
              { label: "近30天销号", value: `${counts.closedLast30Days} 件` },
            ]}
          />
        </Card>
        <nav aria-label="风险管理功能">
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {SECTIONS.map((s) => (
              <li key={s.href}>
                <Link
                  href={s.href}
                  className="block h-full rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm hover:border-sky-300 hover:bg-sky-50"
                >
                  <span className="block font-semibold text-sky-900">{s.title}</span>
                  <span className="mt-1 block text-sm text-slate-600">{s.text}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </>
  );
}
