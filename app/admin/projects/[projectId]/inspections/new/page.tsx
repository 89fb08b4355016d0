import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { todayInShanghai } from "@/lib/dates/calendar";
import { getProjectHeader } from "@/lib/projects/queries";
import { recordInspectionAction } from "@/app/admin/projects/[projectId]/inspections/new/actions";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { InspectionForm } from "@/components/projects/inspection-form";

export const metadata: Metadata = { title: "现场查勘" };

export default async function NewInspectionPage({ params }: { params: Promise<{ projectId: string }> }) {
  await requireRole("PROJECT_OFFICER", "ADMIN");
  const { projectId } = await params;
  const project = await getProjectHeader(projectId);
  if (!project) notFound();
  return (
    <>
      <PageTitle
        subtitle={
          <Link className="text-sky-800 underline" href={`/admin/projects/${project.id}`}>
            返回 {project.name}
          </Link>
        }
      >
        现场查勘 · {project.name}
      </PageTitle>
      <Card id="inspection" title={`${project.projectNo} · ${project.developer.name}`}>
        <InspectionForm
          action={recordInspectionAction}
          project={{ id: project.id, version: project.version }}
          today={todayInShanghai()}
          defaultLocation={project.address}
        />
      </Card>
    </>
  );
}
