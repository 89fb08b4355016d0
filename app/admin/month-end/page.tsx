import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { addDays, todayInShanghai } from "@/lib/dates/calendar";
import { listPendingLeaves } from "@/lib/employers/staff-queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { MonthEndForm } from "@/components/employers/month-end-form";
import { monthEndSealAction } from "@/app/admin/month-end/actions";

export const metadata: Metadata = { title: "减员月末封存" };

export default async function MonthEndPage() {
  await requireRole("ADMIN");
  const today = todayInShanghai();
  const lastMonthEnd = addDays(`${today.slice(0, 7)}-01`, -1);
  const pending = await listPendingLeaves();
  return (
    <>
      <PageTitle subtitle="每日批处理按日执行；此处可补执行到指定日期，重复执行不会重复封存">减员月末封存</PageTitle>
      <div className="space-y-6">
        <Card id="run" title="执行">
          <MonthEndForm action={monthEndSealAction} suggested={lastMonthEnd} today={today} />
        </Card>
        <Card id="pending" title="待封存的减员">
          <DataTable
            caption="待月末封存的减员"
            rows={pending}
            rowKey={(l) => l.id}
            empty="暂无待封存的减员"
            columns={[
              { header: "单位", cell: (l) => l.employer },
              { header: "姓名", cell: (l) => l.name },
              { header: "个人账号", cell: (l) => l.accountNo },
              { header: "封存日期", cell: (l) => l.sealOn },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
