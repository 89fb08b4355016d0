import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listStaff, listWindows } from "@/lib/staff/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "系统管理" };

export default async function AdminHome() {
  await requireRole("ADMIN");
  const [staff, windows] = await Promise.all([listStaff(), listWindows()]);

  return (
    <>
      <PageTitle subtitle="工作人员、窗口与权限">系统管理</PageTitle>
      <div className="space-y-6">
        <Card id="settings" title="业务设置">
          <ul className="flex flex-wrap gap-3 text-sm">
            <li>
              <Link className="text-sky-800 underline" href="/admin/policy">
                贷款政策与审批时限
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/admin/interest">
                年度结息
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/admin/remittances">
                汇缴到账（导入银行回单）
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/admin/batch">
                日终批处理
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/admin/servicing">
                贷后管理设置（罚息、冲抵顺序）
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/dashboard">
                中心业务看板
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/admin/projects">
                楼盘准入
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/admin/audit">
                审计日志与哈希链校验
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/risk/dashboard">
                逾期率看板
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/admin/month-end">
                减员月末封存
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/admin/calendar">
                工作日历（节假日与调休）
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/admin/staff">
                工作人员、角色与审批额度
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/admin/windows">
                服务窗口设置
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/admin/parameters">
                业务参数（缴存基数、存款利率、催收升级、提取原因规则）
              </Link>
            </li>
            <li>
              <Link className="text-sky-800 underline" href="/admin/sms">
                短信发送异常（失败重发）
              </Link>
            </li>
          </ul>
        </Card>
        <Card id="staff" title={`工作人员（${staff.length}）`}>
          <DataTable
            caption="工作人员列表"
            rows={staff}
            rowKey={(s) => s.id}
            empty="暂无工作人员"
            columns={[
              { header: "用户名", cell: (s) => s.loginName },
              { header: "姓名", cell: (s) => s.displayName },
              { header: "角色", cell: (s) => s.roles.map((r) => ROLE_LABELS[r]).join("、") },
              { header: "今日窗口", cell: (s) => (s.todayWindowNo ? `${s.todayWindowNo}号窗口` : "—") },
              { header: "审批权限", cell: (s) => s.approvalLimit ?? "—", align: "right" },
              { header: "所属单位", cell: (s) => s.employerName ?? "—" },
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
        <Card id="windows" title="服务窗口">
          <DataTable
            caption="服务窗口列表"
            rows={windows}
            rowKey={(w) => w.id}
            empty="尚未设置服务窗口"
            columns={[
              { header: "窗口号", cell: (w) => `${w.number}号` },
              { header: "名称", cell: (w) => w.name },
              { header: "状态", cell: (w) => (w.active ? <Badge tone="good">启用</Badge> : <Badge>停用</Badge>) },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
