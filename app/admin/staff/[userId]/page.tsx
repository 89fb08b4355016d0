import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getStaffDetail, limitLabel } from "@/lib/staff/admin-queries";
import { LIMIT_KIND_LABELS, STAFF_AUDIT_LABELS } from "@/lib/staff/labels";
import { STAFF_ROLES } from "@/lib/staff/staff-rules";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { SpecForm } from "@/components/staff/spec-form";
import { proposeLimitAction, removeRelativeAction, setActiveAction, setRolesAction } from "@/app/admin/staff/actions";
import { resetPasswordAction } from "@/app/admin/staff/actions";

export const metadata: Metadata = { title: "工作人员详情" };

const ROLE_OPTIONS = STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export default async function StaffDetailPage({ params }: { params: Promise<{ userId: string }> }) {
  const me = await requireRole("ADMIN");
  const { userId } = await params;
  const s = await getStaffDetail(userId);
  if (!s) notFound();
  const self = s.id === me.id;
  return (
    <>
      <PageTitle
        subtitle={
          <Link className="text-sky-700 underline" href="/admin/staff">
            返回工作人员管理
          </Link>
        }
      >
        {s.displayName}（{s.loginName}）
      </PageTitle>
      <div className="space-y-6">
        <Card id="summary" title="账号概况">
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="inline text-slate-600">角色：</dt>
              <dd className="inline">{s.roles.map((r) => ROLE_LABELS[r]).join("、")}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600">状态：</dt>
              <dd className="inline">{s.active ? <Badge tone="good">正常</Badge> : <Badge tone="bad">已停用</Badge>}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600">{LIMIT_KIND_LABELS.LOAN_APPROVAL}：</dt>
              <dd className="inline">{limitLabel(s.approvalLimit)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600">{LIMIT_KIND_LABELS.WITHDRAWAL}：</dt>
              <dd className="inline">{limitLabel(s.withdrawalLimit)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600">身份证号：</dt>
              <dd className="inline">{s.idNumber ?? "未登记"}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600">最近登录：</dt>
              <dd className="inline">
                {s.lastLoginAt ?? "从未登录"}
                {s.mustChangePassword ? "（下次登录须修改密码）" : ""}
              </dd>
            </div>
          </dl>
        </Card>
        {self ? (
          <Card id="self" title="本人账号">
            <p className="text-sm text-slate-700">本人的角色、审批额度和账号状态须由其他系统管理员调整。</p>
            <p className="mt-2 text-sm text-slate-700">
              本人密码请在
              <Link className="mx-1 text-sky-700 underline" href="/staff/password">
                修改密码
              </Link>
              页面修改。
            </p>
          </Card>
        ) : (
          <>
            <Card id="roles" title="角色">
              <SpecForm
                id="roles"
                action={setRolesAction}
                submitLabel="保存角色"
                fields={[
                  { kind: "hidden", name: "userId", value: s.id },
                  { kind: "checkboxes", name: "roles", legend: "角色", options: ROLE_OPTIONS, checked: s.roles },
                ]}
              />
            </Card>
            <Card id="limits" title="审批额度（下调即时生效；提高须另一名管理员确认）">
              <div className="grid gap-8 lg:grid-cols-2">
                {(["LOAN_APPROVAL", "WITHDRAWAL"] as const).map((kind) => (
                  <SpecForm
                    key={kind}
                    id={`limit-${kind}`}
                    action={proposeLimitAction}
                    submitLabel="提交调整"
                    columns={1}
                    fields={[
                      { kind: "hidden", name: "userId", value: s.id },
                      { kind: "hidden", name: "kind", value: kind },
                      {
                        kind: "text",
                        name: "amount",
                        label: `${LIMIT_KIND_LABELS[kind]}（元，留空为无权限）`,
                        inputMode: "decimal",
                        defaultValue: (kind === "LOAN_APPROVAL" ? s.approvalLimit : s.withdrawalLimit) ?? "",
                      },
                      { kind: "text", name: "reason", label: "调整原因" },
                    ]}
                  />
                ))}
              </div>
            </Card>
            <Card id="active" title={s.active ? "停用账号" : "恢复账号"}>
              <SpecForm
                id="active"
                action={setActiveAction}
                submitLabel={s.active ? "停用" : "恢复"}
                fields={[
                  { kind: "hidden", name: "userId", value: s.id },
                  { kind: "hidden", name: "active", value: s.active ? "false" : "true" },
                  { kind: "text", name: "reason", label: "原因", wide: true },
                ]}
              />
            </Card>
            <Card id="reset-password" title="重置密码">
              <p className="mb-3 text-sm text-slate-700">设置一次性临时密码：本人的登录立即失效，下次登录须先修改密码。</p>
              <SpecForm
                id="reset-password"
                action={resetPasswordAction}
                submitLabel="重置密码"
                fields={[
                  { kind: "hidden", name: "userId", value: s.id },
                  { kind: "password", name: "tempPassword", label: "临时密码（至少10位，含字母和数字）", autoComplete: "new-password" },
                ]}
              />
            </Card>
          </>
        )}
        <Card id="ties" title="回避关系（本人申报的亲属及缴存信息中的配偶）">
          <DataTable
            caption="回避关系"
            rows={s.ties}
            rowKey={(t) => t.idNumber}
            empty="无申报的亲属，缴存信息中也无配偶"
            columns={[
              { header: "姓名", cell: (t) => t.name },
              { header: "关系", cell: (t) => t.relation },
              { header: "身份证号", cell: (t) => t.idNumber },
              { header: "来源", cell: (t) => (t.declared ? `本人申报（${t.declaredAt}）` : "缴存信息（婚姻关系）") },
              {
                header: "操作",
                cell: (t) =>
                  t.id && !self ? (
                    <SpecForm
                      id={`remove-${t.id}`}
                      action={removeRelativeAction}
                      submitLabel="撤销申报"
                      columns={1}
                      fields={[
                        { kind: "hidden", name: "relativeId", value: t.id },
                        { kind: "text", name: "reason", label: "撤销原因" },
                      ]}
                    />
                  ) : (
                    "—"
                  ),
              },
            ]}
          />
        </Card>
        <Card id="history" title="变更记录">
          <DataTable
            caption="账号变更记录"
            rows={s.history}
            rowKey={(h) => h.id}
            empty="暂无变更记录"
            columns={[
              { header: "时间", cell: (h) => h.at },
              { header: "事项", cell: (h) => STAFF_AUDIT_LABELS[h.action] ?? h.action },
              { header: "经办", cell: (h) => h.by },
              { header: "变更前", cell: (h) => h.from },
              { header: "变更后", cell: (h) => h.to },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
