import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { todayInShanghai } from "@/lib/dates/calendar";
import { listStaff, listStaffChanges } from "@/lib/employers/staff-queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { CancelLeaveForm, HireForm, LeaveForm, SealForm } from "@/components/employers/staff-forms";
import { StaffChangeTable, StaffTable } from "@/components/employers/staff-table";
import { cancelLeaveAction, hireAction, leaveAction, sealAction } from "@/app/employer/staff/actions";

export const metadata: Metadata = { title: "增减员" };

export default async function EmployerStaffPage() {
  const user = await requireRole("EMPLOYER_AGENT");
  if (!user.employerId) return <p className="text-sm text-slate-500">您的账号尚未关联缴存单位，请联系中心管理员。</p>;
  const [staff, changes] = await Promise.all([listStaff(user.employerId), listStaffChanges(user.employerId)]);
  const today = todayInShanghai();
  const normal = staff.filter((s) => s.status === "NORMAL");
  return (
    <>
      <PageTitle subtitle="个人开户、增员、减员、封存与启封">增减员</PageTitle>
      <div className="space-y-6">
        <Card id="hire" title="增员（个人开户 / 转入）">
          <p className="mb-3 text-sm text-slate-600">
            首次缴存的职工在此开户；在本市其他单位已封存的账户随增员转入本单位，余额和缴存月数一并转移（市内转移）。
            职工在原单位仍为正常缴存的，须原单位先办理减员，账户于离职当月月末封存后再在此办理增员。
          </p>
          <HireForm action={hireAction} today={today} />
        </Card>
        <Card id="leave" title="减员">
          <p className="mb-3 text-sm text-slate-600">登记后账户于离职当月月末自动封存；当月仍可汇缴。</p>
          <LeaveForm
            action={leaveAction}
            today={today}
            staff={normal.filter((s) => !s.sealOn).map((s) => ({ accountId: s.accountId, label: `${s.name}（${s.accountNo}）` }))}
          />
        </Card>
        <Card id="cancel-leave" title="撤销减员">
          <p className="mb-3 text-sm text-slate-600">减员登记有误时，可在月末封存前撤销；已封存的账户请通过增员启封。</p>
          <CancelLeaveForm
            action={cancelLeaveAction}
            leaves={staff.flatMap((s) =>
              s.leaveId ? [{ staffChangeId: s.leaveId, label: `${s.name}（${s.accountNo}，${s.sealOn} 封存）` }] : [],
            )}
          />
        </Card>
        <Card id="seal" title="封存 / 启封">
          <p className="mb-3 text-sm text-slate-600">封存期间账户不能汇缴。</p>
          <SealForm
            action={sealAction}
            staff={staff.map((s) => ({ accountId: s.accountId, label: `${s.name}（${s.accountNo}，${s.statusLabel}）` }))}
          />
        </Card>
        <Card id="staff" title="在册职工账户">
          <StaffTable staff={staff} />
        </Card>
        <Card id="changes" title="增减员记录">
          <StaffChangeTable changes={changes} />
        </Card>
      </div>
    </>
  );
}
