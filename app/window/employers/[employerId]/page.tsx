import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { todayInShanghai } from "@/lib/dates/calendar";
import { currentContributionYear, getEmployerDetail, listStaff, listStaffChanges } from "@/lib/employers/staff-queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { CreateAgentForm, RateChangeForm, RateDecisionForm, UpdateEmployerForm } from "@/components/employers/employer-forms";
import { CancelLeaveForm, HireForm, LeaveForm, SealForm } from "@/components/employers/staff-forms";
import { StaffChangeTable, StaffTable } from "@/components/employers/staff-table";
import {
  createAgentAction,
  decideRateChangeAction,
  requestRateChangeAction,
  updateEmployerAction,
  windowHireAction,
  windowLeaveAction,
  windowSealAction,
  windowCancelLeaveAction,
} from "@/app/window/employers/actions";

export const metadata: Metadata = { title: "单位详情" };

export default async function EmployerDetailPage({ params }: { params: Promise<{ employerId: string }> }) {
  const user = await requireRole("TELLER");
  const { employerId } = await params;
  const employer = await getEmployerDetail(employerId);
  if (!employer) notFound();
  const [staff, changes] = await Promise.all([listStaff(employerId), listStaffChanges(employerId)]);
  const today = todayInShanghai();
  const pending = employer.rateChanges.filter((c) => c.pending);
  return (
    <>
      <PageTitle subtitle={employer.creditCode}>{employer.name}</PageTitle>
      <div className="space-y-6">
        <Card id="facts" title="单位概况">
          <Facts
            items={[
              { label: "统一社会信用代码", value: employer.creditCode },
              { label: "开户日期", value: employer.registeredAt },
              { label: "正常缴存人数", value: `${employer.normalCount} 人` },
              { label: "封存人数", value: `${employer.sealedCount} 人` },
              { label: "单位地址", value: employer.address },
              { label: "联系电话", value: employer.contactPhone },
            ]}
          />
        </Card>
        <Card id="change" title="单位信息变更">
          <UpdateEmployerForm action={updateEmployerAction} employer={employer} />
        </Card>
        <Card id="rates" title="缴存比例">
          <DataTable
            caption="各缴存年度的缴存比例"
            rows={employer.rates}
            rowKey={(r) => r.year}
            empty="尚未确定缴存比例"
            columns={[
              { header: "缴存年度", cell: (r) => r.year },
              { header: "单位比例", cell: (r) => r.employerRate, align: "right" },
              { header: "个人比例", cell: (r) => r.personalRate, align: "right" },
            ]}
          />
          <h3 className="mb-2 mt-6 text-sm font-semibold text-slate-800">比例调整（双人复核）</h3>
          <RateChangeForm
            action={requestRateChangeAction}
            employerId={employer.id}
            years={currentContributionYear()}
            bounds={employer.rateBounds}
          />
          {employer.rateChanges.length ? (
            <div className="mt-6">
              <DataTable
                caption="比例调整记录"
                rows={employer.rateChanges}
                rowKey={(c) => c.id}
                empty=""
                columns={[
                  { header: "缴存年度", cell: (c) => c.year },
                  { header: "单位比例", cell: (c) => c.employerRate, align: "right" },
                  { header: "个人比例", cell: (c) => c.personalRate, align: "right" },
                  { header: "原因", cell: (c) => c.reason },
                  { header: "状态", cell: (c) => <Badge tone={c.pending ? "warn" : "neutral"}>{c.status}</Badge> },
                  { header: "提交时间", cell: (c) => c.requestedAt },
                ]}
              />
            </div>
          ) : null}
          {pending.map((c) =>
            c.requestedById === user.id ? (
              <p key={c.id} className="mt-3 text-sm text-slate-600">
                {c.year} 的比例调整由您提交，须由另一名工作人员复核。
              </p>
            ) : (
              <div key={c.id} className="mt-4 rounded-md border border-amber-200 p-4">
                <p className="mb-3 text-sm">
                  待复核：{c.year} 单位 {c.employerRate}、个人 {c.personalRate}（{c.reason}）
                </p>
                <RateDecisionForm action={decideRateChangeAction} employerId={employer.id} rateChangeId={c.id} />
              </div>
            ),
          )}
        </Card>
        <Card id="agents" title="单位经办人">
          <DataTable
            caption="单位经办人账号"
            rows={employer.agents}
            rowKey={(a) => a.id}
            empty="尚无经办人"
            columns={[
              { header: "登录名", cell: (a) => a.loginName },
              { header: "姓名", cell: (a) => a.displayName },
              { header: "状态", cell: (a) => (a.active ? <Badge tone="good">启用</Badge> : <Badge>停用</Badge>) },
            ]}
          />
          <div className="mt-4">
            <CreateAgentForm action={createAgentAction} employerId={employer.id} />
          </div>
        </Card>
        <Card id="hire" title="增员（个人开户 / 转入）">
          <HireForm action={windowHireAction} employerId={employer.id} today={today} />
        </Card>
        <Card id="leave" title="减员">
          <LeaveForm
            action={windowLeaveAction}
            employerId={employer.id}
            today={today}
            staff={staff
              .filter((s) => s.status === "NORMAL" && !s.sealOn)
              .map((s) => ({ accountId: s.accountId, label: `${s.name}（${s.accountNo}）` }))}
          />
        </Card>
        <Card id="cancel-leave" title="撤销减员">
          <p className="mb-3 text-sm text-slate-600">减员登记有误时，可在月末封存前撤销；已封存的账户请通过增员启封。</p>
          <CancelLeaveForm
            action={windowCancelLeaveAction}
            employerId={employer.id}
            leaves={staff.flatMap((s) =>
              s.leaveId ? [{ staffChangeId: s.leaveId, label: `${s.name}（${s.accountNo}，${s.sealOn} 封存）` }] : [],
            )}
          />
        </Card>
        <Card id="seal" title="封存 / 启封">
          <SealForm
            action={windowSealAction}
            employerId={employer.id}
            staff={staff.map((s) => ({ accountId: s.accountId, label: `${s.name}（${s.accountNo}，${s.statusLabel}）` }))}
          />
        </Card>
        <Card id="staff" title="职工账户">
          <StaffTable staff={staff} />
        </Card>
        <Card id="changes" title="增减员记录">
          <StaffChangeTable changes={changes} />
        </Card>
      </div>
    </>
  );
}
