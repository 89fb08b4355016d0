import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { todayInShanghai } from "@/lib/dates/calendar";
import { listDeveloperOptions } from "@/lib/projects/queries";
import { createProjectAction } from "@/app/admin/projects/new/actions";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { NewProjectForm } from "@/components/projects/project-form";

export const metadata: Metadata = { title: "登记楼盘" };

export default async function NewProjectPage() {
  await requireRole("PROJECT_OFFICER", "ADMIN");
  const developers = await listDeveloperOptions();
  return (
    <>
      <PageTitle
        subtitle={
          <Link className="text-sky-800 underline" href="/admin/projects">
            返回楼盘列表
          </Link>
        }
      >
        登记楼盘
      </PageTitle>
      <Card id="new-project" title="楼盘信息">
        {developers.length ? (
          <NewProjectForm action={createProjectAction} developers={developers} today={todayInShanghai()} />
        ) : (
          <p className="text-sm text-slate-600">
            请先
            <Link className="text-sky-800 underline" href="/admin/projects/developers">
              登记开发商
            </Link>
            。
          </p>
        )}
      </Card>
    </>
  );
}
