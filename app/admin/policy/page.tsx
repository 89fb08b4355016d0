import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { getCurrentLoanPolicy, listLoanPolicyVersions } from "@/lib/loans/queries";
import { getSlaMinutes } from "@/lib/settings/queries";
import { POLICY_INT_FIELDS, POLICY_TEXT_FIELDS } from "@/lib/loans/policy-form";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PolicyForm } from "@/components/admin/policy-form";
import { SlaForm } from "@/components/admin/sla-form";
import { publishPolicyAction, setSlaAction } from "@/app/admin/policy/actions";

export const metadata: Metadata = { title: "贷款政策" };

function readPath(rules: unknown, path: string): string {
  const v = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], rules);
  return v === undefined || v === null ? "" : String(v);
}

export default async function PolicyPage() {
  await requireRole("ADMIN");
  const [current, versions, sla] = await Promise.all([getCurrentLoanPolicy(), listLoanPolicyVersions(), getSlaMinutes()]);
  const values = Object.fromEntries([...POLICY_TEXT_FIELDS, ...POLICY_INT_FIELDS].map((f) => [f, readPath(current.rules, f)]));
  values.dueDateOnHoliday = current.rules.dueDateOnHoliday ?? "KEEP";
  return (
    <>
      <PageTitle
        subtitle={
          <>
            现行第 {current.version} 版 ·{" "}
            <Link className="text-sky-700 underline" href="/dashboard">
              中心运行看板
            </Link>
          </>
        }
      >
        贷款政策与时限
      </PageTitle>
      <div className="space-y-6">
        <Card id="policy" title="调整贷款政策（发布为新版本，已受理的贷款仍按原版本）">
          <PolicyForm publishPolicyAction={publishPolicyAction} current={values} />
        </Card>
        <Card id="sla" title="审核时限">
          <SlaForm setSlaAction={setSlaAction} review={sla.review} recheck={sla.recheck} />
        </Card>
        <Card id="history" title="历史版本">
          <DataTable
            caption="贷款政策历史版本"
            rows={versions}
            rowKey={(v) => String(v.version)}
            empty="暂无版本"
            columns={[
              { header: "版本", cell: (v) => `第 ${v.version} 版`, align: "right" },
              { header: "发布时间", cell: (v) => v.createdAt },
              { header: "发布人", cell: (v) => v.createdBy ?? "—" },
              { header: "说明", cell: (v) => v.note ?? "—" },
              { header: "要点", cell: (v) => v.summary },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
