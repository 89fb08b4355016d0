import type { StaffChangeDto, StaffRowDto } from "@/lib/employers/staff-queries";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";

/** The employer's accounts: status, and a recorded leave's seal date. */
export function StaffTable({ staff }: { staff: StaffRowDto[] }) {
  return (
    <DataTable
      caption="在册职工账户"
      rows={staff}
      rowKey={(s) => s.accountId}
      empty="暂无职工账户"
      columns={[
        { header: "姓名", cell: (s) => s.name },
        { header: "身份证号", cell: (s) => <code className="text-xs">{s.idNumber}</code> },
        { header: "个人账号", cell: (s) => s.accountNo },
        { header: "开户日期", cell: (s) => s.openedOn },
        { header: "缴存基数", cell: (s) => s.base, align: "right" },
        {
          header: "状态",
          cell: (s) => (
            <>
              <Badge tone={s.status === "NORMAL" ? "good" : "neutral"}>{s.statusLabel}</Badge>
              {s.sealOn ? <span className="ml-2 text-xs text-slate-600">已减员，{s.sealOn} 封存</span> : null}
            </>
          ),
        },
      ]}
    />
  );
}

/** The latest employee changes. */
export function StaffChangeTable({ changes }: { changes: StaffChangeDto[] }) {
  return (
    <DataTable
      caption="增减员记录"
      rows={changes}
      rowKey={(c) => c.id}
      empty="暂无增减员记录"
      columns={[
        { header: "事项", cell: (c) => c.kind },
        { header: "姓名", cell: (c) => c.name },
        { header: "个人账号", cell: (c) => c.accountNo },
        { header: "日期", cell: (c) => c.effectiveOn },
        { header: "状态", cell: (c) => c.status },
        { header: "渠道", cell: (c) => c.channel },
        { header: "说明", cell: (c) => c.detail },
        { header: "登记时间", cell: (c) => c.recordedAt },
      ]}
    />
  );
}
