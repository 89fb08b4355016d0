import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listStaff } from "@/lib/staff/queries";
import { listPendingLimitChanges, listRelatives } from "@/lib/staff/admin-queries";
import { LIMIT_KIND_LABELS } from "@/lib/staff/labels";
import { STAFF_ROLES } from "@/lib/staff/staff-rules";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { SpecForm } from "@/components/staff/spec-form";
import { createStaffAction, decideLimitAction } from "@/app/admin/staff/actions";

export const metadata: Metadata = { title: "工作人员管理" };

const ROLE_OPTIONS = STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export default async function StaffPage() {
  const me = await requireRole("ADMIN");
  const [staff, pending, relatives] = await Promise.all([listStaff(), listPendingLimitChanges(), listRelatives()]);
  const people = staff.filter((s) => s.roles.some((r) => STAFF_ROLES.includes(r)));
  return (
    <>
      <PageTitle subtitle="账号、角色、审批额度（提高额度须另一名管理员确认）与亲属申报">工作人员管理</PageTitle>
      <div className="space-y-6">
        <Card id="pending" title={`待确认的额度调整（${pending.length}）`}>
          {pending.length === 0 ? (
            <p className="text-sm text-slate-600">暂无待确认的额度调整</p>
          ) : (
            <ul className="space-y-4">
              {pending.map((p) => (
                <li key={p.id} className="rounded-md border border-slate-200 p-3 text-sm">
                  <p>
                    {p.staffName} · {LIMIT_KIND_LABELS[p.kind]}：{p.from} → <strong>{p.to}</strong>
                  </p>
                  <p className="text-slate-600">
                    {p.proposedBy} 于 {p.proposedAt} 提出，原因：{p.reason}
                  </p>
                  {p.proposedById === me.id ? (
                    <p className="text-slate-600">须由另一名系统管理员确认；您可以撤回（驳回）本人提出的申请。</p>
                  ) : null}
                  <div className="mt-2 flex flex-wrap gap-4">
                    {p.proposedById !== me.id && p.userId !== me.id ? (
                      <SpecForm
                        id={`confirm-${p.id}`}
                        action={decideLimitAction}
                        fields={[
                          { kind: "hidden", name: "changeId", value: p.id },
                          { kind: "hidden", name: "decision", value: "CONFIRM" },
                        ]}
                        submitLabel="确认生效"
                      />
                    ) : null}
                    {p.userId !== me.id ? (
                      <SpecForm
                        id={`reject-${p.id}`}
                        action={decideLimitAction}
                        fields={[
                          { kind: "hidden", name: "changeId", value: p.id },
                          { kind: "hidden", name: "decision", value: "REJECT" },
                        ]}
                        submitLabel={p.proposedById === me.id ? "撤回" : "驳回"}
                      />
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card id="new-staff" title="新建工作人员账号">
          <SpecForm
            id="new-staff"
            action={createStaffAction}
            submitLabel="创建账号"
            fields={[
              { kind: "text", name: "loginName", label: "用户名", autoComplete: "off" },
              { kind: "text", name: "displayName", label: "姓名" },
              { kind: "text", name: "idNumber", label: "身份证号（用于回避核查，可选）", autoComplete: "off" },
              { kind: "password", name: "initialPassword", label: "初始密码（至少10位，含字母和数字）", autoComplete: "new-password" },
              { kind: "checkboxes", name: "roles", legend: "角色", options: ROLE_OPTIONS, checked: [] },
            ]}
          />
        </Card>
        <Card id="staff" title={`工作人员（${people.length}）`}>
          <DataTable
            caption="工作人员列表"
            rows={people}
            rowKey={(s) => s.id}
            empty="暂无工作人员"
            columns={[
              {
                header: "用户名",
                cell: (s) => (
                  <Link className="text-sky-800 underline" href={`/admin/staff/${s.id}`}>
                    {s.loginName}
                  </Link>
                ),
              },
              { header: "姓名", cell: (s) => s.displayName },
              { header: "角色", cell: (s) => s.roles.map((r) => ROLE_LABELS[r]).join("、") },
              { header: "贷款审批额度", cell: (s) => s.approvalLimit ?? "—", align: "right" },
              {
                header: "状态",
                cell: (s) =>
                  !s.active ? (
                    <Badge tone="bad">已停用</Badge>
                  ) : s.locked ? (
                    <Badge tone="warn">已锁定</Badge>
                  ) : (
                    <Badge tone="good">正常</Badge>
                  ),
              },
            ]}
          />
        </Card>
        <Card id="relatives" title={`工作人员亲属申报（${relatives.length}）`}>
          <DataTable
            caption="工作人员亲属申报"
            rows={relatives}
            rowKey={(r) => r.id}
            empty="暂无亲属申报"
            columns={[
              { header: "工作人员", cell: (r) => r.staff },
              { header: "亲属", cell: (r) => r.name },
              { header: "关系", cell: (r) => r.relation },
              { header: "身份证号", cell: (r) => r.idNumber },
              { header: "申报时间", cell: (r) => r.declaredAt },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
