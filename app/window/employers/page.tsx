import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { lastDueMonth, listEmployerArrears } from "@/lib/remittances/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "单位缴存" };

export default async function EmployersPage() {
  await requireRole("TELLER");
  const employers = await listEmployerArrears();
  const inArrears = employers.filter((e) => e.arrearMonths.length > 0);
  return (
    <>
      <PageTitle subtitle={`应缴至 ${lastDueMonth().slice(0, 7)}；欠缴单位 ${inArrears.length} 家，共 ${employers.length} 家`}>
        单位缴存
      </PageTitle>
      <p className="mb-4 text-sm">
        <Link href="/window/employers/new" className="text-sky-700 underline">
          单位开户
        </Link>
      </p>
      <Card id="employers" title="各单位汇缴与欠缴">
        <DataTable
          caption="各单位汇缴与欠缴月份"
          rows={[...inArrears, ...employers.filter((e) => e.arrearMonths.length === 0)]}
          rowKey={(e) => e.id}
          empty="暂无缴存单位"
          columns={[
            {
              header: "单位名称",
              cell: (e) => (
                <Link href={`/window/employers/${e.id}`} className="text-sky-700 underline">
                  {e.name}
                </Link>
              ),
            },
            { header: "统一社会信用代码", cell: (e) => <code className="text-xs">{e.creditCode}</code> },
            { header: "在缴人数", cell: (e) => e.accounts, align: "right" },
            { header: "最近汇缴月份", cell: (e) => e.lastMonth ?? "尚无汇缴" },
            {
              header: "欠缴月份",
              cell: (e) =>
                e.arrearMonths.length ? (
                  <span title={e.arrearMonths.join("、")}>
                    <Badge tone="bad">{e.arrearMonths.length} 个月</Badge> {e.arrearMonths.slice(0, 6).join("、")}
                    {e.arrearMonths.length > 6 ? " …" : ""}
                  </span>
                ) : (
                  <Badge tone="good">无</Badge>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
