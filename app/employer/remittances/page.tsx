import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { listPostedRemittances } from "@/lib/remittances/queries";
import { todayInShanghai } from "@/lib/dates/calendar";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { RemittanceUploadForm } from "@/components/remittances/upload-form";

export const metadata: Metadata = { title: "汇缴" };

export default async function RemittancesPage() {
  const user = await requireRole("EMPLOYER_AGENT");
  const posted = user.employerId ? await listPostedRemittances(user.employerId) : [];
  return (
    <>
      <PageTitle subtitle="按月上传汇缴文件：任何一行有误则整份文件不入账">汇缴</PageTitle>
      <div className="space-y-6">
        <Card id="upload" title="上传汇缴文件">
          <p className="mb-4 text-sm text-slate-600">
            文件为 UTF-8 编码的 CSV，表头依次为：身份证号、姓名、缴存基数、单位比例、个人比例。
            <a href="/employer/remittances/template" className="ml-1 text-sky-700 underline">
              下载本单位汇缴模板
            </a>
            ，或
            <Link href="/employer/remittances/edit" className="ml-1 text-sky-700 underline">
              在线录入
            </Link>
            。
          </p>
          <RemittanceUploadForm defaultMonth={todayInShanghai().slice(0, 7)} />
        </Card>
        <Card id="posted" title="已汇缴记录">
          <DataTable
            caption="本单位通过本系统汇缴的月份"
            rows={posted}
            rowKey={(r) => r.id}
            empty="暂无通过本系统汇缴的记录"
            columns={[
              { header: "汇缴月份", cell: (r) => r.month },
              { header: "人数", cell: (r) => r.rowCount, align: "right" },
              { header: "合计", cell: (r) => r.total, align: "right" },
              { header: "方式", cell: (r) => r.source },
              { header: "入账时间", cell: (r) => r.postedAt },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
