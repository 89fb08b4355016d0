import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { listDeveloperOptions, listProjects } from "@/lib/projects/queries";
import { ZProjectFilters } from "@/lib/projects/schemas";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { ProjectFilters } from "@/components/projects/project-filters";
import { AdmissionBadge, ConstructionBadge } from "@/components/projects/status-badges";

export const metadata: Metadata = { title: "楼盘准入" };

/** Every project with filters (developer, district, admission, construction, search). */
export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("PROJECT_OFFICER", "ADMIN");
  const raw = await searchParams;
  const filters = ZProjectFilters.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])),
  );
  const [developers, projects] = await Promise.all([listDeveloperOptions(), listProjects(filters)]);

  return (
    <>
      <PageTitle
        subtitle={
          <span className="flex gap-4">
            <Link className="text-sky-800 underline" href="/admin/projects/new">
              登记楼盘
            </Link>
            <Link className="text-sky-800 underline" href="/admin/projects/developers">
              开发商
            </Link>
          </span>
        }
      >
        楼盘准入
      </PageTitle>
      <div className="space-y-6">
        <Card id="filters" title="筛选">
          <ProjectFilters filters={filters} developers={developers} />
        </Card>
        <Card id="projects" title={`楼盘（${projects.length}）`}>
          <DataTable
            caption="楼盘列表"
            rows={projects}
            rowKey={(p) => p.id}
            empty="没有符合条件的楼盘"
            columns={[
              { header: "编号", cell: (p) => p.projectNo },
              {
                header: "楼盘",
                cell: (p) => (
                  <Link className="text-sky-800 underline" href={`/admin/projects/${p.id}`}>
                    {p.name}
                  </Link>
                ),
              },
              { header: "开发商", cell: (p) => p.developerName },
              { header: "所在区", cell: (p) => p.district },
              { header: "准入状态", cell: (p) => <AdmissionBadge status={p.admissionStatus} /> },
              { header: "建设状态", cell: (p) => <ConstructionBadge status={p.constructionStatus} /> },
              { header: "规划户数", cell: (p) => p.plannedUnits, align: "right" },
              { header: "登记簿房屋", cell: (p) => p.registryUnits, align: "right" },
              { header: "准入日期", cell: (p) => p.admittedOn ?? "—" },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
