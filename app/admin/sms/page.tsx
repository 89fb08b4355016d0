import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { SMS_STATUS_LABELS } from "@/lib/notifications/labels";
import { listResentSms, listUndeliveredSms, smsStatusCounts, type SmsRow } from "@/lib/notifications/sms-queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Facts } from "@/components/ui/facts";
import { Badge } from "@/components/ui/badge";
import { RowActionButton } from "@/components/forms/row-action-button";
import { resendSmsAction } from "./actions";

export const metadata: Metadata = { title: "短信发送异常" };

const LIMIT = 100;

const columns: Column<SmsRow>[] = [
  { header: "手机号", cell: (s) => <span className="tabular-nums">{s.phone}</span> },
  { header: "事件", cell: (s) => s.event },
  {
    header: "状态",
    cell: (s) => <Badge tone={s.status === "FAILED" ? "bad" : s.status === "SENT" ? "good" : "warn"}>{SMS_STATUS_LABELS[s.status]}</Badge>,
  },
  { header: "尝试次数", cell: (s) => s.attempts, align: "right" },
  { header: "重发次数", cell: (s) => s.resends, align: "right" },
  { header: "最后错误", cell: (s) => <span className="text-xs">{s.lastError ?? "—"}</span> },
  { header: "生成时间", cell: (s) => s.createdAt },
];

export default async function SmsAdminPage() {
  await requireRole("ADMIN");
  const [counts, undelivered, resent] = await Promise.all([smsStatusCounts(), listUndeliveredSms({ limit: LIMIT }), listResentSms()]);
  return (
    <>
      <PageTitle subtitle="发送失败的短信可重新放入发送队列一次；已过时效的短信内容已不再准确，不再发送">短信发送异常</PageTitle>
      <div className="space-y-6">
        <Card id="counts" title="短信发送情况">
          <Facts
            items={(["PENDING", "SENT", "FAILED", "EXPIRED"] as const).map((s) => ({
              label: SMS_STATUS_LABELS[s],
              value: `${counts[s]} 条`,
            }))}
          />
        </Card>
        <Card id="undelivered" title={`发送失败或过时效的短信${undelivered.length === LIMIT ? `（显示最近 ${LIMIT} 条）` : ""}`}>
          <DataTable
            caption="发送失败或过时效的短信"
            rows={undelivered}
            rowKey={(s) => s.id}
            empty="没有发送失败或过时效的短信"
            columns={[
              ...columns,
              {
                header: "操作",
                cell: (s) =>
                  s.status === "FAILED" ? (
                    <RowActionButton
                      formKey={`resend-${s.id}`}
                      fields={{ id: s.id, resends: s.resends }}
                      text="重新发送"
                      srLabel={`发往${s.phone}的短信`}
                      action={resendSmsAction}
                    />
                  ) : (
                    "—"
                  ),
              },
            ]}
          />
        </Card>
        <Card id="resent" title="最近重新发送的短信">
          <DataTable caption="最近重新发送的短信" rows={resent} rowKey={(s) => s.id} empty="没有重新发送的短信" columns={columns} />
        </Card>
      </div>
    </>
  );
}
