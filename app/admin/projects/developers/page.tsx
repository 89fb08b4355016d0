import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { listDevelopers } from "@/lib/projects/queries";
import { createDeveloperAction } from "@/app/admin/projects/developers/actions";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { DeveloperForm } from "@/components/projects/developer-form";

export const metadata: Metadata = { title: "开发商" };

export default async function DevelopersPage() {
  await requireRole("PROJECT_OFFICER", "ADMIN");
  const developers = await listDevelopers();
  return (
    <>
      <PageTitle
        subtitle={
          <Link className="text-sky-800 underline" href="/admin/projects">
            返回楼盘列表
          </Link>
        }
      >
        开发商
      </PageTitle>
      <div className="space-y-6">
        <Card id="developers" title={`开发商（${developers.length}）`}>
          <DataTable
            caption="开发商列表"
            rows={developers}
            rowKey={(d) => d.id}
            empty="尚未登记开发商"
            columns={[
              {
                header: "企业名称",
                cell: (d) => (
                  <Link className="text-sky-800 underline" href={`/admin/projects?developer=${d.id}`}>
                    {d.name}
                  </Link>
                ),
              },
              { header: "统一社会信用代码", cell: (d) => d.creditCode },
              { header: "法定代表人", cell: (d) => d.legalRepresentative },
              { header: "资质", cell: (d) => d.qualificationLevel },
              { header: "联系人", cell: (d) => d.contact },
              { header: "楼盘数", cell: (d) => d.projects, align: "right" },
              { header: "担保中贷款", cell: (d) => d.activeGuarantees, align: "right" },
            ]}
          />
        </Card>
        <Card id="new-developer" title="登记开发商">
          <DeveloperForm action={createDeveloperAction} />
        </Card>
      </div>
    </>
  );
}
