import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { getEmployerOverview } from "@/lib/employers/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "单位业务" };

export default async function EmployerHome() {
  const user = await requireRole("EMPLOYER_AGENT");
  // The agent sees only the employer they act for.
  const employer = user.employerId ? await getEmployerOverview(user.employerId) : null;

  return (
    <>
      <PageTitle subtitle={employer ? employer.name : undefined}>单位业务</PageTitle>
      {employer ? (
        <div className="space-y-6">
          <Card id="employer" title="单位概况">
            <Facts
              items={[
                { label: "单位名称", value: employer.name },
                { label: "统一社会信用代码", value: employer.creditCode },
                { label: "在缴职工人数", value: `${employer.employeeCount} 人` },
                { label: "最近汇缴月份", value: employer.lastRemittedMonth ?? "尚无汇缴" },
              ]}
            />
          </Card>
          <p className="text-sm">
            <Link href="/employer/staff" className="text-sky-700 underline">
              增减员（开户、减员、封存、启封）
            </Link>
          </p>
          <Card
            id="remittances"
            title="近期汇缴"
            actions={
              <Link href="/employer/remittances" className="text-sm text-sky-700 underline">
                上传汇缴文件
              </Link>
            }
          >
            <DataTable
              caption="近期各月汇缴合计"
              rows={employer.recentRemittances}
              rowKey={(r) => r.month}
              empty="暂无汇缴记录"
              columns={[
                { header: "汇缴月份", cell: (r) => r.month },
                { header: "人数", cell: (r) => r.headcount, align: "right" },
                { header: "单位部分", cell: (r) => r.employerTotal, align: "right" },
                { header: "个人部分", cell: (r) => r.personalTotal, align: "right" },
                { header: "合计", cell: (r) => r.total, align: "right" },
              ]}
            />
          </Card>
        </div>
      ) : (
        <p className="text-sm text-slate-500">您的账号尚未关联缴存单位，请联系中心管理员。</p>
      )}
    </>
  );
}
