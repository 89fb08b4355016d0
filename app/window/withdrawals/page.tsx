import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { listWithdrawalsForStaff } from "@/lib/withdrawals/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { WithdrawalTable } from "@/components/withdrawals/withdrawal-table";

export const metadata: Metadata = { title: "提取审核" };

export default async function StaffWithdrawalsPage() {
  await requireRole("TELLER");
  const { open, recent } = await listWithdrawalsForStaff();
  const late = open.filter((w) => w.late).length;
  return (
    <>
      <PageTitle subtitle={`待办 ${open.length} 笔${late ? `，其中 ${late} 笔已超过 3 个工作日时限` : ""}`}>提取审核</PageTitle>
      <div className="space-y-6">
        <Card
          id="open"
          title="待办提取申请"
          actions={
            <Link href="/window/withdrawals/new" className="text-sm text-sky-700 underline">
              窗口受理提取
            </Link>
          }
        >
          <WithdrawalTable staff rows={open} caption="待审核与待支付的提取申请" empty="暂无待办提取申请" />
        </Card>
        <Card id="recent" title="近期办结">
          <WithdrawalTable staff rows={recent} caption="近期办结的提取申请" empty="暂无" />
        </Card>
      </div>
    </>
  );
}
