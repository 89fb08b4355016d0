import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { listRecentAuditEntries } from "@/lib/audit/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { AuditVerifyPanel } from "@/components/fraud/audit-verify";
import { verifyAuditChainAction } from "@/app/admin/audit/actions";

export const metadata: Metadata = { title: "审计日志" };

export default async function AuditPage() {
  await requireRole("ADMIN");
  const entries = await listRecentAuditEntries(50);
  return (
    <>
      <PageTitle subtitle="每条记录都带有前一条记录的哈希值，改动或删除任何一条都会使审计链断裂；数据库禁止修改和删除审计记录">
        审计日志
      </PageTitle>
      <div className="space-y-6">
        <Card id="verify" title="审计链校验">
          <AuditVerifyPanel action={verifyAuditChainAction} />
        </Card>
        <Card id="recent" title="最近 50 条审计记录">
          <DataTable
            caption="最近的审计记录"
            rows={entries}
            rowKey={(e) => e.id}
            empty="暂无审计记录"
            columns={[
              { header: "链上序号", cell: (e) => e.chainSeq ?? "—", align: "right" },
              { header: "时间", cell: (e) => e.at },
              { header: "操作人", cell: (e) => e.actor },
              { header: "操作", cell: (e) => e.action },
              { header: "对象", cell: (e) => e.entity },
              { header: "状态变化", cell: (e) => e.change },
              { header: "哈希", cell: (e) => (e.hash ? <code className="text-xs">{e.hash.slice(0, 12)}…</code> : "—") },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
